import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import { omvangInUren } from "../declaratie/regels";
import {
  controleerBegindatum,
  controleerPrestatie,
  controleerStatusAanlevering,
  controleerTotaal,
  DECLARATIE_REGEL,
  maxVolume,
} from "./regels";

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
  it("a start outside the toewijzing, in plain words: OP033 is the StatusAanlevering rule, not a period check", () => {
    expect(controleerBegindatum("TW-2026-000001", d("2026-11-30"), t)).toMatch(/^De Begindatum 30 november 2026 ligt buiten/);
    expect(controleerBegindatum("TW-2026-000001", d("2026-12-01"), t)).toBeNull();
  });
  it("a correct line passes", () => {
    expect(controleerPrestatie(regel, jan)).toEqual([]);
  });
  // Issue 21 item 15: the standard's own rule ids (OP090 is the 3-working-day retour rule).
  it("a period over two months (TR319), an amount that is not volume × tariff (TR346), more than the omvang (TR321)", () => {
    expect(controleerPrestatie({ ...regel, einddatum: d("2027-02-02") }, jan).join(" ")).toMatch(
      /^TR319 \(retourcode 9319\): .*één kalendermaand/,
    );
    expect(controleerPrestatie({ ...regel, bedragCent: 31891 }, jan)[0]).toMatch(
      /^TR346 \(retourcode 9346\): .*GeleverdVolume × ProductTarief/,
    );
    expect(controleerPrestatie({ ...regel, volume: 40, bedragCent: 42520 }, jan)[0]).toMatch(
      /^TR321 \(retourcode 9321\): Prestatie R1 .*meer dan de toegewezen omvang \(36\)/,
    );
    expect(controleerPrestatie({ ...regel, volume: 40, bedragCent: 42520, boveOmvangToegestaan: true }, jan)).toEqual([]);
  });
  it("the total is debet minus credit", () => {
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
    ).toMatch(/^Het TotaalIngediendBedrag \(200 D\) is niet de som van de prestaties \(100 D\)/);
  });
  it("every rule id in a declaratie message is a technical rule of WJ001 for the WMO323, with its retourcode; none is OP090", () => {
    const wj001 = fs.readFileSync(path.resolve("standards/iwmo-3.2/codelijsten/WJ001_Retourcode.md"), "utf8");
    const rijen = wj001
      .split("\n")
      .filter((r) => /^\| \d{4} \|/.test(r))
      .map((r) => r.split("|").map((c) => c.trim()));
    for (const id of Object.values(DECLARATIE_REGEL)) {
      const [, tr, code] = /^(TR\d{3}) \(retourcode (\d{4})\)$/.exec(id)!;
      const rij = rijen.find((r) => r[1] === code);
      expect(rij, id).toBeDefined();
      expect(rij![3], id).toBe(tr);
      expect(rij![4], id).toContain("WMO323");
    }
    const alle = [
      ...controleerPrestatie(
        {
          ...regel,
          begindatum: d("2026-11-30"),
          einddatum: d("2027-02-02"),
          volume: 40,
          bedragCent: 1,
          toewijzing: { ...regel.toewijzing, einddatum: d("2027-01-31") },
        },
        jan,
      ),
      controleerTotaal(1, "D", [{ bedragCent: 2, debetCredit: "D" }])!,
    ];
    expect(alle.length).toBeGreaterThanOrEqual(6);
    for (const m of alle) expect(m).not.toMatch(/OP090/);
    expect(alle.map((m) => /^TR\d{3}/.exec(m)?.[0] ?? null)).toEqual(["TR319", "TR319", "TR307", "TR308", "TR346", "TR321", null]);
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
