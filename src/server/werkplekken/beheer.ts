import "server-only";
import { isId } from "@/domain/id";
import { randomBytes } from "node:crypto";
import { formatDatum } from "@/domain/format";
import { mag } from "@/domain/permissies";
import type { BewaarCode } from "@/domain/werkplek-status";
import { parsePostcode } from "@/domain/postcode";
import { slugify } from "@/domain/tekst";
import {
  inhoudNaarFormulier,
  toonWaarde,
  valideerWerkplek,
  verschillen,
  VELD_LABELS,
  type WerkplekFormulier,
  type WerkplekInhoud,
} from "@/domain/werkplek-invoer";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { verwerkFoto } from "../fotos/verwerken";
import { geocoder } from "../geo";
import { inhoudNaarKolommen, leesLiveInhoud, parseRevisie, schrijfKoppelingen } from "./inhoud";

// Werkplek management by the aanbieder (issue 3, R-WP-1). Every function checks the permission
// and that the werkplek belongs to the caller's own organisation; an id of another organisation
// is treated exactly like an id that does not exist.

export const NIET_GEVONDEN = "Deze werkplek bestaat niet of hoort niet bij jouw organisatie.";
const GEEN_TOEGANG = "Je hebt geen toegang tot het beheer van werkplekken.";

function beheerder(g: Ingelogd | null): (Ingelogd & { aanbiederId: string }) | null {
  return g && g.aanbiederId && mag(g.rol, "werkplek:beheren") ? (g as Ingelogd & { aanbiederId: string }) : null;
}

async function eigenWerkplek(g: Ingelogd & { aanbiederId: string }, id: string) {
  if (!isId(id)) return null;
  return db.werkplek.findFirst({
    where: { id, aanbiederId: g.aanbiederId },
    include: { revisie: true, gewijzigdDoor: { select: { naam: true } } },
  });
}

/** The werkplek with the content to edit: the pending revision when there is one, else the row. */
export async function werkplekVoorBewerken(g: Ingelogd | null, id: string) {
  const b = beheerder(g);
  if (!b) return null;
  const w = await eigenWerkplek(b, id);
  if (!w) return null;
  const inhoud = w.revisie ? parseRevisie(w.revisie.inhoud) : (await leesLiveInhoud(w.id))!;
  return {
    id: w.id,
    slug: w.slug,
    titel: w.titel,
    status: w.status,
    versie: w.versie,
    afwijzingsreden: w.revisie ? w.revisie.afwijzingsreden : w.afwijzingsreden,
    revisie: w.revisie ? { status: w.revisie.status, afwijzingsreden: w.revisie.afwijzingsreden } : null,
    formulier: inhoudNaarFormulier(inhoud),
    fotoBestanden: await fotoBestanden(inhoud.fotos.map((f) => f.fotoId)),
  };
}

export async function fotoBestanden(ids: string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const fotos = await db.foto.findMany({ where: { id: { in: ids } }, select: { id: true, bestand: true } });
  return Object.fromEntries(fotos.map((f) => [f.id, f.bestand]));
}

export type BewaarInvoer = {
  id: string | null;
  versie: number | null;
  formulier: WerkplekFormulier;
  indienen: boolean;
  nieuweFoto: File | null;
  nieuweFotoAlt: string;
};

export type Conflict = { door: string; op: string; velden: { label: string; waarde: string }[] };

export type BewaarUitkomst =
  | { ok: true; id: string; code: BewaarCode }
  | {
      ok: false;
      fouten: Record<string, string>;
      melding: string | null;
      conflict: Conflict | null;
      /** The form as it should be shown again: the user's input, plus a photo that was just uploaded. */
      formulier: WerkplekFormulier;
      versie: number | null;
      nieuweFotoAlt: string;
    };

/**
 * Save (and optionally submit) a werkplek. New and never-published werkplekken are edited in place;
 * a published one gets a pending revision and stays public as it is (R-WP-1). The save only
 * succeeds when `versie` is still the stored one; otherwise the caller gets the other person's
 * change and keeps their own input.
 */
