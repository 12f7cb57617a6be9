// Audit times are instants (UTC in the database); people read and filter them by the Dutch
// calendar day. Daylight saving in the Netherlands switches at 02:00/03:00, never at midnight, so
// the offset at midnight is well defined.

const onderdelen = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

function verschuivingMs(moment: number): number {
  const d = Object.fromEntries(onderdelen.formatToParts(new Date(moment)).map((p) => [p.type, p.value]));
  const alsUtc = Date.UTC(Number(d.year), Number(d.month) - 1, Number(d.day), Number(d.hour), Number(d.minute), Number(d.second));
  return alsUtc - Math.floor(moment / 1000) * 1000;
}

/** A calendar day (a Date at 00:00 UTC) → the instant that day begins in the Netherlands. */
export function beginVanDagInNederland(dag: Date): Date {
  const gok = dag.getTime() - verschuivingMs(dag.getTime());
  return new Date(dag.getTime() - verschuivingMs(gok));
}
