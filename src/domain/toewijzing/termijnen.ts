import { addDays, assertCalendarDate, daysBetween } from "./calendar-date";

// R-TOE-5 / R-EV-1: "uiterlijk 6 weken voor afloop van de toewijzing" the aanbieder submits the
// eindverantwoording, plans the evaluatiegesprek and, where more is needed, asks for a
// herindicatie. Also on early termination: then pass the new (actual) einddatum.
//
// - 6 weeks = 42 calendar days before the einddatum (the last day of the toewijzing). The deadline
//   day itself is still on time; the day after it, the item is late.
// - A toewijzing shorter than 6 weeks would have its deadline before its start; then the deadline
//   is the startdatum (when given), the earliest moment anything can be asked of the aanbieder.
// - "binnenkort": due within the coming 6 weeks, today and the 42nd day included, so the back
//   office sees items in the same window the aanbieder works in.
// Whether an item is already done is the caller's to filter; these are the dates only.

export const TERMIJN_DAGEN = 42;

export type Termijnen = { eindverantwoording: Date; evaluatiegesprek: Date; herindicatie: Date };
export type TermijnStatus = "verlopen" | "binnenkort" | "later";

/** R-TOE-5 / R-EV-1: the three due dates of a toewijzing ending on `einddatum`. */
export function termijnen(einddatum: Date, startdatum?: Date): Termijnen {
  let uiterlijk = addDays(einddatum, -TERMIJN_DAGEN);
  if (startdatum && uiterlijk.getTime() < startdatum.getTime()) uiterlijk = startdatum;
  return { eindverantwoording: uiterlijk, evaluatiegesprek: uiterlijk, herindicatie: uiterlijk };
}

/** R-TOE-5: late (after the due day), due soon (today up to 42 days ahead) or later. */
export function termijnStatus(vandaag: Date, termijn: Date): TermijnStatus {
  const dagen = daysBetween(vandaag, termijn);
  if (dagen < 0) return "verlopen";
  return dagen <= TERMIJN_DAGEN ? "binnenkort" : "later";
}

/**
 * Does the toewijzing end within 6 weeks: its einddatum between today and 42 days ahead, both
 * included? One that has already ended does not "end soon".
 */
export function eindigtBinnenkort(einddatum: Date, vandaag: Date): boolean {
  assertCalendarDate(einddatum);
  const dagen = daysBetween(vandaag, einddatum);
  return dagen >= 0 && dagen <= TERMIJN_DAGEN;
}
