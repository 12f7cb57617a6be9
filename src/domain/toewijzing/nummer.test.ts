import { describe, expect, it } from "vitest";
import { isToewijzingnummer, maakOrientatienummer, maakToewijzingnummer, nummerBegin, parseToewijzingnummer } from "./nummer";

describe("maakToewijzingnummer", () => {
  it("pads the sequence to six digits", () => {
    expect(maakToewijzingnummer(2026, 123)).toBe("TW-2026-000123");
    expect(maakToewijzingnummer(2026, 1)).toBe("TW-2026-000001");
    expect(maakToewijzingnummer(2026, 999999)).toBe("TW-2026-999999");
  });
  it("refuses what does not fit", () => {
    expect(() => maakToewijzingnummer(2026, 0)).toThrow();
    expect(() => maakToewijzingnummer(2026, 1_000_000)).toThrow();
    expect(() => maakToewijzingnummer(2026, 1.5)).toThrow();
    expect(() => maakToewijzingnummer(26, 1)).toThrow();
    expect(() => maakToewijzingnummer(10000, 1)).toThrow();
  });
  it("always has 14 characters", () => {
    expect(maakToewijzingnummer(2026, 1)).toHaveLength(14);
    expect(maakToewijzingnummer(9999, 999999)).toHaveLength(14);
  });
});

describe("parseToewijzingnummer", () => {
  it("reads what maakToewijzingnummer writes", () => {
    expect(parseToewijzingnummer("TW-2026-000123")).toEqual({ jaar: 2026, volgnummer: 123 });
    expect(parseToewijzingnummer(maakToewijzingnummer(2031, 45678))).toEqual({ jaar: 2031, volgnummer: 45678 });
  });
  it("forgives case and surrounding spaces", () => {
    expect(parseToewijzingnummer("  tw-2026-000123 ")).toEqual({ jaar: 2026, volgnummer: 123 });
  });
  it.each([
    ["TW-2026-123"], // not padded
    ["TW-2026-0000123"], // seven digits
    ["TW-2026-000000"], // sequence 0 is never issued
    ["TW-0999-000001"], // year below 1000
    ["TW 2026 000123"], // spaces instead of hyphens
    ["2026-000123"], // no prefix
    ["TW-2026-000123-1"],
    [""],
  ])("refuses %j", (s) => {
    expect(parseToewijzingnummer(s)).toBeNull();
    expect(isToewijzingnummer(s)).toBe(false);
  });
});

describe("maakOrientatienummer", () => {
  it("has the toewijzingnummer's shape with its own prefix", () => {
    expect(maakOrientatienummer(2026, 1)).toBe("OR-2026-000001");
    expect(maakOrientatienummer(2026, 999999)).toHaveLength(14);
    expect(nummerBegin("OR", 2026)).toBe("OR-2026-");
    expect(parseToewijzingnummer(maakOrientatienummer(2026, 1))).toBeNull();
  });
  it("refuses what does not fit, like the toewijzingnummer", () => {
    expect(() => maakOrientatienummer(2026, 0)).toThrow();
    expect(() => maakOrientatienummer(2026, 1_000_000)).toThrow();
  });
});
