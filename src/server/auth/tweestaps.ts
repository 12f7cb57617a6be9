import "server-only";
import QRCode from "qrcode";
import { audit } from "../audit";
import { db } from "../db";
import { controleerTotp, hashHerstelcode, nieuweHerstelcodes, nieuwTotpGeheim, totpUri } from "./totp";

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
  if (g.totpActiefOp || !g.totpGeheim || !controleerTotp(g.totpGeheim, code)) {
    await audit({ gebruikerId, activiteit: "tweestaps-instellen", bron: "/inloggen/tweestaps", uitkomst: "mislukt" });
    return null;
  }
  const codes = nieuweHerstelcodes();
  await db.$transaction([
    db.gebruiker.update({ where: { id: g.id }, data: { totpActiefOp: new Date() } }),
    db.herstelcode.deleteMany({ where: { gebruikerId: g.id } }),
    db.herstelcode.createMany({ data: codes.map((c) => ({ gebruikerId: g.id, hash: hashHerstelcode(c) })) }),
  ]);
  await audit({ gebruikerId, activiteit: "tweestaps-instellen", bron: "/inloggen/tweestaps", uitkomst: "gelukt" });
  return codes;
}
