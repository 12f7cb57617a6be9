import { describe, expect, it } from "vitest";
import { REDENEN_BEEINDIGING, redenBeeindiging, redenBijIwmoCode, redenenVoorAanbieder } from "./reden-beeindiging";

// WMO588 (iWmo 3.2), typed over by hand from the codelijst.
describe("reden beëindiging (WMO588)", () => {
  it.each([
    ["VOLGENS_PLAN", "19"],
    ["VOORTIJDIG_IN_OVERLEG", "23"],
    ["EENZIJDIG_INWONER", "21"],
    ["EENZIJDIG_AANBIEDER", "22"],
    ["ANDERE_AANBIEDER", "38"],
    ["DOOR_GEMEENTE", "36"],
    ["OVERLEDEN", "02"],
  ] as const)("%s is code %s", (key, code) => {
    expect(redenBeeindiging(key).iwmoCode).toBe(code);
    expect(redenBijIwmoCode(code)?.key).toBe(key);
  });
  it("keys and codes are unique, codes are two digits", () => {
    expect(new Set(REDENEN_BEEINDIGING.map((r) => r.key)).size).toBe(REDENEN_BEEINDIGING.length);
    expect(new Set(REDENEN_BEEINDIGING.map((r) => r.iwmoCode)).size).toBe(REDENEN_BEEINDIGING.length);
    for (const r of REDENEN_BEEINDIGING) expect(r.iwmoCode).toMatch(/^\d{2}$/);
  });
  it("an unknown code is not guessed", () => {
    expect(redenBijIwmoCode("01")).toBeNull();
    expect(redenBijIwmoCode("19 ")).toBeNull();
  });
  it("the aanbieder cannot pick the gemeente's reasons", () => {
    const codes = redenenVoorAanbieder().map((r) => r.iwmoCode);
    expect(codes).not.toContain("36");
    expect(codes).not.toContain("37");
    expect(codes).toContain("19");
  });
});