export async function bewaarWerkplek(g: Ingelogd | null, invoer: BewaarInvoer): Promise<BewaarUitkomst> {
  let formulier = invoer.formulier;
  const mislukt = (
    fouten: Record<string, string>,
    melding: string | null,
    extra: Partial<{ conflict: Conflict; versie: number | null; nieuweFotoAlt: string }> = {},
  ): BewaarUitkomst => ({
    ok: false,
    fouten,
    melding,
    conflict: extra.conflict ?? null,
    formulier,
    versie: extra.versie !== undefined ? extra.versie : invoer.versie,
    nieuweFotoAlt: extra.nieuweFotoAlt ?? "",
  });

  const b = beheerder(g);
  if (!b) return mislukt({}, GEEN_TOEGANG);
  const bestaand = invoer.id === null ? null : await eigenWerkplek(b, invoer.id);
  if (invoer.id !== null && !bestaand) return mislukt({}, NIET_GEVONDEN);
  if (bestaand?.status === "GEARCHIVEERD") return mislukt({}, "Deze werkplek is gearchiveerd en kan niet meer worden gewijzigd.");

  // A new photo first, so that it is kept even when another field still needs work.
  const fouten: Record<string, string> = {};
  let nieuweFotoAlt = invoer.nieuweFotoAlt.trim();
  if (invoer.nieuweFoto && invoer.nieuweFoto.size > 0) {
    if (formulier.fotos.length >= 5) fouten.nieuweFoto = "Een werkplek heeft hoogstens 5 foto's. Verwijder eerst een foto.";
    else if (nieuweFotoAlt.length < 5) fouten.nieuweFotoAlt = "Beschrijf wat er op de nieuwe foto te zien is, in minstens 5 tekens.";
    else {
      const foto = await verwerkFoto(b.aanbiederId, invoer.nieuweFoto);
      if (foto.ok) {
        formulier = { ...formulier, fotos: [...formulier.fotos, { fotoId: foto.fotoId, altTekst: nieuweFotoAlt }] };
        nieuweFotoAlt = "";
      } else fouten.nieuweFoto = foto.melding;
    }
  } else if (nieuweFotoAlt) {
    fouten.nieuweFoto = "Kies een foto bij deze beschrijving, of maak de beschrijving leeg.";
  }

  const r = valideerWerkplek(formulier);
  if (!r.ok) Object.assign(fouten, r.fouten);
  const inhoud = r.ok ? r.inhoud : null;
  let locatie: { latitude: number; longitude: number } | null = null;
  if (inhoud) {
    const extra = await controleerVerwijzingen(b.aanbiederId, inhoud);
    Object.assign(fouten, extra.fouten);
    locatie = extra.locatie;
  }
  if (Object.keys(fouten).length || !inhoud || !locatie) return mislukt(fouten, null, { nieuweFotoAlt });

  const nu = new Date();
  if (!bestaand) {
    const id = await db.$transaction(async (tx) => {
      const kolommen = await inhoudNaarKolommen(tx, b.aanbiederId, inhoud, locatie);
      const w = await tx.werkplek.create({
        data: {
          ...kolommen,
          aanbiederId: b.aanbiederId,
          slug: nieuweSlug(inhoud),
          gewijzigdDoorId: b.id,
          status: invoer.indienen ? "INGEDIEND" : "CONCEPT",
          ingediendOp: invoer.indienen ? nu : null,
        },
      });
      await schrijfKoppelingen(tx, w.id, inhoud);
      return w.id;
    });
    return { ok: true, id, code: invoer.indienen ? "ingediend" : "concept" };
  }

  const gelukt = await db.$transaction(async (tx) => {
    const claim = await tx.werkplek.updateMany({
      where: { id: bestaand.id, versie: invoer.versie ?? -1, status: { not: "GEARCHIVEERD" } },
      data: { versie: { increment: 1 }, gewijzigdDoorId: b.id },
    });
    if (claim.count === 0) return false;
    if (bestaand.status === "GEPUBLICEERD") {
      const data = {
        inhoud: JSON.stringify(inhoud),
        status: invoer.indienen ? ("INGEDIEND" as const) : ("CONCEPT" as const),
        ingediendOp: invoer.indienen ? nu : null,
        afwijzingsreden: null,
      };
      await tx.werkplekRevisie.upsert({ where: { werkplekId: bestaand.id }, create: { werkplekId: bestaand.id, ...data }, update: data });
    } else {
      const kolommen = await inhoudNaarKolommen(tx, b.aanbiederId, inhoud, locatie);
      await tx.werkplek.update({
        where: { id: bestaand.id },
        data: {
          ...kolommen,
          status: invoer.indienen ? "INGEDIEND" : "CONCEPT",
          ingediendOp: invoer.indienen ? nu : null,
          afwijzingsreden: null,
        },
      });
      await schrijfKoppelingen(tx, bestaand.id, inhoud);
    }
    return true;
  });
  if (!gelukt) {
    const conflict = await beschrijfConflict(bestaand.id, inhoud);
    return mislukt(
      {},
      "Iemand anders heeft deze werkplek gewijzigd terwijl jij ermee bezig was. Jouw wijzigingen zijn nog niet opgeslagen.",
      conflict ?? {},
    );
  }
  const gepubliceerd = bestaand.status === "GEPUBLICEERD";
  const code: BewaarCode = `${gepubliceerd ? "wijziging-" : ""}${invoer.indienen ? "ingediend" : "concept"}`;
  return { ok: true, id: bestaand.id, code };
}

