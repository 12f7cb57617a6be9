import { assertCalendarDate } from "./toewijzing/calendar-date";

// A moment agreed in Dutch local time ("3 maart 2027 om 10:00", an evaluatiegesprek) stored as a
// UTC instant. The offset of Europe/Amsterdam (+1 in winter, +2 in summer) is taken from Intl, so
// daylight saving is handled the way the calendar on the wall does it.

const TIJD = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** "9:30", "09.30" → minutes after midnight; null when no such time. */
export function parseTijd(invoer: string): number | null {
  const m = TIJD.exec(invoer.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const delen = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Minutes Amsterdam is ahead of UTC at this instant. */
function afwijking(instant: Date): number {
  const p = Object.fromEntries(delen.formatToParts(instant).map((x) => [x.type, x.value]));
  const lokaal = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((lokaal - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** The UTC instant of `minuten` after midnight on calendar day `dag` in Dutch local time. */
export function nederlandsMoment(dag: Date, minuten: number): Date {
  assertCalendarDate(dag);
  const alsUtc = dag.getTime() + minuten * 60000;
  let moment = alsUtc - afwijking(new Date(alsUtc)) * 60000;
  // Near a change of the clocks the first guess uses the other side's offset: correct once.
  moment = alsUtc - afwijking(new Date(moment)) * 60000;
  return new Date(moment);
}
