import "server-only";
import { codeMelding, codeStapSchema, inlogSchema, type CodeWeigering } from "@/domain/inloggen";
import type { Rol } from "@/domain/rollen";
import { audit } from "../audit";
import { db } from "../db";
import { env } from "../env";
import { formFout, gelukt, defineUseCase, veldFouten } from "../pipeline";
import { clientAdres } from "../verzoek";
import { probeer, VENSTER_MINUTEN } from "./throttle";
import { hashHerstelcode, totpStap } from "./totp";
import { leesTicket, maakTicket } from "./tussenstap";
import { controleerWachtwoord } from "./wachtwoord-hash";

// Signing in is two steps (docs/decisions/0006). Both count their failures per account and per
// address in the database (src/server/auth/throttle.ts): a wrong code counts like a wrong
// password, so the second factor cannot be guessed either (issue 8, defect 1).

export const GEBLOKKEERD = `Te veel mislukte pogingen. Wacht ${VENSTER_MINUTEN} minuten en probeer het dan opnieuw, of kies "Wachtwoord vergeten".`;
export const ONJUIST = "Het e-mailadres of het wachtwoord klopt niet.";

/** Step 1: throttling, the password, and what the second step must be. The ticket goes into a cookie. */
export const wachtwoordStap = defineUseCase({
  activiteit: "inloggen-wachtwoord",
  bron: "/inloggen",
  schema: inlogSchema,
  toegang: "publiek",
  zonderAudit: true, // audited below, with the account once it is known
  async uitvoeren({ invoer }) {
    let g: Awaited<ReturnType<typeof db.gebruiker.findUnique>> = null;
    const poging = await probeer(invoer.email, await clientAdres(), async () => {
      g = await db.gebruiker.findUnique({ where: { email: invoer.email } });
      // Unknown addresses verify against a dummy hash: the same work, the same time.
      return (await controleerWachtwoord(g?.wachtwoordHash, invoer.wachtwoord)) && Boolean(g?.actief);
    });
    if (poging === "geblokkeerd") {
      await audit({ activiteit: "inloggen", bron: "/inloggen", uitkomst: "geweigerd", toelichting: "te veel mislukte pogingen" });
      return formFout(GEBLOKKEERD);
    }
    const gevonden = g as Awaited<ReturnType<typeof db.gebruiker.findUnique>>;
    await audit({ gebruikerId: gevonden?.id, activiteit: "inloggen-wachtwoord", bron: "/inloggen", uitkomst: poging });
    if (poging !== "gelukt" || !gevonden) return formFout(ONJUIST);
    const volgende: "code" | "instellen" | "demo" = gevonden.totpActiefOp
      ? "code"
      : gevonden.demo && env.DEMO_ZONDER_TOTP
        ? "demo"
        : "instellen";
    return gelukt({ melding: "", ticket: maakTicket(gevonden.id, gevonden.sessieVersie), volgende });
  },
});

type Rekening = { id: string; totpGeheim: string | null; totpActiefOp: Date | null; demo: boolean };

async function controleerTweedeFactor(gebruiker: Rekening, code: string): Promise<boolean> {
  if (!gebruiker.totpActiefOp || !gebruiker.totpGeheim) {
    // Only seeded demo accounts, and only when the setting allows it (README).
    return gebruiker.demo && env.DEMO_ZONDER_TOTP;
  }
  const stap = totpStap(gebruiker.totpGeheim, code);
  if (stap !== null) {
    // Claim the step: a code that was already used (here or at enrolment) does not work again.
    const { count } = await db.gebruiker.updateMany({
      where: { id: gebruiker.id, OR: [{ totpLaatsteStap: null }, { totpLaatsteStap: { lt: stap } }] },
      data: { totpLaatsteStap: stap },
    });
    return count === 1;
  }
  if (!code) return false;
  const herstel = await db.herstelcode.findFirst({ where: { gebruikerId: gebruiker.id, hash: hashHerstelcode(code), gebruiktOp: null } });
  if (!herstel) return false;
  const { count } = await db.herstelcode.updateMany({ where: { id: herstel.id, gebruiktOp: null }, data: { gebruiktOp: new Date() } });
  return count === 1;
}

export type SessieGebruiker = { id: string; email: string; naam: string; rol: Rol; aanbiederId: string | null; sessieVersie: number };

const weiger = (reden: CodeWeigering) =>
  veldFouten<{ codeWeigering: CodeWeigering }>({ code: codeMelding[reden] }, null, { codeWeigering: reden });

/**
 * Step 2: ticket + code from the app (or a recovery code) → the account a session is made for.
 * next-auth's Credentials provider calls this for the sign-in form and for a direct POST to
 * /api/auth/callback/credentials alike, so both are counted. Wrong codes count per account: after
 * five the account is locked for 15 minutes, which also ends the ticket; a new ticket from the
 * password step is refused too, because the count belongs to the account, not to the ticket.
 */
export const codeStap = defineUseCase({
  activiteit: "inloggen-code",
  bron: "/inloggen/code",
  schema: codeStapSchema,
  toegang: "publiek",
  zonderAudit: true,
  async uitvoeren({ invoer, nu }) {
    const t = leesTicket(invoer.ticket, nu.getTime());
    const g = t ? await db.gebruiker.findUnique({ where: { id: t.gebruikerId } }) : null;
    if (!t || !g || !g.actief || g.sessieVersie !== t.sessieVersie) return weiger("verlopen");
    const poging = await probeer(g.email, await clientAdres(), () => controleerTweedeFactor(g, invoer.code));
    if (poging === "geblokkeerd") {
      await audit({
        gebruikerId: g.id,
        activiteit: "inloggen-code",
        bron: "/inloggen/code",
        uitkomst: "geweigerd",
        toelichting: "te veel mislukte pogingen",
      });
      return weiger("geblokkeerd");
    }
    await audit({ gebruikerId: g.id, activiteit: "inloggen-code", bron: "/inloggen/code", uitkomst: poging });
    if (poging === "mislukt") return weiger("onjuist");
    await db.gebruiker.update({ where: { id: g.id }, data: { laatstIngelogdOp: nu, laatsteActiviteitOp: nu } });
    const gebruiker: SessieGebruiker = {
      id: g.id,
      email: g.email,
      naam: g.naam,
      rol: g.rol,
      aanbiederId: g.aanbiederId,
      sessieVersie: g.sessieVersie,
    };
    return gelukt({ melding: "", gebruiker });
  },
});
