import "server-only";
import { isId } from "@/domain/id";
import { mag } from "@/domain/permissies";
import { parsePostcode } from "@/domain/postcode";
import { verschillen, type WerkplekInhoud, type WerkplekVeld } from "@/domain/werkplek-invoer";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { env } from "../env";
import { geocoder } from "../geo";
import { verstuurMail } from "../mail/mailer";
import { inhoudNaarKolommen, leesLiveInhoud, parseRevisie, schrijfKoppelingen } from "./inhoud";

// R-WP-1: the content check by Centrum Werkt Mee (and beheer) before anything reaches the public.

function beoordelaar(g: Ingelogd | null): Ingelogd | null {
  return g && mag(g.rol, "inhoudscheck:beoordelen") ? g : null;
}

export type WachtrijItem = { werkplekId: string; soort: "nieuw" | "wijziging"; titel: string; aanbieder: string; ingediendOp: Date };

/** Everything waiting for a check, oldest first: new werkplekken and revisions of published ones. */
export async function inhoudscheckWachtrij(g: Ingelogd | null): Promise<WachtrijItem[]> {
  if (!beoordelaar(g)) return [];
  const [nieuw, revisies] = await Promise.all([
    db.werkplek.findMany({
      where: { status: "INGEDIEND" },
      select: { id: true, titel: true, ingediendOp: true, updatedAt: true, aanbieder: { select: { naam: true } } },
    }),
    db.werkplekRevisie.findMany({
      where: { status: "INGEDIEND" },
      select: {
        werkplekId: true,
        ingediendOp: true,
        updatedAt: true,
        inhoud: true,
        werkplek: { select: { aanbieder: { select: { naam: true } } } },
      },
    }),
  ]);
  const items: WachtrijItem[] = [
    ...nieuw.map((w) => ({
      werkplekId: w.id,
      soort: "nieuw" as const,
      titel: w.titel,
      aanbieder: w.aanbieder.naam,
      ingediendOp: w.ingediendOp ?? w.updatedAt,
    })),
    ...revisies.map((r) => ({
      werkplekId: r.werkplekId,
      soort: "wijziging" as const,
      titel: parseRevisie(r.inhoud).titel,
      aanbieder: r.werkplek.aanbieder.naam,
      ingediendOp: r.ingediendOp ?? r.updatedAt,
    })),
  ];
  return items.sort((a, b) => a.ingediendOp.getTime() - b.ingediendOp.getTime());
}

export type CheckItem = {
  werkplekId: string;
  slug: string;
  soort: "nieuw" | "wijziging";
  versie: number;
  aanbieder: { naam: string; contractVan: Date; contractTot: Date | null; gecontracteerd: boolean };
  adresGevonden: boolean;
  voorstel: WerkplekInhoud;
  live: WerkplekInhoud | null;
  gewijzigd: WerkplekVeld[];
  ingediendOp: Date;
  namen: { branches: Record<string, string>; mogelijkheden: Record<string, string>; fotos: Record<string, string> };
};

