import { z } from "zod";
import { AFSTANDEN, ONTWIKKELING_NAAR, STANDAARD_AFSTAND, TREDEN_WERKPLEK, type Zoekparameters } from "./zoekfilters";
import { VERPLICHTE_MOGELIJKHEDEN } from "./toewijzing/product-plichten";

// The catalogue's state lives in its URL (shareable, works without JavaScript). Every parameter
// is parsed here; anything malformed is dropped with a Dutch explanation, never an error page.

export { AFSTANDEN, filterAantal, ONTWIKKELING_NAAR, STANDAARD_AFSTAND, TREDEN_WERKPLEK, type Zoekparameters } from "./zoekfilters";
export const PER_PAGINA = 20;
const MAX_PAGINA = 1000;
const MAX_HERHALINGEN = 20;

export type BekendeSlugs = {
  branches: ReadonlySet<string>;
  ondersteuning: ReadonlySet<string>;
  ontwikkelmogelijkheden: ReadonlySet<string>;
};

export type RuweParameters = Record<string, string | string[] | undefined>;

const alles = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const eerste = (v: string | string[] | undefined): string | undefined => alles(v)[0];

const tekst = z.string().trim().max(100);
const getal = (toegestaan: readonly number[]) =>
  z.coerce
    .number()
    .int()
    .refine((n) => toegestaan.includes(n));
const paginaSchema = z.coerce.number().int().min(1).max(MAX_PAGINA);

const eenVan = (toegestaan: readonly number[]) =>
  z
    .number()
    .int()
    .refine((n) => toegestaan.includes(n));
const slugs = z.array(z.string()).max(MAX_HERHALINGEN);

/**
 * The parsed parameters as the search takes them (what parseZoekparameters gives), checked again
 * where the server's front door receives them (src/server/werkplekken/zoeken.ts).
 */
export const zoekparametersSchema = z.object({
  q: z.string().max(100),
  branches: slugs,
  postcode: z.string().max(20),
  afstand: eenVan(AFSTANDEN),
  treden: z.array(eenVan(TREDEN_WERKPLEK)),
  ontwikkeling: z.array(eenVan(ONTWIKKELING_NAAR)),
  ondersteuning: slugs,
  ontwikkelmogelijkheden: slugs,
  vrij: z.boolean(),
  pagina: z.number().int().min(1).max(MAX_PAGINA),
}) satisfies z.ZodType<Zoekparameters>;

function uniek<T>(lijst: T[]): T[] {
  return [...new Set(lijst)];
}

