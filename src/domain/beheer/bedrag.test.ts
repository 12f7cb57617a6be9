import { describe, expect, it } from "vitest";
import { centNaarInvoer, euroNaarCent, euroVeld, MAX_CENT } from "./bedrag";

// R-TAR-3: euro input becomes integer cents without floating point.
describe("euroNaarCent", () => {
  it.each([
    ["10,63", 1063],
    ["10.63", 1063],
    ["€ 10,63", 1063],
    ["€10,63", 1063],
    ["10,63 €", 1063],
    ["EUR 10,63", 1063],
    ["10,6", 1060],
    ["10.6", 1060],
    ["10", 1000],
    ["10,-", 1000],
    ["0,01", 1],
    ["007,86", 786],
    ["319,04", 31904],
    ["1.234,56", 123456],
    ["1,234.56", 123456],
    ["1.000.000", MAX_CENT],
    ["12.345,00", 1234500],
    ["  2100,00 ", 210000],
    ["1\u00a0900", 190000],
    ["0,29", 29], // 0.29 * 100 is 28.999999999999996 as a float
    ["1.000.000,00", MAX_CENT],
  ])("%j → %i cent", (invoer, cent) => {
    expect(euroNaarCent(invoer)).toEqual({ ok: true, cent });
  });

  it.each([
    ["", "Vul een bedrag in."],
    ["   ", "Vul een bedrag in."],
    ["abc", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["10 euro en 5 cent", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["10,", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["1e3", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["1.2.3", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["12.34,5.6", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["12.34,56", "Vul een bedrag in euro's in, bijvoorbeeld 10,63."],
    ["-5", "Een bedrag kan niet negatief zijn."],
    ["-10,63", "Een bedrag kan niet negatief zijn."],
    ["€ -10,63", "Een bedrag kan niet negatief zijn."],
    ["−3", "Een bedrag kan niet negatief zijn."],
    ["0", "Het bedrag moet hoger zijn dan € 0,00."],
    ["0,00", "Het bedrag moet hoger zijn dan € 0,00."],
    ["10,634", expect.stringMatching(/^Bedoel je 10,634 euro\?/)],
    ["10,6345", "Een bedrag heeft hoogstens 2 cijfers achter de komma."],
    ["1.234,567", "Een bedrag heeft hoogstens 2 cijfers achter de komma."],
    ["1000000,01", "Dit bedrag is te hoog. Het hoogste bedrag is € 1.000.000,00."],
    ["99999999999999999999", "Dit bedrag is te hoog. Het hoogste bedrag is € 1.000.000,00."],
  ])("refuses %j", (invoer, melding) => {
    expect(euroNaarCent(invoer)).toEqual({ ok: false, melding });
  });

  it("refuses a single separator before three digits: € 1.234 or € 1,234 would be a guess", () => {
    const r = euroNaarCent("1.234");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.melding).toBe(
        "Bedoel je 1.234 euro? Schrijf een bedrag boven de duizend euro met centen, zoals 1.234,00, of zonder punt, zoals 1234.",
      );
    expect(euroNaarCent("1,234").ok).toBe(false);
  });

  it("round-trips through centNaarInvoer", () => {
    for (const cent of [1, 29, 786, 1063, 31904, 210000, MAX_CENT]) {
      expect(euroNaarCent(centNaarInvoer(cent))).toEqual({ ok: true, cent });
    }
    expect(centNaarInvoer(1063)).toBe("10,63");
    expect(centNaarInvoer(5)).toBe("0,05");
    expect(() => centNaarInvoer(10.5)).toThrow();
  });

  it("euroVeld gives cents or the message as a zod issue", () => {
    expect(euroVeld.safeParse("€ 5,60")).toEqual({ success: true, data: 560 });
    const r = euroVeld.safeParse("abc");
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.message).toBe("Vul een bedrag in euro's in, bijvoorbeeld 10,63.");
  });
});