/** One submitted werkplek or revision with what changed against the live version. */
export async function inhoudscheckItem(g: Ingelogd | null, werkplekId: string, nu = new Date()): Promise<CheckItem | null> {
  if (!beoordelaar(g) || !isId(werkplekId)) return null;
  const w = await db.werkplek.findUnique({ where: { id: werkplekId }, include: { revisie: true, aanbieder: true } });
  if (!w) return null;
  const isRevisie = w.status === "GEPUBLICEERD" && w.revisie?.status === "INGEDIEND";
  if (!isRevisie && w.status !== "INGEDIEND") return null;
  const live = await leesLiveInhoud(w.id);
  const voorstel = isRevisie ? parseRevisie(w.revisie!.inhoud) : live!;
  const postcode = parsePostcode(voorstel.postcode);
  const [branches, mogelijkheden, fotos] = await Promise.all([
    db.branche.findMany({ select: { slug: true, naam: true } }),
    db.mogelijkheid.findMany({ select: { slug: true, naam: true } }),
    db.foto.findMany({
      where: { id: { in: [...voorstel.fotos, ...(live?.fotos ?? [])].map((f) => f.fotoId) } },
      select: { id: true, bestand: true },
    }),
  ]);
  return {
    werkplekId: w.id,
    slug: w.slug,
    soort: isRevisie ? "wijziging" : "nieuw",
    versie: w.versie,
    aanbieder: {
      naam: w.aanbieder.naam,
      contractVan: w.aanbieder.contractVan,
      contractTot: w.aanbieder.contractTot,
      gecontracteerd: w.aanbieder.contractVan <= nu && (!w.aanbieder.contractTot || w.aanbieder.contractTot >= nu),
    },
    adresGevonden: postcode.ok && (await geocoder.zoek(postcode.postcode)) !== null,
    voorstel,
    live: isRevisie ? live : null,
    gewijzigd: isRevisie && live ? verschillen(live, voorstel) : [],
    ingediendOp: (isRevisie ? w.revisie!.ingediendOp : w.ingediendOp) ?? w.updatedAt,
    namen: {
      branches: Object.fromEntries(branches.map((b) => [b.slug, b.naam])),
      mogelijkheden: Object.fromEntries(mogelijkheden.map((m) => [m.slug, m.naam])),
      fotos: Object.fromEntries(fotos.map((f) => [f.id, f.bestand])),
    },
  };
}

export const CHECKLIST = [
  { sleutel: "gecontracteerd", label: "De aanbieder heeft een lopend contract met de gemeente" },
  { sleutel: "adres", label: "Het adres bestaat en is de plek waar het werk gebeurt" },
  { sleutel: "taken", label: "De taken zijn concreet beschreven" },
  { sleutel: "begeleiding", label: "De begeleiding is beschreven (wie, hoe vaak, op de werkplek of op afstand)" },
] as const;

export type BeoordelingUitkomst = { ok: true; melding: string } | { ok: false; melding: string; fouten: Record<string, string> };

const AL_BEOORDEELD = "Deze werkplek is intussen gewijzigd of al beoordeeld. Open hem opnieuw vanuit de wachtrij.";

/** Approve: a new werkplek is published; a revision replaces the live content. */
export async function keurGoed(
  g: Ingelogd | null,
  werkplekId: string,
  versie: number | null,
  afgevinkt: string[],
): Promise<BeoordelingUitkomst> {
  const b = beoordelaar(g);
  if (!b) return { ok: false, melding: "Je mag geen werkplekken beoordelen.", fouten: {} };
  const item = await inhoudscheckItem(b, werkplekId);
  if (!item || item.versie !== versie) return { ok: false, melding: AL_BEOORDEELD, fouten: {} };
  const ontbreekt = CHECKLIST.filter((c) => !afgevinkt.includes(c.sleutel));
  if (ontbreekt.length) {
    return {
      ok: false,
      melding: "Vink elk criterium af voordat je goedkeurt. Klopt een criterium niet, wijs de werkplek dan af met een reden.",
      fouten: { checklist: `Nog niet afgevinkt: ${ontbreekt.map((c) => c.label.toLowerCase()).join("; ")}.` },
    };
  }
  const postcode = parsePostcode(item.voorstel.postcode);
  const locatie = postcode.ok ? await geocoder.zoek(postcode.postcode) : null;
  if (!locatie) return { ok: false, melding: "De postcode van deze werkplek is onbekend; wijs hem af met die reden.", fouten: {} };
  const aanbiederId = (await db.werkplek.findUniqueOrThrow({ where: { id: werkplekId }, select: { aanbiederId: true } })).aanbiederId;
  const gelukt = await db.$transaction(async (tx) => {
    const claim = await tx.werkplek.updateMany({
      where: { id: werkplekId, versie: item.versie },
      data: { versie: { increment: 1 }, status: "GEPUBLICEERD", afwijzingsreden: null, gepubliceerdOp: new Date() },
    });
    if (claim.count === 0) return false;
    if (item.soort === "wijziging") {
      await tx.werkplek.update({ where: { id: werkplekId }, data: await inhoudNaarKolommen(tx, aanbiederId, item.voorstel, locatie) });
      await schrijfKoppelingen(tx, werkplekId, item.voorstel);
      await tx.werkplekRevisie.delete({ where: { werkplekId } });
    }
    return true;
  });
  if (!gelukt) return { ok: false, melding: AL_BEOORDEELD, fouten: {} };
  await meldAanbieder(aanbiederId, `Werkplek goedgekeurd: ${item.voorstel.titel}`, [
    `De gemeente heeft ${item.soort === "nieuw" ? "de werkplek" : "de wijziging van de werkplek"} "${item.voorstel.titel}" goedgekeurd.`,
    `Hij staat nu in de catalogus: ${env.APP_URL}/werkplekken/${item.slug}`,
  ]);
  return { ok: true, melding: `"${item.voorstel.titel}" is goedgekeurd en staat in de catalogus.` };
}

