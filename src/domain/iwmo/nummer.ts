import { maakToewijzingnummer, parseToewijzingnummer } from "../toewijzing/nummer";

// The iWmo ToewijzingNummer is an LDT_Nummer: an integer 0–999 999 999 (basisschema.xsd). The
// portal's "TW-2026-000123" does not fit as it is (2026000123 is too big), so it is sent as
// (year − 2000) × 1 000 000 + sequence: 26000123. Every year 2000–2999 maps one to one, and the
// number reads back to the same toewijzing (docs/decisions/0020).

/** "TW-2026-000123" → 26000123; null for something that is not a portal toewijzingnummer. */
export function iwmoToewijzingNummer(nummer: string): number | null {
  const n = parseToewijzingnummer(nummer);
  if (!n || n.jaar < 2000 || n.jaar > 2999) return null;
  return (n.jaar - 2000) * 1_000_000 + n.volgnummer;
}

/** 26000123 → "TW-2026-000123"; null when the number cannot be one of the portal's. */
export function portaalToewijzingnummer(iwmo: number | string): string | null {
  const n = typeof iwmo === "number" ? iwmo : /^\d{1,9}$/.test(iwmo.trim()) ? Number(iwmo.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 999_999_999) return null;
  const volgnummer = n % 1_000_000;
  if (volgnummer === 0) return null;
  return maakToewijzingnummer(2000 + Math.floor(n / 1_000_000), volgnummer);
}
