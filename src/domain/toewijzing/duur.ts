import { formatDatum } from "../format";
import type { Fout, RegelId } from "./bevinding";
import { addDays, addMonths } from "../kalender";
import type { ProductRegels } from "./product";

// Durations from the product table (RULES §2, "R-PRD"), read from the product's data so beheer can
// change them: ontwikkeling lasts exactly 6 months, op-trede at most 24, oriëntatie at most 3.
// Begeleiding groep has no duration in the rules: an end date is required (R-TOE-3) but not capped.
//
// "N months from the start" ends the day before the same day N months later (1 March → 31 August);
// when that day does not exist, on the last day of the month before (31 August → 28 February),
// see addMonths. A verlenging gets the same duration rules as a first period.

type Product = Pick<ProductRegels, "korteNaam" | "duurMaanden" | "duurIsMaximum">;

export type EinddatumUitkomst = { ok: true; einddatum: Date } | { ok: false; fout: Fout };

/** The last day of a period of `maanden` months starting on `startdatum`. */
export function eindeNaMaanden(startdatum: Date, maanden: number): Date {
  return addDays(addMonths(startdatum, maanden), -1);
}

/** "6 maanden", "3 maanden", "2 jaar", "1 jaar" */
export function duurTekst(maanden: number): string {
  if (maanden % 12 === 0) return `${maanden / 12} jaar`;
  return maanden === 1 ? "1 maand" : `${maanden} maanden`;
}

/**
 * R-PRD / R-TOE-3: the einddatum of a new period. Fixed duration: computed (an entered einddatum
 * must equal it, so a typo is caught rather than ignored). Maximum or none: the entered einddatum,
 * on or after the start and within the maximum.
 */
export function bepaalEinddatum(product: Product, startdatum: Date, einddatum?: Date | null): EinddatumUitkomst {
  const { duurMaanden, duurIsMaximum, korteNaam } = product;
  if (duurMaanden !== null && !duurIsMaximum) {
    const vast = eindeNaMaanden(startdatum, duurMaanden);
    if (einddatum && einddatum.getTime() !== vast.getTime()) {
      return fout(
        "R-PRD",
        `${korteNaam} duurt altijd ${duurTekst(duurMaanden)}. Bij de startdatum ${formatDatum(startdatum)} hoort de einddatum ${formatDatum(vast)}.`,
      );
    }
    return { ok: true, einddatum: vast };
  }
  if (!einddatum) return fout("R-TOE-3", "Vul een einddatum in.");
  if (einddatum.getTime() < startdatum.getTime())
    return fout("R-TOE-3", "De einddatum ligt voor de startdatum. Kies een einddatum op of na de startdatum.");
  if (duurMaanden !== null) {
    const uiterlijk = eindeNaMaanden(startdatum, duurMaanden);
    if (einddatum.getTime() > uiterlijk.getTime()) {
      return fout(
        "R-PRD",
        `${korteNaam} duurt maximaal ${duurTekst(duurMaanden)}. Bij de startdatum ${formatDatum(startdatum)} is de einddatum uiterlijk ${formatDatum(uiterlijk)}.`,
      );
    }
  }
  return { ok: true, einddatum };
}

function fout(regel: RegelId, melding: string): EinddatumUitkomst {
  return { ok: false, fout: { regel, veld: "einddatum", melding } };
}
