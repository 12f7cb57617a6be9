// Single-use links (invitation: 7 days; password reset: 30 minutes). Only a hash of the secret
// is stored; whether a stored token may still be used is a pure decision.

export const GELDIGHEID_MS = {
  UITNODIGING: 7 * 24 * 60 * 60 * 1000,
  WACHTWOORD_HERSTEL: 30 * 60 * 1000,
} as const;

export type TokenStatus = "geldig" | "verlopen" | "gebruikt" | "onbekend";

export function tokenStatus(token: { verlooptOp: Date; gebruiktOp: Date | null } | null, nu: Date): TokenStatus {
  if (!token) return "onbekend";
  if (token.gebruiktOp) return "gebruikt";
  if (nu.getTime() >= token.verlooptOp.getTime()) return "verlopen";
  return "geldig";
}

export const tokenMelding: Record<Exclude<TokenStatus, "geldig">, string> = {
  onbekend: "Deze link klopt niet. Controleer of je de hele link uit de e-mail hebt gebruikt.",
  verlopen: "Deze link is verlopen. Vraag een nieuwe aan.",
  gebruikt: "Deze link is al gebruikt. Een link werkt maar één keer.",
};