export function parseZoekparameters(ruw: RuweParameters, bekend: BekendeSlugs): { parameters: Zoekparameters; meldingen: string[] } {
  const meldingen: string[] = [];

  const qRuw = eerste(ruw.q) ?? "";
  const q = tekst.safeParse(qRuw);
  if (!q.success) meldingen.push("De zoektekst is te lang; we hebben alleen de eerste 100 tekens gebruikt.");

  const postcodeRuw = eerste(ruw.postcode) ?? "";
  const postcode = postcodeRuw.trim().slice(0, 20);

  const slugs = (naam: string, waarden: string[], toegestaan: ReadonlySet<string>, label: string) => {
    const geldig = waarden.filter((w) => toegestaan.has(w));
    if (geldig.length !== waarden.length) meldingen.push(`Een onbekende ${label} in de zoekopdracht is genegeerd.`);
    if (geldig.length > MAX_HERHALINGEN)
      meldingen.push(`Er zijn te veel filters voor ${naam}; de eerste ${MAX_HERHALINGEN} zijn gebruikt.`);
    return uniek(geldig).slice(0, MAX_HERHALINGEN);
  };

  const getallen = (waarden: string[], toegestaan: readonly number[], label: string) => {
    const uit = waarden
      .map((w) => getal(toegestaan).safeParse(w))
      .filter((r) => r.success)
      .map((r) => r.data);
    if (uit.length !== waarden.length)
      meldingen.push(`${label} kan alleen ${toegestaan.join(", ").replace(/, (\d+)$/, " of $1")} zijn; een andere waarde is genegeerd.`);
    return uniek(uit).sort();
  };

  let afstand = STANDAARD_AFSTAND;
  const afstandRuw = eerste(ruw.afstand);
  if (afstandRuw !== undefined && afstandRuw !== "") {
    const r = getal(AFSTANDEN).safeParse(afstandRuw);
    if (r.success) afstand = r.data;
    else
      meldingen.push(
        `Kies een afstand van ${AFSTANDEN.join(", ").replace(/, (\d+)$/, " of $1")} km. We zoeken nu binnen ${STANDAARD_AFSTAND} km.`,
      );
  }

  let pagina = 1;
  const paginaRuw = eerste(ruw.pagina);
  if (paginaRuw !== undefined && paginaRuw !== "") {
    const r = paginaSchema.safeParse(paginaRuw);
    if (r.success) pagina = r.data;
    else meldingen.push("Dat paginanummer bestaat niet; we tonen de eerste pagina.");
  }

  return {
    parameters: {
      q: q.success ? q.data : qRuw.trim().slice(0, 100),
      branches: slugs("branche", alles(ruw.branche), bekend.branches, "branche"),
      postcode,
      afstand,
      treden: getallen(alles(ruw.trede), TREDEN_WERKPLEK, "Trede"),
      ontwikkeling: getallen(alles(ruw.ontwikkeling), ONTWIKKELING_NAAR, "Ontwikkeling naar trede"),
      ondersteuning: slugs("ondersteuning", alles(ruw.ondersteuning), bekend.ondersteuning, "vorm van ondersteuning"),
      ontwikkelmogelijkheden: slugs(
        "ontwikkelmogelijkheid",
        zonderPlichten(alles(ruw.ontwikkelmogelijkheid), meldingen),
        bekend.ontwikkelmogelijkheden,
        "ontwikkelmogelijkheid",
      ),
      vrij: eerste(ruw.vrij) === "ja",
      pagina,
    },
    meldingen: uniek(meldingen),
  };
}

/**
 * R-PRD-7 (issue 11 defect 9): an old link may still ask for an obligation of every product (the
 * portfolio) as a filter. It is not a filter any more; the value is dropped with a note.
 */
function zonderPlichten(waarden: string[], meldingen: string[]): string[] {
  const rest = waarden.filter((w) => !VERPLICHTE_MOGELIJKHEDEN.has(w));
  if (rest.length !== waarden.length) {
    meldingen.push("Bij elke Werkt Mee-werkplek houd je een portfolio bij; daar hoef je niet op te zoeken. We tonen alle werkplekken.");
  }
  return rest;
}

/** The URL query for these parameters (defaults left out), e.g. for pagination and "remove filter" links. */
export function zoekQuery(p: Zoekparameters): string {
  const u = new URLSearchParams();
  if (p.q) u.set("q", p.q);
  for (const b of p.branches) u.append("branche", b);
  if (p.postcode) {
    u.set("postcode", p.postcode);
    if (p.afstand !== STANDAARD_AFSTAND) u.set("afstand", String(p.afstand));
  }
  for (const t of p.treden) u.append("trede", String(t));
  for (const o of p.ontwikkeling) u.append("ontwikkeling", String(o));
  for (const s of p.ondersteuning) u.append("ondersteuning", s);
  for (const s of p.ontwikkelmogelijkheden) u.append("ontwikkelmogelijkheid", s);
  if (p.vrij) u.set("vrij", "ja");
  if (p.pagina > 1) u.set("pagina", String(p.pagina));
  const s = u.toString();
  return s ? `?${s}` : "";
}

export function heeftFilters(p: Zoekparameters): boolean {
  return Boolean(
    p.vrij ||
    p.q ||
    p.postcode ||
    p.branches.length ||
    p.treden.length ||
    p.ontwikkeling.length ||
    p.ondersteuning.length ||
    p.ontwikkelmogelijkheden.length,
  );
}
