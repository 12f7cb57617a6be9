import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { idSchema, idVeld, isId } from "@/domain/id";
import { formatTijdstip } from "@/domain/format";
import { BEWAAR_MELDINGEN, isBewerkbaar, WERKPLEK_NIET_GEVONDEN as NIET_GEVONDEN, type BewaarCode } from "@/domain/werkplek-status";
import { parsePostcode } from "@/domain/postcode";
import { slugify } from "@/domain/tekst";
import {
  inhoudNaarFormulier,
  MAX_FOTOS,
  toonWaarde,
  valideerWerkplek,
  verschillen,
  versieVeld,
  VELD_LABELS,
  werkplekBewaarSchema,
  type Conflict,
  type WerkplekFormExtra,
  type WerkplekInhoud,
} from "@/domain/werkplek-invoer";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";
import { verwerkFoto } from "../fotos/intern/verwerken";
import { geocoder } from "../geo";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten, type Resultaat, type Veldfouten } from "../pipeline";
import { gepubliceerdDoor, inhoudNaarKolommen, leesLiveInhoud, parseRevisie, schrijfKoppelingen } from "./intern/inhoud";
import { fotoBestandenVan } from "./intern/foto-bestanden";

// Werkplek management by the aanbieder (issue 3, R-WP-1), on the use-case pipeline (issue 8): the
// pipeline checks the permission, the use case's scoped load that the werkplek belongs to the
// caller's own organisation; an id of another organisation is treated exactly like an id that
// does not exist. Every save, submission and archiving is audit-logged with the werkplek's slug.

const GEEN_TOEGANG = "Je hebt geen toegang tot het beheer van werkplekken.";

type Beheerder = Ingelogd & { aanbiederId: string };

export type BewaarResultaat = Resultaat<{ melding: string; id: string; code: BewaarCode }, WerkplekFormExtra>;

async function eigenWerkplek(g: Ingelogd & { aanbiederId: string }, id: string) {
  if (!isId(id)) return null;
  return db.werkplek.findFirst({
    where: { id, aanbiederId: g.aanbiederId },
    include: { revisie: true, gewijzigdDoor: { select: { naam: true } } },
  });
}

/** The werkplek with the content to edit: the pending revision when there is one, else the row. */
export const werkplekVoorBewerken = defineQuery({
  activiteit: "werkplek-bewerken-bekijken",
  bron: "/aanbieder/werkplekken/[id]",
  toegang: "werkplek:beheren",
  geenToegang: GEEN_TOEGANG,
  wie: "aanbieder",
  schema: idSchema,
  nietGevonden: NIET_GEVONDEN,
  async laad({ gebruiker: b, invoer: { id } }) {
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
      gepubliceerd: await gepubliceerdDoor(w),
      formulier: inhoudNaarFormulier(inhoud),
      fotoBestanden: await fotoBestandenVan(
        b.aanbiederId,
        inhoud.fotos.map((f) => f.fotoId),
      ),
    };
  },
});

const BRON = "/aanbieder/werkplekken";
const GEARCHIVEERD = "Deze werkplek is gearchiveerd en kan niet meer worden gewijzigd.";

const TOELICHTING: Record<BewaarCode, string> = {
  concept: "concept opgeslagen",
  ingediend: "ingediend voor de inhoudscheck",
  "wijziging-concept": "wijziging als concept opgeslagen",
  "wijziging-ingediend": "wijziging ingediend voor de inhoudscheck",
  gearchiveerd: "gearchiveerd",
};

/**
 * Save (and optionally submit) a werkplek. New and never-published werkplekken are edited in place;
 * a published one gets a pending revision and stays public as it is (R-WP-1). The save only
 * succeeds when `versie` is still the stored one; otherwise the caller gets the other person's
 * change and keeps their own input. A failure carries the form to show again (WerkplekFormExtra).
 */
