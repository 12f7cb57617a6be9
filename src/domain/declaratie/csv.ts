// CSV for spreadsheets in Dutch settings (issue 12, ADR 0019): UTF-8 with a byte order mark (so
// Excel reads é and € correctly), ";" between fields (the list separator where "," is the decimal
// sign), amounts with a decimal comma and no thousands separator, dates as DD-MM-YYYY, CRLF line
// ends (RFC 4180). A field with ; " or a line break is quoted, quotes doubled. A field starting
// with = + - @ is prefixed with ' so no spreadsheet runs it as a formula (names, reasons).

export const BOM = "\uFEFF";

/** 1063 → "10,63"; -1063 → "-10,63"; no thousands separator. */
export function centAlsDecimaal(cent: number): string {
  if (!Number.isInteger(cent)) throw new Error("Bedragen zijn hele centen");
  const teken = cent < 0 ? "-" : "";
  const a = Math.abs(cent);
  return `${teken}${Math.floor(a / 100)},${String(a % 100).padStart(2, "0")}`;
}

/** A calendar date as DD-MM-YYYY. */
export function csvDatum(d: Date): string {
  const iso = d.toISOString().slice(0, 10);
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

type Waarde = string | number | null;

function veld(w: Waarde, isBedrag: boolean): string {
  if (w === null) return "";
  let t = typeof w === "number" ? (isBedrag ? centAlsDecimaal(w) : String(w)) : w;
  if (typeof w === "string" && /^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** `bedragen`: the column names whose numbers are cents. */
export function naarCsv(koppen: string[], rijen: Waarde[][], bedragen: string[] = []): string {
  const isBedrag = koppen.map((k) => bedragen.includes(k));
  const regels = [koppen.map((k) => veld(k, false)).join(";"), ...rijen.map((r) => r.map((w, i) => veld(w, isBedrag[i]!)).join(";"))];
  return `${BOM}${regels.join("\r\n")}\r\n`;
}

/** A file name for Content-Disposition: letters, digits, - and _ only. */
export function bestandsnaam(basis: string): string {
  return `${basis.replace(/[^A-Za-z0-9_-]+/g, "-")}.csv`;
}
