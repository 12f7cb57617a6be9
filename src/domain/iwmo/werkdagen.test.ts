import { describe, expect, it } from "vitest";
import { calendarDate as d, toIsoDate } from "../kalender";
import { iwmoToewijzingNummer, portaalToewijzingnummer } from "./nummer";
import { isWerkdag, werkdagenNa } from "./werkdagen";

describe("working days for the iWmo reply times", () => {
  it("skips the weekend: 5 working days after Thursday 3 December 2026 is Thursday 10 December", () => {
    expect(toIsoDate(werkdagenNa(d("2026-12-03"), 5))).toBe("2026-12-10");
  });
  it("skips Koningsdag: 5 working days after Friday 23 April 2027 pass Tuesday 27 April and end Monday 3 May", () => {
    expect(isWerkdag(d("2027-04-27"))).toBe(false);
    expect(toIsoDate(werkdagenNa(d("2027-04-23"), 5))).toBe("2027-05-03");
  });
  it("skips Christmas, Nieuwjaarsdag and the weekend", () => {
    // 24 (Thu) 1, [25, 26, 27 holiday/weekend], 28 (Mon) 2, 29 3, 30 4, 31 5 → 31 December 2026.
    expect(toIsoDate(werkdagenNa(d("2026-12-23"), 5))).toBe("2026-12-31");
    // From Christmas Eve: 28, 29, 30, 31, [1 Jan holiday, 2–3 weekend], 4 January.
    expect(toIsoDate(werkdagenNa(d("2026-12-24"), 5))).toBe("2027-01-04");
  });
  it("counts Goede Vrijdag as a working day and Tweede paasdag not", () => {
    expect(isWerkdag(d("2026-04-03"))).toBe(true);
    expect(isWerkdag(d("2026-04-06"))).toBe(false);
  });
});

describe("the iWmo ToewijzingNummer", () => {
  it("maps TW-2026-000123 to 26000123 and back", () => {
    expect(iwmoToewijzingNummer("TW-2026-000123")).toBe(26000123);
    expect(portaalToewijzingnummer(26000123)).toBe("TW-2026-000123");
    expect(portaalToewijzingnummer("300201")).toBe("TW-2000-300201");
  });
  it("fits LDT_Nummer (at most 999 999 999) for every year 2000–2999", () => {
    expect(iwmoToewijzingNummer("TW-2999-999999")).toBe(999_999_999);
    expect(iwmoToewijzingNummer("TW-1999-000001")).toBeNull();
    expect(portaalToewijzingnummer(26000000)).toBeNull();
  });
});
