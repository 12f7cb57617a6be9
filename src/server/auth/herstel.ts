import "server-only";
import crypto from "node:crypto";
import { GELDIGHEID_MS, tokenStatus, type TokenStatus } from "@/domain/tokens";
import { wachtwoordFout } from "@/domain/wachtwoord";
import { audit } from "../audit";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { binnenLimiet } from "../rate-limit";
import { hashToken } from "./geheimen";
import { hashWachtwoord } from "./wachtwoord-hash";

// "Wachtwoord vergeten": a single-use link valid for 30 minutes, stored only as a hash. The
// answer is the same whether or not the address exists; a completed reset ends every session and
// sends a notice. A reset never bypasses the second factor: signing in still asks for the code.

export async function vraagHerstelAan(email: string, adres: string): Promise<void> {
  if (!(await binnenLimiet(`herstel:${email}`, 3, 60)) || !(await binnenLimiet(`herstel-adres:${adres}`, 10, 60))) return;
  const g = await db.gebruiker.findUnique({ where: { email } });
  await audit({
    gebruikerId: g?.id,
    activiteit: "wachtwoord-herstel-aanvragen",
    bron: "/wachtwoord-vergeten",
    uitkomst: g?.actief ? "gelukt" : "geweigerd",
  });
  if (!g || !g.actief || !g.wachtwoordHash) return;
  const geheim = crypto.randomBytes(32).toString("base64url");
  await db.$transaction([
    db.token.updateMany({ where: { gebruikerId: g.id, soort: "WACHTWOORD_HERSTEL", gebruiktOp: null }, data: { gebruiktOp: new Date() } }),
    db.token.create({
      data: {
        gebruikerId: g.id,
        soort: "WACHTWOORD_HERSTEL",
        hash: hashToken(geheim),
        verlooptOp: new Date(Date.now() + GELDIGHEID_MS.WACHTWOORD_HERSTEL),
      },
    }),
  ]);
  await verstuurMail({
    aan: g.email,
    onderwerp: "Nieuw wachtwoord instellen voor Apeldoorn Werkt Mee",
    tekst: `Beste ${g.naam},\n\nJe hebt gevraagd om een nieuw wachtwoord. Kies je nieuwe wachtwoord via deze link:\n\n${env.APP_URL}/wachtwoord-herstellen/${geheim}\n\nDe link werkt 30 minuten en één keer. Heb je dit niet zelf gevraagd? Dan hoef je niets te doen; je wachtwoord blijft hetzelfde.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
  });
}

export async function herstelTokenStatus(geheim: string): Promise<TokenStatus> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(geheim)) return "onbekend";
  const t = await db.token.findUnique({ where: { hash: hashToken(geheim) } });
  return tokenStatus(t && t.soort === "WACHTWOORD_HERSTEL" ? t : null, new Date());
}

export type HerstelUitkomst = { ok: true } | { ok: false; status?: TokenStatus; wachtwoordFout?: string };

export async function stelNieuwWachtwoordIn(geheim: string, wachtwoord: string, herhaling: string): Promise<HerstelUitkomst> {
  const status = await herstelTokenStatus(geheim);
  if (status !== "geldig") return { ok: false, status };
  const t = await db.token.findUniqueOrThrow({ where: { hash: hashToken(geheim) }, include: { gebruiker: true } });
  const fout = wachtwoordFout(wachtwoord, { email: t.gebruiker.email });
  if (fout) return { ok: false, wachtwoordFout: fout };
  if (wachtwoord !== herhaling) return { ok: false, wachtwoordFout: "De twee wachtwoorden zijn niet gelijk." };
  const hash = await hashWachtwoord(wachtwoord);
  const gelukt = await db.$transaction(async (tx) => {
    const { count } = await tx.token.updateMany({ where: { id: t.id, gebruiktOp: null }, data: { gebruiktOp: new Date() } });
    if (count !== 1) return false; // used in the meantime
    await tx.gebruiker.update({ where: { id: t.gebruikerId }, data: { wachtwoordHash: hash, sessieVersie: { increment: 1 } } });
    return true;
  });
  if (!gelukt) return { ok: false, status: "gebruikt" };
  await audit({ gebruikerId: t.gebruikerId, activiteit: "wachtwoord-herstellen", bron: "/wachtwoord-herstellen", uitkomst: "gelukt" });
  await verstuurMail({
    aan: t.gebruiker.email,
    onderwerp: "Je wachtwoord is gewijzigd",
    tekst: `Beste ${t.gebruiker.naam},\n\nJe wachtwoord voor Apeldoorn Werkt Mee is zojuist gewijzigd. Je bent op al je apparaten uitgelogd.\n\nHeb je dit niet zelf gedaan? Neem dan direct contact op met de functioneel beheerder via info@apeldoornwerktmee.nl.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
  });
  return { ok: true };
}
