// Calendar dates for the toewijzing rules.
//
// Convention: a date is a `Date` at 00:00:00.000 UTC of that calendar day ("2026-03-01" →
// 2026-03-01T00:00:00Z), the way date-only columns are stored. All arithmetic here is in UTC, so
// it never depends on the server's time zone or on daylight saving. Every function throws on a
// Date with a time of day: a day silently shifted by a time zone is worse than a loud error, and
// the server layer is where input is normalised.
//
// Periods are inclusive: a toewijzing from 1 March to 31 August runs on both of those days
// (iWmo Ingangsdatum and Einddatum are both days of delivery).

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Period = { startdatum: Date; einddatum: Date };

/** "2026-03-01" → Date at UTC midnight. Throws on anything that is not an existing day. */
export function calendarDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = utc(year, month - 1, day);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) throw new Error(`No such day: ${iso}`);
  return d;
}

export function isCalendarDate(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime()) && d.getTime() % DAY_MS === 0;
}

export function assertCalendarDate(d: Date): void {
  if (!isCalendarDate(d)) throw new Error(`Expected a date at 00:00 UTC, got ${String(d)}`);
}

/** Date → "2026-03-01" */
export function toIsoDate(d: Date): string {
  assertCalendarDate(d);
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, days: number): Date {
  assertCalendarDate(d);
  return new Date(d.getTime() + days * DAY_MS);
}

/**
 * The same day of the month, `months` later (earlier when negative). When that day does not exist
 * in the target month (31 April, 29 February in a common year), the result is the FIRST DAY OF THE
 * NEXT MONTH. So a birthday on 29 February is reached on 1 March in a common year, and "6 months
 * from 31 August, minus one day" ends on the last day of February.
 */
export function addMonths(d: Date, months: number): Date {
  assertCalendarDate(d);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const day = d.getUTCDate();
  const daysInTargetMonth = utc(year, month + 1, 0).getUTCDate();
  return day <= daysInTargetMonth ? utc(year, month, day) : utc(year, month + 1, 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  assertCalendarDate(from);
  assertCalendarDate(to);
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Do two inclusive periods share at least one day? */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startdatum.getTime() <= b.einddatum.getTime() && b.startdatum.getTime() <= a.einddatum.getTime();
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}
