import { describe, expect, it } from "vitest";
import { huidigJaar, jaarIsBegonnen, jaarVeld } from "./jaar";

describe("jaarVeld", () => {
  it.each([
    ["2020", 2020],
    ["2026", 2026],
    [" 2100 ", 2100],
  ])("accepts %j", (v, jaar) => {
    expect(jaarVeld.safeParse(v)).toEqual({ success: true, data: jaar });
  });
  it.each(["2019", "2101", "26", "20266", "2026.5", "abc", "", "-2026"])("refuses %j with a Dutch message", (v) => {
    const r = jaarVeld.safeParse(v);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.message).toBe("Vul een jaar in tussen 2020 en 2100, bijvoorbeeld 2026.");
  });
});

describe("the year is the Dutch calendar year", () => {
  it("on New Year's Eve 23:30 UTC it is already the next year in Apeldoorn", () => {
    expect(huidigJaar(new Date("2026-12-31T22:59:59Z"))).toBe(2026);
    expect(huidigJaar(new Date("2026-12-31T23:00:00Z"))).toBe(2027);
  });
  it("a year has begun from its first day on, and stays begun", () => {
    const nu = new Date("2026-11-22T12:00:00Z");
    expect(jaarIsBegonnen(2025, nu)).toBe(true);
    expect(jaarIsBegonnen(2026, nu)).toBe(true);
    expect(jaarIsBegonnen(2027, nu)).toBe(false);
    expect(jaarIsBegonnen(2027, new Date("2026-12-31T23:00:00Z"))).toBe(true);
  });
});
