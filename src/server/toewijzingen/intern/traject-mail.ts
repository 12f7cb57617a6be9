import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { verstuurMail } from "../../mail/mailer";

// E-mail about the traject (issue 11): names the contact person (or the aanbieder's colleague),
// never a BSN. Internal: sent by the use cases of ./.. after their change.

export const link = (pad: string) => `${env.APP_URL.replace(/\/$/, "")}${pad}`;

export async function mailContactpersoon(contactpersoonId: string | null, onderwerp: string, regels: string[]) {
  if (!contactpersoonId) return;
  const c = await db.gebruiker.findUnique({ where: { id: contactpersoonId }, select: { email: true, naam: true, actief: true } });
  if (!c?.actief) return;
  await verstuurMail({
    aan: c.email,
    onderwerp,
    tekst: [`Beste ${c.naam},`, "", ...regels, "", "Met vriendelijke groet,", "Werkt Mee-portaal, gemeente Apeldoorn"].join("\n"),
  });
}

export async function mailAanbieder(gebruikerId: string, contactpersoon: string, onderwerp: string, regels: string[]) {
  const o = await db.gebruiker.findUnique({ where: { id: gebruikerId }, select: { email: true, naam: true, actief: true } });
  if (!o?.actief) return;
  await verstuurMail({
    aan: o.email,
    onderwerp,
    tekst: [`Beste ${o.naam},`, "", ...regels, "", "Met vriendelijke groet,", `${contactpersoon}, gemeente Apeldoorn`].join("\n"),
  });
}