export const bewaarWerkplek = defineUseCase({
  activiteit: "werkplek-bewaren",
  bron: BRON,
  schema: werkplekBewaarSchema,
  toegang: "werkplek:beheren",
  geenToegang: GEEN_TOEGANG,
  wie: "aanbieder",
  laad: async ({ gebruiker, invoer }) => {
    if (invoer.id === null) return { bestaand: null };
    const bestaand = await eigenWerkplek(gebruiker as Beheerder, invoer.id);
    return bestaand ? { bestaand } : null;
  },
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ invoer, doel: { bestaand }, gebruiker, audit, nu }): Promise<BewaarResultaat> {
    const b = gebruiker as Beheerder;
    let formulier = invoer.formulier;
    const mislukt = async (fouten: Veldfouten, melding: string | null, extra: Partial<WerkplekFormExtra> = {}) =>
      veldFouten<WerkplekFormExtra>(fouten, melding, {
        formulier,
        versie: invoer.versie,
        nieuweFotoAlt: "",
        conflict: null,
        ...extra,
        fotoBestanden: await fotoBestandenVan(
          b.aanbiederId,
          (extra.formulier ?? formulier).fotos.map((f) => f.fotoId),
        ),
      });
    if (bestaand && !isBewerkbaar(bestaand)) return mislukt({}, GEARCHIVEERD);

    // A new photo first, so that it is kept even when another field still needs work.
    const fouten: Veldfouten = {};
    let nieuweFotoAlt = invoer.nieuweFotoAlt;
    if (invoer.nieuweFoto) {
      if (formulier.fotos.length >= MAX_FOTOS) fouten.nieuweFoto = "Een werkplek heeft hoogstens 5 foto's. Verwijder eerst een foto.";
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

    const status = invoer.indienen ? ("INGEDIEND" as const) : ("CONCEPT" as const);
    if (!bestaand) {
      const w = await db.$transaction(async (tx) => {
        const kolommen = await inhoudNaarKolommen(tx, b.aanbiederId, inhoud, locatie);
        const nieuw = await tx.werkplek.create({
          data: {
            ...kolommen,
            aanbiederId: b.aanbiederId,
            slug: nieuweSlug(inhoud),
            gewijzigdDoorId: b.id,
            status,
            ingediendOp: invoer.indienen ? nu : null,
          },
        });
        await schrijfKoppelingen(tx, nieuw.id, inhoud);
        return nieuw;
      });
      const code: BewaarCode = invoer.indienen ? "ingediend" : "concept";
      audit.toelichting = `${w.slug}: ${TOELICHTING[code]}`;
      return gelukt({ melding: BEWAAR_MELDINGEN[code], id: w.id, code });
    }

    const opgeslagen = await db.$transaction(async (tx) => {
      const claim = await tx.werkplek.updateMany({
        where: { id: bestaand.id, versie: invoer.versie ?? -1, status: { not: "GEARCHIVEERD" } },
        data: { versie: { increment: 1 }, gewijzigdDoorId: b.id },
      });
      if (claim.count === 0) return false;
      if (bestaand.status === "GEPUBLICEERD") {
        const data = { inhoud: JSON.stringify(inhoud), status, ingediendOp: invoer.indienen ? nu : null, afwijzingsreden: null };
        await tx.werkplekRevisie.upsert({ where: { werkplekId: bestaand.id }, create: { werkplekId: bestaand.id, ...data }, update: data });
      } else {
        const kolommen = await inhoudNaarKolommen(tx, b.aanbiederId, inhoud, locatie);
        await tx.werkplek.update({
          where: { id: bestaand.id },
          data: { ...kolommen, status, ingediendOp: invoer.indienen ? nu : null, afwijzingsreden: null },
        });
        await schrijfKoppelingen(tx, bestaand.id, inhoud);
      }
      return true;
    });
    if (!opgeslagen) {
      const conflict = await beschrijfConflict(bestaand.id, inhoud);
      return mislukt(
        {},
        "Iemand anders heeft deze werkplek gewijzigd terwijl jij ermee bezig was. Jouw wijzigingen zijn nog niet opgeslagen.",
        conflict ?? {},
      );
    }
    const gepubliceerd = bestaand.status === "GEPUBLICEERD";
    const code: BewaarCode = `${gepubliceerd ? "wijziging-" : ""}${invoer.indienen ? "ingediend" : "concept"}`;
    audit.toelichting = `${bestaand.slug}: ${TOELICHTING[code]}`;
    return gelukt({ melding: BEWAAR_MELDINGEN[code], id: bestaand.id, code });
  },
});

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
      op: formatTijdstip(w.updatedAt),
      velden: verschillen(mijn, huidig).map((v) => ({ label: VELD_LABELS[v], waarde: toonWaarde(v, huidig) })),
    },
  };
}

function nieuweSlug(inhoud: WerkplekInhoud): string {
  return `${slugify(`${inhoud.titel} ${inhoud.plaats}`).slice(0, 80)}-${randomBytes(3).toString("hex")}`;
}

const archiveerSchema = z.object({ id: idVeld, versie: versieVeld });

/** Archive: no longer public, no pending revision, no more edits. */
export const archiveerWerkplek = defineUseCase({
  activiteit: "werkplek-archiveren",
  bron: BRON,
  schema: archiveerSchema,
  toegang: "werkplek:beheren",
  geenToegang: GEEN_TOEGANG,
  wie: "aanbieder",
  laad: ({ gebruiker, invoer }) => eigenWerkplek(gebruiker as Beheerder, invoer.id),
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ invoer, doel: w, gebruiker, audit }) {
    if (!isBewerkbaar(w)) return formFout("Deze werkplek is al gearchiveerd.");
    const gearchiveerd = await db.$transaction(async (tx) => {
      const claim = await tx.werkplek.updateMany({
        where: { id: w.id, versie: invoer.versie ?? -1 },
        data: { versie: { increment: 1 }, status: "GEARCHIVEERD", gewijzigdDoorId: gebruiker.id },
      });
      if (claim.count === 0) return false;
      await tx.werkplekRevisie.deleteMany({ where: { werkplekId: w.id } });
      return true;
    });
    if (!gearchiveerd)
      return formFout("Iemand anders heeft deze werkplek intussen gewijzigd. Bekijk de werkplek opnieuw en archiveer daarna.");
    audit.toelichting = `${w.slug}: ${TOELICHTING.gearchiveerd}`;
    return gelukt({ melding: `"${w.titel}" is gearchiveerd en niet meer te vinden in de catalogus.`, id: w.id });
  },
});
