import "server-only";
import type { WerkplekInhoud, TredeKeuze } from "@/domain/werkplek-invoer";
import { werkplekZoektekst } from "@/domain/werkplek-zoektekst";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db";

// The content of a werkplek as one value (the shape of src/domain/werkplek-invoer.ts): read from
// the live row, written to it, and stored as JSON in a pending revision.

type Tx = Prisma.TransactionClient;

const TREDE_VELDEN: TredeKeuze[] = ["biedtTrede3", "biedtTrede4", "ontwikkelingNaar3", "ontwikkelingNaar4", "ontwikkelingNaar5"];

export async function leesLiveInhoud(werkplekId: string, tx: Tx = db): Promise<WerkplekInhoud | null> {
  const w = await tx.werkplek.findUnique({
    where: { id: werkplekId },
    include: {
      branche: { select: { slug: true } },
      mogelijkheden: { select: { mogelijkheid: { select: { slug: true, volgorde: true } } } },
      fotos: { orderBy: { volgorde: "asc" }, select: { fotoId: true, altTekst: true } },
    },
  });
  if (!w) return null;
  return {
    titel: w.titel,
    brancheSlug: w.branche.slug,
    omschrijving: w.omschrijving,
    taken: w.taken,
    begeleiding: w.begeleiding,
    straat: w.straat,
    huisnummer: w.huisnummer,
    postcode: w.postcode,
    plaats: w.plaats,
    treden: TREDE_VELDEN.filter((t) => w[t]),
    dagenEnTijden: w.dagenEnTijden,
    urenPerWeekMin: w.urenPerWeekMin,
    urenPerWeekMax: w.urenPerWeekMax,
    plaatsenBeschikbaar: w.plaatsenBeschikbaar,
    toegankelijkheid: w.toegankelijkheid,
    mogelijkheden: w.mogelijkheden.sort((a, b) => a.mogelijkheid.volgorde - b.mogelijkheid.volgorde).map((m) => m.mogelijkheid.slug),
    fotos: w.fotos.map((f) => ({ fotoId: f.fotoId, altTekst: f.altTekst })),
  };
}

/** Stored JSON of a revision back to content; the schema was checked when it was written. */
export function parseRevisie(inhoud: string): WerkplekInhoud {
  return JSON.parse(inhoud) as WerkplekInhoud;
}

/**
 * The row's columns for this content. Branche, options and photos must exist (the caller checked
 * them); coordinates come from the caller's geocoder lookup.
 */
export async function inhoudNaarKolommen(
  tx: Tx,
  aanbiederId: string,
  inhoud: WerkplekInhoud,
  locatie: { latitude: number; longitude: number },
) {
  const [branche, aanbieder] = await Promise.all([
    tx.branche.findUniqueOrThrow({ where: { slug: inhoud.brancheSlug } }),
    tx.aanbieder.findUniqueOrThrow({ where: { id: aanbiederId }, select: { naam: true } }),
  ]);
  return {
    brancheId: branche.id,
    titel: inhoud.titel,
    omschrijving: inhoud.omschrijving,
    taken: inhoud.taken,
    begeleiding: inhoud.begeleiding,
    straat: inhoud.straat,
    huisnummer: inhoud.huisnummer,
    postcode: inhoud.postcode,
    plaats: inhoud.plaats,
    latitude: locatie.latitude,
    longitude: locatie.longitude,
    ...Object.fromEntries(TREDE_VELDEN.map((t) => [t, inhoud.treden.includes(t)])),
    dagenEnTijden: inhoud.dagenEnTijden,
    urenPerWeekMin: inhoud.urenPerWeekMin,
    urenPerWeekMax: inhoud.urenPerWeekMax,
    plaatsenBeschikbaar: inhoud.plaatsenBeschikbaar,
    toegankelijkheid: inhoud.toegankelijkheid,
    zoektekst: werkplekZoektekst({ ...inhoud, brancheNaam: branche.naam, aanbiederNaam: aanbieder.naam }),
  };
}

/** Replace the options and photos of the live row with those of the content. */
export async function schrijfKoppelingen(tx: Tx, werkplekId: string, inhoud: WerkplekInhoud) {
  const mogelijkheden = await tx.mogelijkheid.findMany({ where: { slug: { in: inhoud.mogelijkheden } }, select: { id: true } });
  await tx.werkplekMogelijkheid.deleteMany({ where: { werkplekId } });
  if (mogelijkheden.length) {
    await tx.werkplekMogelijkheid.createMany({ data: mogelijkheden.map((m) => ({ werkplekId, mogelijkheidId: m.id })) });
  }
  await tx.werkplekFoto.deleteMany({ where: { werkplekId } });
  if (inhoud.fotos.length) {
    await tx.werkplekFoto.createMany({
      data: inhoud.fotos.map((f, i) => ({ werkplekId, fotoId: f.fotoId, altTekst: f.altTekst, volgorde: i })),
    });
  }
}

/** Who last approved (and so published) the werkplek or a revision of it, and when; null if never. */
export async function gepubliceerdDoor(w: { gepubliceerdOp: Date | null; gepubliceerdDoorId: string | null }) {
  if (!w.gepubliceerdOp) return null;
  const door = w.gepubliceerdDoorId ? await db.gebruiker.findUnique({ where: { id: w.gepubliceerdDoorId }, select: { naam: true } }) : null;
  // Seeded werkplekken were published before anyone was recorded.
  return { op: w.gepubliceerdOp, door: door?.naam ?? null };
}
