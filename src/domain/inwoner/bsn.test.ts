import { describe, expect, it } from "vitest";
import { isGeldigBsn, maskeerBsn, normaliseerBsn, parseBsn } from "./bsn";

// Elfproef sums worked out by hand: 9×d1 + 8×d2 + 7×d3 + 6×d4 + 5×d5 + 4×d6 + 3×d7 + 2×d8 − d9.
describe("isGeldigBsn (elfproef)", () => {
  it.each([
    // 9+8+7+12+10+8+9+6 − 3 = 66 = 6×11
    ["111222333"],
    // 9+16+21+24+25+24+21+16 − 2 = 154 = 14×11
    ["123456782"],
    // 9×(9+8+7+6+5+4+3+2) − 0 = 396 = 36×11
    ["999999990"],
    // 0+8+14+18+20+20+18+14 − 2 = 110 = 10×11
    ["012345672"],
  ])("accepts %s", (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each([
    // 156 − 9 = 147, 147 mod 11 = 4
    ["123456789", "sum not divisible by 11"],
    // 66 − 4 + 3 = 65: one digit off
    ["111222334", "last digit changed"],
    // 8+18+21+24+25+24+21+16 − 2 = 155 (first two digits swapped): the elfproef catches transpositions
    ["213456782", "two digits swapped"],
    ["000000000", "all zeros (sum 0, but never issued)"],
    ["12345678", "eight digits (not normalised)"],
    ["1234567820", "ten digits"],
    ["123 456 782", "spaces (not normalised)"],
    ["12345678a", "a letter"],
    ["", "empty"],
  ])("refuses %s (%s)", (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });
});

describe("normaliseerBsn", () => {
  it("removes spaces, dots and hyphens", () => {
    expect(normaliseerBsn(" 1234.56.782 ")).toBe("123456782");
    expect(normaliseerBsn("123 456 782")).toBe("123456782");
    expect(normaliseerBsn("123-456-782")).toBe("123456782");
  });
  it("gives eight digits a leading zero", () => {
    expect(normaliseerBsn("12345672")).toBe("012345672");
    expect(normaliseerBsn("1234.5672")).toBe("012345672");
  });
  it("refuses what cannot be a BSN", () => {
    expect(normaliseerBsn("1234567")).toBeNull();
    expect(normaliseerBsn("1234567890")).toBeNull();
    expect(normaliseerBsn("12345678x")).toBeNull();
    expect(normaliseerBsn("")).toBeNull();
  });
});

describe("parseBsn", () => {
  it("normalises and validates", () => {
    expect(parseBsn("1234 56 782")).toEqual({ ok: true, bsn: "123456782" });
    expect(parseBsn("12345672")).toEqual({ ok: true, bsn: "012345672" });
  });
  it("explains what is wrong, in Dutch", () => {
    expect(parseBsn("  ")).toEqual({ ok: false, melding: "Vul het BSN in." });
    expect(parseBsn("12345")).toEqual({ ok: false, melding: "Een BSN bestaat uit 9 cijfers." });
    expect(parseBsn("123456789")).toMatchObject({ ok: false, melding: expect.stringContaining("klopt niet") });
  });
});

describe("maskeerBsn", () => {
  it("shows only the last four digits", () => {
    expect(maskeerBsn("123456782")).toBe("*****6782");
    expect(maskeerBsn("12345672")).toBe("*****5672");
  });
  it("never shows a malformed value", () => {
    expect(maskeerBsn("12345")).toBe("*********");
    expect(maskeerBsn("geheim")).toBe("*********");
  });
});
