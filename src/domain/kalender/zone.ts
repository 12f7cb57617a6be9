// The one place that knows the portal's clock is the Dutch one. Every "what day / year / time is
// it in the Netherlands" question reads the wall clock of Europe/Amsterdam through inNederland;
// display formatters (../format.ts) use the same zone constant.

export const NEDERLANDSE_TIJDZONE = "Europe/Amsterdam";

/** An instant as the wall clock in the Netherlands shows it (month 1–12, hour 0–23). */
export type Wandklok = { jaar: number; maand: number; dag: number; uur: number; minuut: number; seconde: number };

const delen = new Intl.DateTimeFormat("en-US", {
  timeZone: NEDERLANDSE_TIJDZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** The parts of an instant in the Netherlands (CET/CEST): 2026-12-31T23:30Z is 1 January 2027, 00:30. */
export function inNederland(instant: Date): Wandklok {
  const p = Object.fromEntries(delen.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    jaar: Number(p.year),
    maand: Number(p.month),
    dag: Number(p.day),
    uur: Number(p.hour),
    minuut: Number(p.minute),
    seconde: Number(p.second),
  };
}

/** Milliseconds the Netherlands is ahead of UTC at this instant (one or two hours since 1940). */
export function verschilMetUtc(instant: Date): number {
  const k = inNederland(instant);
  const alsUtc = Date.UTC(k.jaar, k.maand - 1, k.dag, k.uur, k.minuut, k.seconde);
  return alsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
