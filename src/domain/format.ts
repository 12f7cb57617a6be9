// Dutch formatting of money and dates: "€ 10,63", "22 november 2026".
import { NEDERLANDSE_TIJDZONE } from "./kalender/zone";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const datum = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: NEDERLANDSE_TIJDZONE });
const aantal = new Intl.NumberFormat("nl-NL");

/** R-TAR-3: money is integer cents; this is the only place it becomes text. */
export function formatEuro(cent: number): string {
  if (!Number.isInteger(cent)) throw new Error("Bedragen zijn hele centen");
  // Intl uses a no-break space after the euro sign; a normal space reads the same and copies better.
  return euro.format(cent / 100).replace(/\u00a0/g, " ");
}

export function formatDatum(d: Date): string {
  return datum.format(d);
}

export function formatAantal(n: number): string {
  return aantal.format(n);
}

/** "1 werkplek", "2 werkplekken" */
export function meervoud(n: number, enkel: string, meer: string): string {
  return `${formatAantal(n)} ${n === 1 ? enkel : meer}`;
}

const tijd = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: NEDERLANDSE_TIJDZONE });
const tijdMetSeconden = new Intl.DateTimeFormat("nl-NL", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: NEDERLANDSE_TIJDZONE,
});

/** "14:05", in Dutch time; with `seconden` "14:05:09". */
export function formatTijd(d: Date, { seconden = false } = {}): string {
  return (seconden ? tijdMetSeconden : tijd).format(d);
}

/** "1 december 2026 om 14:05", in Dutch time; with `seconden` "… om 14:05:09" (the audit log). */
export function formatTijdstip(d: Date, { seconden = false } = {}): string {
  return `${datum.format(d)} om ${formatTijd(d, { seconden })}`;
}
