import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

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

/**
 * Choosing a new password through a single-use link (a reset or an invitation). The link's token
 * is bound in the page; the policy above is applied with the account's e-mail address, on the server.
 */
export const nieuwWachtwoordSchema = z.object({
  token: z.string().max(200, "Deze link klopt niet."),
  wachtwoord: z.string().min(1, "Kies een nieuw wachtwoord.").max(1000, `Kies een wachtwoord van hoogstens ${MAX_LENGTE} tekens.`),
  herhaling: z.string().max(1000, "De twee wachtwoorden zijn niet gelijk."),
});

/** The password fields are never sent back to the browser. */
export const WACHTWOORD_VELDEN = ["wachtwoord", "herhaling"] as const;
