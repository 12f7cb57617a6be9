import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import { controleerVerlenging, magVerlengen, startVerlenging, verlengingsnummer, type EerderePeriode } from "./verlenging";

const product = (code: string) => producten.find((p) => p.code === code)!;
const periode = (productCode: string, start: string, eind: string): EerderePeriode => ({
  productCode,
  startdatum: d(start),
  einddatum: d(eind),
});

describe("R-TOE-4 ontwikkeling: extended once", () => {
  const ontw = product("ONTW_4");
  const eerste = periode("ONTW_4", "2026-03-01", "2026-08-31");
  const verlengd = periode("ONTW_4", "2026-09-01", "2027-02-28");

  it("a first toewijzing needs no chain", () => {
    expect(controleerVerlenging(ontw, [], d("2026-03-01"))).toEqual([]);
    expect(verlengingsnummer([])).toBe(0);
  });
  it("the first verlenging is allowed, starting the day after", () => {
    expect(controleerVerlenging(ontw, [eerste], d("2026-09-01"))).toEqual([]);
    expect(verlengingsnummer([eerste])).toBe(1);
  });
  it("a second verlenging is refused", () => {
    expect(magVerlengen(ontw, [eerste, verlengd])).toBe(false);
    expect(controleerVerlenging(ontw, [eerste, verlengd], d("2027-03-01"))).toEqual([
      {
        regel: "R-TOE-4",
        veld: "productCode",
        melding: "Ontwikkeling naar trede 4 is al een keer verlengd. Een ontwikkeltraject kan maar één keer worden verlengd.",
      },
    ]);
  });
  it("refuses a start that leaves a gap or overlaps", () => {
    const melding =
      "Een verlenging begint op de dag na het einde van de vorige periode. Die eindigt op 31 augustus 2026, dus de startdatum is 1 september 2026.";
    expect(controleerVerlenging(ontw, [eerste], d("2026-09-02"))).toEqual([{ regel: "R-TOE-4", veld: "startdatum", melding }]);
    expect(controleerVerlenging(ontw, [eerste], d("2026-08-31"))).toEqual([{ regel: "R-TOE-4", veld: "startdatum", melding }]);
  });
  it("refuses a chain of another product", () => {
    expect(controleerVerlenging(ontw, [periode("ONTW_3", "2026-03-01", "2026-08-31")], d("2026-09-01"))).toMatchObject([
      { regel: "R-TOE-4", veld: "productCode" },
    ]);
  });
});

describe("R-TOE-4 op-trede: extended repeatedly", () => {
  const opTrede = product("OP_TREDE_3");
  const keten = [periode("OP_TREDE_3", "2022-01-01", "2023-12-31"), periode("OP_TREDE_3", "2024-01-01", "2025-12-31")];
  it("a third period (second verlenging) is allowed", () => {
    expect(controleerVerlenging(opTrede, keten, d("2026-01-01"))).toEqual([]);
    expect(verlengingsnummer(keten)).toBe(2);
  });
  it("a fourth period (third verlenging) too", () => {
    expect(controleerVerlenging(opTrede, [...keten, periode("OP_TREDE_3", "2026-01-01", "2026-06-30")], d("2026-07-01"))).toEqual([]);
  });
});

describe("R-TOE-4 oriëntatie: no verlenging", () => {
  it("is refused", () => {
    expect(controleerVerlenging(product("ORIENTATIE"), [periode("ORIENTATIE", "2026-01-01", "2026-03-31")], d("2026-04-01"))).toEqual([
      { regel: "R-TOE-4", veld: "productCode", melding: "Oriëntatie kan niet worden verlengd." },
    ]);
  });
});

describe("startVerlenging", () => {
  it("is the day after the latest end, whatever the order of the chain", () => {
    expect(startVerlenging([periode("X", "2026-09-01", "2027-02-28"), periode("X", "2026-03-01", "2026-08-31")])).toEqual(d("2027-03-01"));
    expect(startVerlenging([periode("X", "2026-07-01", "2026-12-31")])).toEqual(d("2027-01-01"));
  });
  it("needs a chain", () => {
    expect(() => startVerlenging([])).toThrow();
  });
});
