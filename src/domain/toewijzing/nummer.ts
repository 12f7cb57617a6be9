// The toewijzingnummer: "TW-2026-000123" — the year of issue and a sequence number that starts at 1
// each year (the server hands out the next number). It is sent as the iWmo ToewijzingNummer
// (R-IWMO, datatype LDT_Nummer). The format is always 14 characters of capitals, digits and
// hyphens; the exact length and character limits of LDT_Nummer are still to be checked against
// the iWmo 3.2 basisschema before the first message is sent. The prefix lets staff and aanbieders
// recognise the number on the phone and in mail. The oriëntatie (no toewijzing, no iWmo) has the
// same shape with its own prefix, "OR-2026-000001" (ADR 0018).

const PATROON = /^TW-(\d{4})-(\d{6})$/;
export const MAX_VOLGNUMMER = 999_999;

export type Toewijzingnummer = { jaar: number; volgnummer: number };

/** The prefixes of the numbered records: toewijzing and oriëntatie. */
export type Nummersoort = "TW" | "OR";

/** (2026, 123) → "TW-2026-000123". Throws on a year outside 1000–9999 or a number outside 1–999999. */
export function maakToewijzingnummer(jaar: number, volgnummer: number): string {
  return maakNummer("TW", jaar, volgnummer);
}

/** (2026, 1) → "OR-2026-000001", the oriëntatie's number; the same rules as the toewijzingnummer. */
export function maakOrientatienummer(jaar: number, volgnummer: number): string {
  return maakNummer("OR", jaar, volgnummer);
}

/** What every number of this kind in the year `jaar` starts with ("OR-2026-"), to count them. */
export function nummerBegin(soort: Nummersoort, jaar: number): string {
  return `${soort}-${jaar}-`;
}

function maakNummer(soort: Nummersoort, jaar: number, volgnummer: number): string {
  if (!Number.isInteger(jaar) || jaar < 1000 || jaar > 9999) throw new Error(`Year out of range: ${jaar}`);
  if (!Number.isInteger(volgnummer) || volgnummer < 1 || volgnummer > MAX_VOLGNUMMER)
    throw new Error(`Sequence number out of range: ${volgnummer}`);
  return `${nummerBegin(soort, jaar)}${String(volgnummer).padStart(6, "0")}`;
}

/** " tw-2026-000123 " → { jaar: 2026, volgnummer: 123 }; null when it is not a toewijzingnummer. */
export function parseToewijzingnummer(invoer: string): Toewijzingnummer | null {
  const m = PATROON.exec(invoer.trim().toUpperCase());
  if (!m) return null;
  const jaar = Number(m[1]);
  const volgnummer = Number(m[2]);
  if (jaar < 1000 || volgnummer < 1) return null;
  return { jaar, volgnummer };
}

export function isToewijzingnummer(invoer: string): boolean {
  return parseToewijzingnummer(invoer) !== null;
}