/** Branche, options and photos must exist (and the photos be the organisation's own); the postcode must be known. */
async function controleerVerwijzingen(aanbiederId: string, inhoud: WerkplekInhoud) {
  const fouten: Record<string, string> = {};
  const [branche, mogelijkheden, fotos] = await Promise.all([
    db.branche.findUnique({ where: { slug: inhoud.brancheSlug }, select: { id: true } }),
    db.mogelijkheid.count({ where: { slug: { in: inhoud.mogelijkheden } } }),
    db.foto.count({ where: { id: { in: inhoud.fotos.map((f) => f.fotoId) }, aanbiederId } }),
  ]);
  if (!branche) fouten.brancheSlug = "Kies een branche uit de lijst.";
  if (mogelijkheden !== new Set(inhoud.mogelijkheden).size) fouten.mogelijkheden = "Kies de mogelijkheden uit de lijst.";
  if (fotos !== new Set(inhoud.fotos.map((f) => f.fotoId)).size)
    fouten.fotos = "Een van de foto's bestaat niet meer. Voeg de foto opnieuw toe.";
  const postcode = parsePostcode(inhoud.postcode);
  const locatie = postcode.ok ? await geocoder.zoek(postcode.postcode) : null;
  if (!locatie)
    fouten.postcode = `We kunnen postcode ${postcode.ok ? postcode.postcode.weergave : inhoud.postcode} niet vinden. Controleer de postcode van het adres.`;
  return { fouten, locatie };
}

async function beschrijfConflict(id: string, mijn: WerkplekInhoud): Promise<{ conflict: Conflict; versie: number } | null> {
  const w = await db.werkplek.findUnique({ where: { id }, include: { revisie: true, gewijzigdDoor: { select: { naam: true } } } });
  if (!w) return null;
  const huidig = w.revisie ? parseRevisie(w.revisie.inhoud) : (await leesLiveInhoud(id))!;
  return {
    versie: w.versie,
    conflict: {
      door: w.gewijzigdDoor?.naam ?? "een collega",
      op: `${formatDatum(w.updatedAt)} om ${w.updatedAt.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" })}`,
      velden: verschillen(mijn, huidig).map((v) => ({ label: VELD_LABELS[v], waarde: toonWaarde(v, huidig) })),
    },
  };
}

function nieuweSlug(inhoud: WerkplekInhoud): string {
  return `${slugify(`${inhoud.titel} ${inhoud.plaats}`).slice(0, 80)}-${randomBytes(3).toString("hex")}`;
}

export type ArchiveerUitkomst = { ok: boolean; melding: string };

/** Archive: no longer public, no pending revision, no more edits. */
export async function archiveerWerkplek(g: Ingelogd | null, id: string, versie: number | null): Promise<ArchiveerUitkomst> {
  const b = beheerder(g);
  if (!b) return { ok: false, melding: GEEN_TOEGANG };
  const w = await eigenWerkplek(b, id);
  if (!w) return { ok: false, melding: NIET_GEVONDEN };
  if (w.status === "GEARCHIVEERD") return { ok: false, melding: "Deze werkplek is al gearchiveerd." };
  const gelukt = await db.$transaction(async (tx) => {
    const claim = await tx.werkplek.updateMany({
      where: { id: w.id, versie: versie ?? -1 },
      data: { versie: { increment: 1 }, status: "GEARCHIVEERD", gewijzigdDoorId: b.id },
    });
    if (claim.count === 0) return false;
    await tx.werkplekRevisie.deleteMany({ where: { werkplekId: w.id } });
    return true;
  });
  return gelukt
    ? { ok: true, melding: `"${w.titel}" is gearchiveerd en niet meer te vinden in de catalogus.` }
    : { ok: false, melding: "Iemand anders heeft deze werkplek intussen gewijzigd. Bekijk de werkplek opnieuw en archiveer daarna." };
}
