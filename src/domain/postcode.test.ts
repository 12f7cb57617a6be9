import { describe, expect, it } from "vitest";
import { parsePostcode } from "./postcode";

describe("parsePostcode", () => {
  it.each([
    ["7311", "7311", null, "7311"],
    ["7311AB", "7311", "AB", "7311 AB"],
    ["7311 ab", "7311", "AB", "7311 AB"],
    ["  7311   Ab ", "7311", "AB", "7311 AB"],
    ["1000", "1000", null, "1000"],
    ["9999ZZ", "9999", "ZZ", "9999 ZZ"],
  ])("accepts %j", (invoer, pc4, letters, weergave) => {
    const r = parsePostcode(invoer);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.postcode.pc4).toBe(pc4);
      expect(r.postcode.letters).toBe(letters);
      expect(r.postcode.weergave).toBe(weergave);
    }
  });

  it.each(["", "   ", "0311", "731", "73111", "7311A", "7311ABC", "AB7311", "7311-AB", "7311 SS", "7311sa", "<script>"])(
    "refuses %j with a Dutch message",
    (invoer) => {
      const r = parsePostcode(invoer);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.melding).toMatch(/postcode/i);
    },
  );

  it("stores the normalised form without a space", () => {
    const r = parsePostcode("7311 ab");
    expect(r.ok && r.postcode.genormaliseerd).toBe("7311AB");
  });
});
