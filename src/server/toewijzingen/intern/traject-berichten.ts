import "server-only";
import { mag } from "@/domain/permissies";
import { db } from "../../db";
import { env } from "../../env";
import { verstuurMail } from "../../mail/mailer";

// E-mails about a traject (issue 11): they name the toewijzing's number and the contact person,
// never a BSN and never the inwoner's name (e-mail is no secure channel; the portal shows the rest
// after signing in).

/** To the aanbieder's active users who report on trajecten. */
export async function meldAanbieder(aanbiederId: string, onderwerp: string, regels: string[], afzender: string) {
  const ontvangers = await db.gebruiker.findMany({
    where: { aanbiederId, actief: true, wachtwoordHash: { not: null } },
    select: { email: true, naam: true, rol: true },
  });
  for (const o of ontvangers.filter((o) => mag(o.rol, "traject:rapporteren"))) {
    await verstuurMail({ aan: o.email, onderwerp, tekst: brief(o.naam, regels, afzender) });
  }
}

/** To the inwoner's contact person on the toewijzing (R-TOE-2), when there is one and active. */
export async function meldContactpersoon(contactpersoonId: string | null, onderwerp: string, regels: string[]) {
  if (!contactpersoonId) return;
  const c = await db.gebruiker.findFirst({ where: { id: contactpersoonId, actief: true }, select: { email: true, naam: true } });
  if (c) await verstuurMail({ aan: c.email, onderwerp, tekst: brief(c.naam, regels, "Apeldoorn Werkt Mee") });
}

/** The contact person as the aanbieder sees them: name and e-mail address. */
export async function contactpersoonTekst(contactpersoonId: string | null): Promise<string> {
  if (!contactpersoonId) return "het team Werkt Mee (info@apeldoornwerktmee.nl)";
  const c = await db.gebruiker.findUnique({ where: { id: contactpersoonId }, select: { naam: true, email: true } });
  return c ? `${c.naam} (${c.email})` : "het team Werkt Mee (info@apeldoornwerktmee.nl)";
}

export const portaalLink = (pad: string) => `${env.APP_URL}${pad}`;

function brief(naam: string, regels: string[], afzender: string) {
  return [`Beste ${naam},`, "", ...regels, "", "Met vriendelijke groet,", afzender].join("\n");
}
