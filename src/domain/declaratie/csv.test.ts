import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { BOM, bestandsnaam, centAlsDecimaal, csvDatum, naarCsv } from "./csv";

describe("CSV for a Dutch spreadsheet", () => {
  it("writes amounts with a decimal comma, negative credits too, no thousands separator", () => {
    expect([centAlsDecimaal(1063), centAlsDecimaal(-1063), centAlsDecimaal(5), centAlsDecimaal(123456789)]).toEqual([
      "10,63",
      "-10,63",
      "0,05",
      "1234567,89",
    ]);
  });
  it("starts with a BOM, separates with ; and ends lines with CRLF", () => {
    const csv = naarCsv(["Regel", "Bedrag (€)"], [["DR-1", 53163]], ["Bedrag (€)"]);
    expect(csv).toBe(`${BOM}Regel;Bedrag (€)\r\nDR-1;531,63\r\n`);
  });
  it("quotes ; and quotes, and defuses formulas", () => {
    expect(naarCsv(["a"], [['Zei "ja"; echt'], ["=SOM(A1)"]])).toBe(`${BOM}a\r\n"Zei ""ja""; echt"\r\n'=SOM(A1)\r\n`);
  });
  it("dates as DD-MM-YYYY and a safe file name", () => {
    expect(csvDatum(calendarDate("2026-03-01"))).toBe("01-03-2026");
    expect(bestandsnaam("betaalrun BR-2026-0001")).toBe("betaalrun-BR-2026-0001.csv");
  });
});
