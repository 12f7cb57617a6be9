import { dictionary } from "@zxcvbn-ts/language-common";

// Password policy after NIST SP 800-63B and the Dutch BIO: length over complexity. At least 12
// characters, up to 128 (never truncated), no composition rules, and never one from a list of
// commonly used passwords (maintained in @zxcvbn-ts/language-common, ~49,000 entries).

export const MIN_LENGTE = 12;
export const MAX_LENGTE = 128;

const veelGebruikt = new Set((dictionary["passwords-common"] as string[]).map((w) => w.toLowerCase()));

export function wachtwoordFout(wachtwoord: string, context: { email?: string } = {}): string | null {
  const lengte = [...wachtwoord].length;
  if (lengte < MIN_LENGTE) return `Kies een wachtwoord van minstens ${MIN_LENGTE} tekens. Een zin van een paar woorden werkt goed.`;
  if (lengte > MAX_LENGTE) return `Kies een wachtwoord van hoogstens ${MAX_LENGTE} tekens.`;
  const klein = wachtwoord.toLowerCase();
  if (veelGebruikt.has(klein)) return "Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.";
  if (/^(.)\1+$/u.test(wachtwoord)) return "Kies een wachtwoord dat niet uit één herhaald teken bestaat.";
  const email = context.email?.toLowerCase();
  if (email && (klein === email || klein === email.split("@")[0])) return "Je wachtwoord mag niet gelijk zijn aan je e-mailadres.";
  if (klein.includes("werktmee") || klein.includes("apeldoorn"))
    return "Gebruik niet de naam van deze website of de gemeente in je wachtwoord.";
  return null;
}
