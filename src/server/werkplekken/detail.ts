import "server-only";
import { db } from "../db";
import { paginaQuery, type Paginarij, type Zoekvraag } from "./zoekquery";

/** A published werkplek by its slug, with everything the public detail page shows; null otherwise. */
export async function gepubliceerdeWerkplek(slug: string) {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  return db.werkplek.findFirst({
    where: { slug, status: "GEPUBLICEERD" },
    select: {
      id: true,
      slug: true,
      titel: true,
      omschrijving: true,
      taken: true,
      begeleiding: true,
      straat: true,
      huisnummer: true,
      postcode: true,
      plaats: true,
      latitude: true,
      longitude: true,
      biedtTrede3: true,
      biedtTrede4: true,
      ontwikkelingNaar3: true,
      ontwikkelingNaar4: true,
      ontwikkelingNaar5: true,
      dagenEnTijden: true,
      urenPerWeekMin: true,
      urenPerWeekMax: true,
      plaatsenBeschikbaar: true,
      plaatsenBijgewerktOp: true,
      updatedAt: true,
      toegankelijkheid: true,
      aanbieder: { select: { naam: true, website: true, omschrijving: true } },
      branche: { select: { naam: true, slug: true } },
      fotos: { orderBy: { volgorde: "asc" }, select: { altTekst: true, foto: { select: { bestand: true, breedte: true, hoogte: true } } } },
      mogelijkheden: { select: { mogelijkheid: { select: { slug: true, naam: true, soort: true, omschrijving: true, volgorde: true } } } },
    },
  });
}

export type WerkplekInDeBuurt = { slug: string; titel: string; plaats: string; afstandKm: number };

/**
 * "Meer werkplekken in de buurt" (issue 10): the three nearest other published werkplekken that
 * offer the same trede — the same werkplek op trede when this one has one, otherwise the same
 * ontwikkeling — within 25 km. The catalogue's own query, with this werkplek as the centre.
 */
export async function werkplekkenInDeBuurt(w: {
  id: string;
  latitude: number;
  longitude: number;
  biedtTrede3: boolean;
  biedtTrede4: boolean;
  ontwikkelingNaar3: boolean;
  ontwikkelingNaar4: boolean;
  ontwikkelingNaar5: boolean;
}): Promise<WerkplekInDeBuurt[]> {
  const treden = [w.biedtTrede3 && 3, w.biedtTrede4 && 4].filter((t): t is number => t !== false);
  const ontwikkeling = treden.length
    ? []
    : [w.ontwikkelingNaar3 && 3, w.ontwikkelingNaar4 && 4, w.ontwikkelingNaar5 && 5].filter((t): t is number => t !== false);
  const vraag: Zoekvraag = {
    q: "",
    branches: [],
    afstand: 25,
    treden,
    ontwikkeling,
    ondersteuning: [],
    ontwikkelmogelijkheden: [],
    vrij: false,
    centrum: { latitude: w.latitude, longitude: w.longitude },
  };
  const rijen = await db.$queryRaw<Paginarij[]>(paginaQuery(vraag, 4, 0));
  return rijen
    .filter((r) => r.id !== w.id)
    .slice(0, 3)
    .map((r) => ({ slug: r.slug, titel: r.titel, plaats: r.plaats, afstandKm: Number(r.afstand) }));
}
