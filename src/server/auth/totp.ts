import crypto from "node:crypto";
import { Secret, TOTP } from "otpauth";

// Time-based one-time passwords (RFC 6238: 6 digits, 30 s, SHA-1, as every authenticator app
// reads them) and recovery codes. A code is accepted one period either side for clock drift.

const UITGEVER = "Apeldoorn Werkt Mee";

export function nieuwTotpGeheim(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(geheim: string, label: string) {
  return new TOTP({ issuer: UITGEVER, label, secret: Secret.fromBase32(geheim), digits: 6, period: 30, algorithm: "SHA1" });
}

export function totpUri(geheim: string, email: string): string {
  return totp(geheim, email).toString();
}

export function controleerTotp(geheim: string, code: string, nu = Date.now()): boolean {
  return totpStap(geheim, code, nu) !== null;
}

/**
 * The 30-second time step the code belongs to (within one step of drift), or null. The caller
 * accepts it only when it is later than the last step accepted for this account, so an
 * intercepted code cannot be used a second time (RFC 6238 §5.2).
 */
export function totpStap(geheim: string, code: string, nu = Date.now()): number | null {
  const schoon = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(schoon)) return null;
  const delta = totp(geheim, "").validate({ token: schoon, timestamp: nu, window: 1 });
  return delta === null ? null : Math.floor(nu / 30_000) + delta;
}

export function totpCode(geheim: string, nu = Date.now()): string {
  return totp(geheim, "").generate({ timestamp: nu });
}

/** Ten recovery codes like "k7m2-9xqa-4tfh"; shown once, stored hashed. */
export function nieuweHerstelcodes(aantal = 10): string[] {
  const tekens = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: aantal }, () => {
    const b = crypto.randomBytes(12);
    const s = Array.from(b, (x) => tekens[x % tekens.length]).join("");
    return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
  });
}

export function hashHerstelcode(code: string): string {
  return crypto.createHash("sha256").update(code.trim().toLowerCase().replace(/\s/g, "")).digest("hex");
}
