import "server-only";
import { z } from "zod";
import { audit } from "../audit";
import { db } from "../db";
import { env } from "../env";
import { isGeblokkeerd, registreerPoging, VENSTER_MINUTEN } from "./throttle";
import { maakTicket } from "./tussenstap";
import { controleerWachtwoord } from "./wachtwoord-hash";

export const inlogSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Vul je e-mailadres in.").max(254).pipe(z.email("Vul een geldig e-mailadres in.")),
  wachtwoord: z.string().min(1, "Vul je wachtwoord in.").max(1000, "Dit wachtwoord is te lang."),
});

export type WachtwoordStap = { ok: true; ticket: string; volgende: "code" | "instellen" | "demo" } | { ok: false; melding: string };

export const GEBLOKKEERD = `Te veel mislukte pogingen. Wacht ${VENSTER_MINUTEN} minuten en probeer het dan opnieuw, of kies "Wachtwoord vergeten".`;
export const ONJUIST = "Het e-mailadres of het wachtwoord klopt niet.";

/** Step 1 of signing in: throttling, the password, and what the second step must be. */
export async function controleerWachtwoordStap(email: string, wachtwoord: string, adres: string): Promise<WachtwoordStap> {
  if (await isGeblokkeerd(email, adres)) {
    await audit({ activiteit: "inloggen", bron: "/inloggen", uitkomst: "geweigerd", toelichting: "te veel mislukte pogingen" });
    return { ok: false, melding: GEBLOKKEERD };
  }
  const g = await db.gebruiker.findUnique({ where: { email } });
  const goed = (await controleerWachtwoord(g?.wachtwoordHash, wachtwoord)) && Boolean(g?.actief);
  await registreerPoging(email, adres, goed);
  await audit({ gebruikerId: g?.id, activiteit: "inloggen-wachtwoord", bron: "/inloggen", uitkomst: goed ? "gelukt" : "mislukt" });
  if (!goed || !g) return { ok: false, melding: ONJUIST };
  const volgende = g.totpActiefOp ? "code" : g.demo && env.DEMO_ZONDER_TOTP ? "demo" : "instellen";
  return { ok: true, ticket: maakTicket(g.id, g.sessieVersie), volgende };
}

/** Counts a wrong second factor like a wrong password, for throttling. */
export async function registreerFouteCode(gebruikerId: string, adres: string): Promise<void> {
  const g = await db.gebruiker.findUnique({ where: { id: gebruikerId }, select: { email: true } });
  if (g) await registreerPoging(g.email, adres, false);
  await audit({ gebruikerId, activiteit: "inloggen-code", bron: "/inloggen/code", uitkomst: "mislukt" });
}

/** Sign-out ends every session of the user: the session version goes up. */
export async function beeindigAlleSessies(gebruikerId: string, reden: string): Promise<void> {
  await db.gebruiker.update({ where: { id: gebruikerId }, data: { sessieVersie: { increment: 1 } } });
  await audit({ gebruikerId, activiteit: "sessies-beeindigen", bron: reden, uitkomst: "gelukt" });
}
