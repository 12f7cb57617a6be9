import { assertCalendarDate } from "./calendar-date";
import { inNederland, verschilMetUtc } from "./zone";

// A moment agreed in Dutch local time ("3 maart 2027 om 10:00", an evaluatiegesprek) stored as a
// UTC instant, and back. The offset of Europe/Amsterdam (+1 in winter, +2 in summer) is taken from
// Intl (./zone.ts), so daylight saving is handled the way the calendar on the wall does it.
// Audit times are instants too; people read and filter them by the Dutch calendar day. Daylight
// saving in the Netherlands switches at 02:00/03:00, never at midnight, so the offset at midnight
// is well defined.

const TIJD = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** "9:30", "09.30" → minutes after midnight; null when no such time. */
export function parseTijd(invoer: string): number | null {
  const m = TIJD.exec(invoer.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A Dutch wall-clock time written as if it were UTC (ms) → the real instant. */
function vanWandklok(alsUtc: number): Date {
  // Near a change of the clocks the first guess uses the other side's offset: correct once.
  const gok = alsUtc - verschilMetUtc(new Date(alsUtc));
  return new Date(alsUtc - verschilMetUtc(new Date(gok)));
}

/** The UTC instant of `minuten` after midnight on calendar day `dag` in Dutch local time. */
export function nederlandsMoment(dag: Date, minuten: number): Date {
  assertCalendarDate(dag);
  return vanWandklok(dag.getTime() + minuten * 60000);
}

/** A calendar day (a Date at 00:00 UTC) → the instant that day begins in the Netherlands. */
export function beginVanDagInNederland(dag: Date): Date {
  return vanWandklok(dag.getTime());
}

const twee = (n: number) => String(n).padStart(2, "0");

/** A moment → its local date and time in the Netherlands: { datum: "2026-03-02", tijd: "00:30:00" }. */
export function lokaalMoment(d: Date): { datum: string; tijd: string } {
  const k = inNederland(d);
  return {
    datum: `${String(k.jaar).padStart(4, "0")}-${twee(k.maand)}-${twee(k.dag)}`,
    tijd: `${twee(k.uur)}:${twee(k.minuut)}:${twee(k.seconde)}`,
  };
}
