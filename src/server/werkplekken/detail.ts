import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { paginaQuery, type Paginarij, type Zoekvraag } from "./intern/zoekquery";

// The public detail page of a werkplek (/werkplekken/[slug]): open to anyone, and the same for
// everyone, so it writes no audit record (nothing personal is read).

/** A published werkplek by its slug, with everything the public detail page shows; not found otherwise. */
export const gepubliceerdeWerkplek = defineQuery({
  activiteit: "werkplek-bekijken",
  bron: "/werkplekken/[slug]",
  toegang: "publiek",
  schema: z.object({ slug: z.string() }),
  nietGevonden: "Deze werkplek bestaat niet of is niet meer gepubliceerd.",
  laad: async ({ invoer: { slug } }) => (/^[a-z0-9-]{1,100}$/.test(slug) ? gepubliceerd(slug) : null),
});

function gepubliceerd(slug: string) {
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

/** The centre: the werkplek the page shows (its row, as gepubliceerdeWerkplek read it; other fields are dropped). */
const centrumSchema = z.object({
  id: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  biedtTrede3: z.boolean(),
  biedtTrede4: z.boolean(),
  ontwikkelingNaar3: z.boolean(),
  ontwikkelingNaar4: z.boolean(),
  ontwikkelingNaar5: z.boolean(),
});

export type WerkplekInDeBuurt = { slug: string; titel: string; plaats: string; afstandKm: number };

/**
 * "Meer werkplekken in de buurt" (issue 10): the three nearest other published werkplekken that
 * offer the same trede — the same werkplek op trede when this one has one, otherwise the same
 * ontwikkeling — within 25 km. The catalogue's own query, with this werkplek as the centre.
 */
export const werkplekkenInDeBuurt = defineQuery({
  activiteit: "werkplekken-in-de-buurt",
  bron: "/werkplekken/[slug]",
  toegang: "publiek",
  schema: centrumSchema,
  laad: ({ invoer }) => inDeBuurt(invoer),
});

async function inDeBuurt(w: z.output<typeof centrumSchema>): Promise<WerkplekInDeBuurt[]> {
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
