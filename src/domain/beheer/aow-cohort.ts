import { z } from "zod";
import { formatDatum } from "../format";
import { calendarDate } from "../kalender";

// R-AOW-1: the AOW table is data that the beheerder extends with new cohorts (announced five
// years ahead). Every birth date may fall in at most one cohort, or the pension age would depend
// on which row the database happens to return first: a new row may not overlap an existing one.
// Bounds are inclusive birth dates at UTC midnight; null is open-ended (as in the seed).
//
// Decision: a row added here needs BOTH dates. The table needs no open bound: the seed's oldest
// cohort starts on 1 January 1957 (earlier births had a lower AOW age and are an unknown cohort,
// flagged, until beheer enters them here). An open end is never needed, because a birth date
// after the last cohort already gets the last known age, flagged (R-AOW-1); and since rows cannot
// be edited here, an open-ended row would overlap every cohort announced after it and block the
// table from being extended.

export type Cohort = { geborenVanaf: Date | null; geborenTotMet: Date | null };

export function cohortenOverlappen(a: Cohort, b: Cohort): boolean {
  const begin = (c: Cohort) => c.geborenVanaf?.getTime() ?? Number.NEGATIVE_INFINITY;
  const eind = (c: Cohort) => c.geborenTotMet?.getTime() ?? Number.POSITIVE_INFINITY;
  return begin(a) <= eind(b) && begin(b) <= eind(a);
}

/** "geboren van 1 januari 1961 tot en met 30 september 1964", "geboren tot en met 31 december 1960" */
export function cohortTekst(c: Cohort): string {
  if (c.geborenVanaf && c.geborenTotMet) return `geboren van ${formatDatum(c.geborenVanaf)} tot en met ${formatDatum(c.geborenTotMet)}`;
  if (c.geborenVanaf) return `geboren op of na ${formatDatum(c.geborenVanaf)}`;
  if (c.geborenTotMet) return `geboren tot en met ${formatDatum(c.geborenTotMet)}`;
  return "alle geboortedatums";
}

const DATUM_MELDING = "Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 1964-10-01.";

/** "1964-10-01" → that day at UTC midnight; anything else is an error. */
const datum = (leeg: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") {
        ctx.addIssue({ code: "custom", message: leeg });
        return z.NEVER;
      }
      try {
        const d = calendarDate(v);
        const jaar = d.getUTCFullYear();
        if (jaar >= 1900 && jaar <= 2100) return d;
      } catch {
        // fall through to the message
      }
      ctx.addIssue({ code: "custom", message: DATUM_MELDING });
      return z.NEVER;
    });

const geheel = (melding: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, melding)
    .transform(Number)
    .refine((n) => n >= min && n <= max, melding);

export const aowCohortSchema = z
  .object({
    geborenVanaf: datum("Vul de eerste geboortedatum van de groep in."),
    geborenTotMet: datum("Vul de laatste geboortedatum van de groep in."),
    jaren: geheel("Vul het aantal jaren in: een heel getal van 60 tot en met 80.", 60, 80),
    maanden: geheel("Vul het aantal maanden in: een heel getal van 0 tot en met 11.", 0, 11),
  })
  .refine((c) => c.geborenVanaf.getTime() <= c.geborenTotMet.getTime(), {
    path: ["geborenTotMet"],
    message: "De datum 'geboren tot en met' ligt voor de datum 'geboren vanaf'.",
  });

export type AowCohortInvoer = z.input<typeof aowCohortSchema>;
