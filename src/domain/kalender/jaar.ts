import { z } from "zod";
import { inNederland } from "./zone";

// Per-year reference data (tariffs R-TAR-1, volunteer allowance limits R-VV-1) is entered for a
// calendar year. "Now" is the Dutch calendar: on 31 December at 23:30 UTC it is already the next
// year in Apeldoorn.

// Not EERSTE_JAAR/LAATSTE_JAAR of ./datum.ts (any date field): the years reference data is kept for.
const EERSTE_JAAR = 2020;
const LAATSTE_JAAR = 2100;

const JAAR_MELDING = `Vul een jaar in tussen ${EERSTE_JAAR} en ${LAATSTE_JAAR}, bijvoorbeeld 2026.`;

export const jaarVeld = z
  .string()
  .trim()
  .regex(/^\d{4}$/, JAAR_MELDING)
  .transform(Number)
  .refine((j) => j >= EERSTE_JAAR && j <= LAATSTE_JAAR, JAAR_MELDING);

/** The calendar year in the Netherlands at this moment. */
export function huidigJaar(nu: Date): number {
  return inNederland(nu).jaar;
}

/** Has this calendar year begun (or ended)? Then its tariff is in use (R-TAR-2). */
export function jaarIsBegonnen(jaar: number, nu: Date): boolean {
  return jaar <= huidigJaar(nu);
}
