import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../toewijzing/calendar-date";
import { omvangInUren } from "../declaratie/regels";
import { controleerBegindatum, controleerPrestatie, controleerStatusAanlevering, controleerTotaal, maxVolume } from "./regels";

const t = { startdatum: d("2026-12-01"), einddatum: d("2027-05-31") };
const regel = {
  referentie: "R1",
  nummer: "TW-2026-000001",
  begindatum: d("2027-01-01"),
  einddatum: d("2027-01-31"),
  volume: 30,
  tariefCent: 1063,
  bedragCent: 31890,
  toewijzing: { ...t, maxVolume: 36 },
};
const jan = { begindatum: d("2027-01-01"), einddatum: d("2027-01-31") };

describe("iWmo rules the XSD cannot express", () => {
  it("OP033x2: status 2 refused in a 305/307", () => {
    expect(controleerStatusAanlevering("StartProduct 1", "2")).toMatch(/^OP033x2: StartProduct 1/);
    expect(controleerStatusAanlevering("StartProduct 1", "1")).toBeNull();
  });
  it("OP033: a start outside the toewijzing", () => {
    expect(controleerBegindatum("TW-2026-000001", d("2026-11-30"), t)).toMatch(/^OP033: de Begindatum 30 november 2026 ligt buiten/);
    expect(controleerBegindatum("TW-2026-000001", d("2026-12-01"), t)).toBeNull();
  });
  it("OP090: a correct line passes", () => {
    expect(controleerPrestatie(regel, jan)).toEqual([]);
  });
  it("OP090: a period over two months, an amount that is not volume × tariff, more than the omvang", () => {
    expect(controleerPrestatie({ ...regel, einddatum: d("2027-02-02") }, jan).join(" ")).toMatch(/één kalendermaand/);
    expect(controleerPrestatie({ ...regel, bedragCent: 31891 }, jan)[0]).toMatch(/^OP090: .*GeleverdVolume × ProductTarief/);
    expect(controleerPrestatie({ ...regel, volume: 40, bedragCent: 42520 }, jan)[0]).toMatch(
      /^Prestatie R1 .*meer dan de toegewezen omvang \(36\)/,
    );
    expect(controleerPrestatie({ ...regel, volume: 40, bedragCent: 42520, boveOmvangToegestaan: true }, jan)).toEqual([]);
  });
  it("OP090: the total is debet minus credit", () => {
    expect(
      controleerTotaal(100, "D", [
        { bedragCent: 150, debetCredit: "D" },
        { bedragCent: 50, debetCredit: "C" },
      ]),
    ).toBeNull();
    expect(
      controleerTotaal(200, "D", [
        { bedragCent: 150, debetCredit: "D" },
        { bedragCent: 50, debetCredit: "C" },
      ]),
    ).toMatch(/^OP090/);
  });
  it("the most a month may declare: 8 hours a week in January is 40 (five Fridays: the portal's R-DEC-1 extent), output 1 in total", () => {
    expect(maxVolume({ volume: 8, frequentie: "2" }, d("2027-01-01"), d("2027-01-31"))).toBe(40);
    expect(maxVolume({ volume: 12, frequentie: "2" }, d("2027-02-01"), d("2027-02-28"))).toBe(48);
    for (const dagen of [1, 6, 7, 8, 20, 28, 29, 30, 31])
      expect(maxVolume({ volume: 12, frequentie: "2" }, d("2027-03-01"), d(`2027-03-${String(dagen).padStart(2, "0")}`))).toBe(
        omvangInUren(12, dagen),
      );
    expect(maxVolume({ volume: 1, frequentie: "6" }, d("2027-01-01"), d("2027-01-31"))).toBe(1);
    expect(maxVolume(null, d("2027-01-01"), d("2027-01-31"))).toBeNull();
  });
});
