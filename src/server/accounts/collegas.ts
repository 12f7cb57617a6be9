import "server-only";
import { collegaSchema } from "@/domain/collega";
import { idSchema } from "@/domain/id";
import { mag } from "@/domain/permissies";
import { isAanbiederRol } from "@/domain/rollen";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { nodigUit } from "./uitnodigen";

// An aanbieder-beheerder manages the colleagues of their own organisation only: every query is
// scoped to the caller's aanbiederId, so a forged id of another organisation's user finds nothing.

const BRON = "/aanbieder/collegas";

/** Works for an aanbieder (a gemeente beheerder holds the permission but has no organisation here). */
const vanAanbieder = (g: Ingelogd | null): g is Ingelogd & { aanbiederId: string } => Boolean(g?.aanbiederId && isAanbiederRol(g.rol));

export async function collegas(g: Ingelogd) {
  if (!vanAanbieder(g) || !mag(g.rol, "aanbieder:collega-beheren")) return [];
  return db.gebruiker
    .findMany({
      where: { aanbiederId: g.aanbiederId },
      orderBy: [{ actief: "desc" }, { naam: "asc" }],
      select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true },
    })
    .then((rijen) => rijen.map(({ wachtwoordHash, ...r }) => ({ ...r, uitgenodigd: !wachtwoordHash })));
}

/**
 * Invites a colleague. The answer is the same whether or not the address already has an account,
 * of this organisation, another one or the gemeente (issue 8, defect 9): otherwise this form
 * would tell any aanbieder which addresses have an account. The owner of an existing account gets
 * a mail saying so instead of an invitation.
 */
export const nodigCollegaUit = defineUseCase({
  activiteit: "collega-uitnodigen",
  bron: BRON,
  schema: collegaSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om collega's uit te nodigen.",
  magGebruiker: vanAanbieder,
  async uitvoeren({ invoer, gebruiker: g, audit }) {
    const aanbieder = await db.aanbieder.findUniqueOrThrow({ where: { id: g.aanbiederId! } });
    const bestaand = await db.gebruiker.findUnique({ where: { email: invoer.email } });
    if (bestaand) {
      audit.toelichting = `${bestaand.id}: had al een account`;
      await verstuurMail({
        aan: bestaand.email,
        onderwerp: "Je hebt al een account voor Apeldoorn Werkt Mee",
        tekst: `Beste ${bestaand.naam},\n\nIemand van ${aanbieder.naam} wilde je uitnodigen voor het portaal van Apeldoorn Werkt Mee. Er is al een account met dit e-mailadres, dus er is geen nieuw account gemaakt.\n\nWeet je je wachtwoord niet meer? Kies dan "Wachtwoord vergeten" op ${env.APP_URL}/inloggen. Wil je namens een andere organisatie werken, of is je account gedeactiveerd? Neem dan contact op met het Centrum Apeldoorn Werkt Mee via info@apeldoornwerktmee.nl.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
      });
    } else {
      const nieuw = await db.gebruiker.create({ data: { ...invoer, aanbiederId: aanbieder.id } });
      audit.toelichting = nieuw.id;
      await nodigUit(nieuw, aanbieder.naam, g.id);
    }
    return gelukt({ melding: `${invoer.naam} heeft een uitnodiging per e-mail gekregen.` });
  },
});

/** Deactivation also raises the session version: the colleague's sessions end at once. */
export const deactiveerCollega = defineUseCase({
  activiteit: "collega-deactiveren",
  bron: BRON,
  schema: idSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om collega's te deactiveren.",
  magGebruiker: vanAanbieder,
  laad: ({ gebruiker: g, invoer }) => db.gebruiker.findFirst({ where: { id: invoer.id, aanbiederId: g.aanbiederId!, actief: true } }),
  nietGevonden: "Dit account is niet gevonden bij jouw organisatie.",
  async uitvoeren({ invoer: { id }, gebruiker: g, doel: c, audit }) {
    if (id === g.id) return formFout("Je kunt je eigen account niet deactiveren.");
    const { count } = await db.gebruiker.updateMany({
      where: { id, aanbiederId: g.aanbiederId!, actief: true },
      data: { actief: false, sessieVersie: { increment: 1 } },
    });
    if (count !== 1) return formFout("Dit account is niet gevonden bij jouw organisatie.");
    audit.toelichting = id;
    return gelukt({ melding: `Het account van ${c.naam} is gedeactiveerd. Deze collega kan niet meer inloggen.` });
  },
});
