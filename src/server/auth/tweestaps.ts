import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import { codeVeld, VERLOPEN } from "@/domain/inloggen";
import { isAanbiederRol } from "@/domain/rollen";
import { audit } from "../audit";
import { db } from "../db";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { hashHerstelcode, nieuweHerstelcodes, nieuwTotpGeheim, totpStap, totpUri } from "./totp";
import { leesTicket } from "./tussenstap";

/** Enrolment: a secret is kept (inactive) until the first correct code confirms the app has it. */
export async function tweestapsVoorbereiden(gebruikerId: string) {
  const g = await db.gebruiker.findUniqueOrThrow({ where: { id: gebruikerId } });
  if (g.totpActiefOp) return null;
  const geheim = g.totpGeheim ?? nieuwTotpGeheim();
  if (!g.totpGeheim) await db.gebruiker.update({ where: { id: g.id }, data: { totpGeheim: geheim } });
  const uri = totpUri(geheim, g.email);
  return { geheim, qr: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Confirms enrolment with a code; returns the recovery codes (shown once) or null. */
export async function tweestapsBevestigen(gebruikerId: string, code: string): Promise<string[] | null> {
  const g = await db.gebruiker.findUniqueOrThrow({ where: { id: gebruikerId } });
  const stap = g.totpGeheim ? totpStap(g.totpGeheim, code) : null;
  if (g.totpActiefOp || stap === null) {
    await audit({ gebruikerId, activiteit: "tweestaps-instellen", bron: "/inloggen/tweestaps", uitkomst: "mislukt" });
    return null;
  }
  const codes = nieuweHerstelcodes();
  await db.$transaction([
    // The step is not claimed here: the sign-in that follows at once (same code) claims it.
    db.gebruiker.update({ where: { id: g.id }, data: { totpActiefOp: new Date() } }),
    db.herstelcode.deleteMany({ where: { gebruikerId: g.id } }),
    db.herstelcode.createMany({ data: codes.map((c) => ({ gebruikerId: g.id, hash: hashHerstelcode(c) })) }),
  ]);
  await audit({ gebruikerId, activiteit: "tweestaps-instellen", bron: "/inloggen/tweestaps", uitkomst: "gelukt" });
  if (!g.laatstIngelogdOp) {
    // R-WP-1 (issue 11 defect 10, promised on /voor-werkgevers): a new account gets a confirmation
    // e-mail once it is ready to use, i.e. when the second factor is enrolled; the werkplek
    // sentence only for aanbieders.
    await verstuurMail({
      aan: g.email,
      onderwerp: "Je account voor Apeldoorn Werkt Mee is klaar",
      tekst: `Beste ${g.naam},

Je account is klaar. Je logt voortaan in met je e-mailadres, je wachtwoord en een code uit je authenticator-app.
${isAanbiederRol(g.rol) ? "\nNieuwe en gewijzigde werkplekken controleert de gemeente voordat ze op de website komen. Dat kan een paar dagen duren.\n" : ""}
Met vriendelijke groet,
Apeldoorn Werkt Mee`,
    });
  }
  return codes;
}

/**
 * The enrolment form: ticket (from the cookie) + the first code. Gives the recovery codes, which
 * the action around it keeps for one page and then signs in with the same code.
 */
export const tweestapsAanzetten = defineUseCase({
  activiteit: "tweestaps-instellen",
  bron: "/inloggen/tweestaps",
  schema: z.object({ ticket: z.string().max(2000).default(""), code: codeVeld }),
  toegang: "publiek",
  zonderAudit: true, // tweestapsBevestigen logs both outcomes with the account
  async uitvoeren({ invoer, nu }) {
    const t = leesTicket(invoer.ticket, nu.getTime());
    if (!t) return formFout(VERLOPEN);
    const codes = await tweestapsBevestigen(t.gebruikerId, invoer.code);
    if (!codes) return veldFouten({ code: "Deze code klopt niet. Scan de QR-code opnieuw en vul de nieuwste code uit je app in." });
    return gelukt({ melding: "", codes, ticket: invoer.ticket, code: invoer.code });
  },
});

/** "Ik heb de codes bewaard": only for a signed-in user; the action deletes the codes' cookie. */
export const herstelcodesBewaard = defineUseCase({
  activiteit: "herstelcodes-bewaard",
  bron: "/mijn/herstelcodes",
  schema: z.object({}),
  toegang: "ingelogd",
  zonderAudit: true, // nothing changes in the data
  async uitvoeren() {
    return gelukt({ melding: "" });
  },
});
