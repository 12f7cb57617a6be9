import "server-only";
import { db } from "../db";

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
      toegankelijkheid: true,
      aanbieder: { select: { naam: true, website: true, omschrijving: true } },
      branche: { select: { naam: true, slug: true } },
      fotos: { orderBy: { volgorde: "asc" }, select: { altTekst: true, foto: { select: { bestand: true, breedte: true, hoogte: true } } } },
      mogelijkheden: { select: { mogelijkheid: { select: { slug: true, naam: true, soort: true, omschrijving: true, volgorde: true } } } },
    },
  });
}
