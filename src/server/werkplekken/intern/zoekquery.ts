import { Prisma } from "@/generated/prisma/client";
import { AARDSTRAAL_KM, omhullendeRechthoek, type Coordinaat } from "@/domain/afstand";
import { zoektermen } from "@/domain/tekst";
import type { Zoekparameters } from "@/domain/zoekparameters";

// The catalogue search as portable SQL (SQLite and PostgreSQL alike): only published werkplekken;
// with a location, a bounding box on the (status, latitude, longitude) index narrows the rows
// before the exact haversine distance is computed, filtered and sorted in the database.

export type Zoekvraag = Omit<Zoekparameters, "postcode" | "pagina"> & { centrum: Coordinaat | null };

function afstandExpressie(c: Coordinaat) {
  // The earth's diameter is one parameter: PostgreSQL would read `2 * $1` as integer arithmetic.
  return Prisma.sql`(${2 * AARDSTRAAL_KM} * asin(sqrt(
    power(sin(radians(w."latitude" - ${c.latitude}) / 2), 2)
    + cos(radians(${c.latitude})) * cos(radians(w."latitude")) * power(sin(radians(w."longitude" - ${c.longitude}) / 2), 2))))`;
}

function voorwaarden(v: Zoekvraag): Prisma.Sql {
  const en: Prisma.Sql[] = [Prisma.sql`w."status" = 'GEPUBLICEERD'`];
  if (v.centrum) {
    const box = omhullendeRechthoek(v.centrum, v.afstand);
    en.push(Prisma.sql`w."latitude" BETWEEN ${box.minLatitude} AND ${box.maxLatitude}`);
    en.push(Prisma.sql`w."longitude" BETWEEN ${box.minLongitude} AND ${box.maxLongitude}`);
  }
  if (v.branches.length) {
    en.push(Prisma.sql`w."brancheId" IN (SELECT b."id" FROM "Branche" b WHERE b."slug" IN (${Prisma.join(v.branches)}))`);
  }
  // Several treden or ontwikkeling choices widen the search (either one will do)…
  const trede = { 3: Prisma.sql`w."biedtTrede3" = TRUE`, 4: Prisma.sql`w."biedtTrede4" = TRUE` } as Record<number, Prisma.Sql>;
  const ontw = {
    3: Prisma.sql`w."ontwikkelingNaar3" = TRUE`,
    4: Prisma.sql`w."ontwikkelingNaar4" = TRUE`,
    5: Prisma.sql`w."ontwikkelingNaar5" = TRUE`,
  } as Record<number, Prisma.Sql>;
  if (v.treden.length)
    en.push(
      Prisma.sql`(${Prisma.join(
        v.treden.map((t) => trede[t]!),
        " OR ",
      )})`,
    );
  if (v.ontwikkeling.length)
    en.push(
      Prisma.sql`(${Prisma.join(
        v.ontwikkeling.map((o) => ontw[o]!),
        " OR ",
      )})`,
    );
  // …but every chosen support or development option must be offered (docs/decisions/0004).
  for (const slug of [...v.ondersteuning, ...v.ontwikkelmogelijkheden]) {
    en.push(Prisma.sql`EXISTS (SELECT 1 FROM "WerkplekMogelijkheid" wm JOIN "Mogelijkheid" m ON m."id" = wm."mogelijkheidId"
      WHERE wm."werkplekId" = w."id" AND m."slug" = ${slug})`);
  }
  if (v.vrij) en.push(Prisma.sql`w."plaatsenBeschikbaar" > 0`);
  for (const term of zoektermen(v.q)) en.push(Prisma.sql`w."zoektekst" LIKE ${`%${term}%`}`);
  return Prisma.join(en, " AND ");
}

/** Rows within reach, as a derived table with columns id, titel, afstand (null without a centre). */
function kandidaten(v: Zoekvraag): Prisma.Sql {
  const afstand = v.centrum ? afstandExpressie(v.centrum) : Prisma.sql`NULL`;
  return Prisma.sql`SELECT w."id" AS id, w."titel" AS titel, ${afstand} AS afstand FROM "Werkplek" w WHERE ${voorwaarden(v)}`;
}

function binnenStraal(v: Zoekvraag): Prisma.Sql {
  return v.centrum ? Prisma.sql`WHERE k.afstand <= ${v.afstand}` : Prisma.empty;
}

export function telQuery(v: Zoekvraag): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*) AS aantal FROM (${kandidaten(v)}) k ${binnenStraal(v)}`;
}

export type Paginarij = {
  id: string;
  slug: string;
  titel: string;
  samenvatting: string;
  plaats: string;
  latitude: number;
  longitude: number;
  biedtTrede3: boolean | number;
  biedtTrede4: boolean | number;
  ontwikkelingNaar3: boolean | number;
  ontwikkelingNaar4: boolean | number;
  ontwikkelingNaar5: boolean | number;
  plaatsenBeschikbaar: number | bigint;
  aanbiederNaam: string;
  brancheNaam: string;
  afstand: number | null;
  totaal: bigint | number;
};

/**
 * One page of results with everything a result card shows and, in every row, the total count
 * (a window function): one round trip on the common path.
 */
export function paginaQuery(v: Zoekvraag, limit: number, offset: number): Prisma.Sql {
  const volgorde = v.centrum ? Prisma.sql`k.afstand, k.titel, k.id` : Prisma.sql`k.titel, k.id`;
  return Prisma.sql`SELECT w."id" AS id, w."slug" AS slug, w."titel" AS titel, SUBSTR(w."omschrijving", 1, 200) AS samenvatting,
      w."plaats" AS plaats, w."latitude" AS latitude, w."longitude" AS longitude,
      w."biedtTrede3" AS "biedtTrede3", w."biedtTrede4" AS "biedtTrede4", w."ontwikkelingNaar3" AS "ontwikkelingNaar3",
      w."ontwikkelingNaar4" AS "ontwikkelingNaar4", w."ontwikkelingNaar5" AS "ontwikkelingNaar5", w."plaatsenBeschikbaar" AS "plaatsenBeschikbaar",
      a."naam" AS "aanbiederNaam", b."naam" AS "brancheNaam", k.afstand AS afstand, k.totaal AS totaal
    FROM (SELECT k.id, k.titel, k.afstand, COUNT(*) OVER () AS totaal FROM (${kandidaten(v)}) k ${binnenStraal(v)}
          ORDER BY ${volgorde} LIMIT ${limit} OFFSET ${offset}) k
    JOIN "Werkplek" w ON w."id" = k.id
    JOIN "Aanbieder" a ON a."id" = w."aanbiederId"
    JOIN "Branche" b ON b."id" = w."brancheId"
    ORDER BY ${volgorde}`;
}