/** Reject with a reason the aanbieder reads (e-mail and in the portal); the live version stays as it was. */
export async function wijsAf(
  g: Ingelogd | null,
  werkplekId: string,
  versie: number | null,
  redenInvoer: string,
): Promise<BeoordelingUitkomst> {
  const b = beoordelaar(g);
  if (!b) return { ok: false, melding: "Je mag geen werkplekken beoordelen.", fouten: {} };
  const reden = redenInvoer.trim();
  if (reden.length < 10)
    return {
      ok: false,
      melding: "Schrijf waarom je de werkplek afwijst.",
      fouten: { reden: "Schrijf de reden voor de aanbieder, in minstens 10 tekens." },
    };
  if (reden.length > 2000)
    return { ok: false, melding: "De reden is te lang.", fouten: { reden: "De reden mag niet langer zijn dan 2000 tekens." } };
  const item = await inhoudscheckItem(b, werkplekId);
  if (!item || item.versie !== versie) return { ok: false, melding: AL_BEOORDEELD, fouten: {} };
  const gelukt = await db.$transaction(async (tx) => {
    const claim = await tx.werkplek.updateMany({
      where: { id: werkplekId, versie: item.versie },
      data:
        item.soort === "nieuw" ? { versie: { increment: 1 }, status: "AFGEWEZEN", afwijzingsreden: reden } : { versie: { increment: 1 } },
    });
    if (claim.count === 0) return false;
    if (item.soort === "wijziging")
      await tx.werkplekRevisie.update({ where: { werkplekId }, data: { status: "AFGEWEZEN", afwijzingsreden: reden } });
    return true;
  });
  if (!gelukt) return { ok: false, melding: AL_BEOORDEELD, fouten: {} };
  const w = await db.werkplek.findUniqueOrThrow({ where: { id: werkplekId }, select: { aanbiederId: true } });
  await meldAanbieder(w.aanbiederId, `Werkplek afgewezen: ${item.voorstel.titel}`, [
    `De gemeente heeft ${item.soort === "nieuw" ? "de werkplek" : "de wijziging van de werkplek"} "${item.voorstel.titel}" afgewezen.`,
    "",
    "Reden:",
    reden,
    "",
    item.soort === "wijziging" ? "De huidige versie blijft in de catalogus staan." : "De werkplek staat niet in de catalogus.",
    `Pas de werkplek aan en dien hem opnieuw in: ${env.APP_URL}/aanbieder/werkplekken/${werkplekId}`,
  ]);
  return { ok: true, melding: `"${item.voorstel.titel}" is afgewezen. De aanbieder krijgt de reden per e-mail.` };
}

/** The aanbieder's active users who manage werkplekken get the outcome. */
async function meldAanbieder(aanbiederId: string, onderwerp: string, regels: string[]) {
  const ontvangers = await db.gebruiker.findMany({
    where: { aanbiederId, actief: true, wachtwoordHash: { not: null } },
    select: { email: true, naam: true, rol: true },
  });
  for (const o of ontvangers.filter((o) => mag(o.rol, "werkplek:beheren"))) {
    await verstuurMail({
      aan: o.email,
      onderwerp,
      tekst: [`Beste ${o.naam},`, "", ...regels, "", "Met vriendelijke groet,", "Centrum Werkt Mee, gemeente Apeldoorn"].join("\n"),
    });
  }
}
