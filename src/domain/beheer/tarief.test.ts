import { describe, expect, it } from "vitest";
import { correctieSchema, dubbelTariefMelding, tariefCorrigeerbaar, tariefSchema } from "./tarief";

const nu = new Date("2026-11-22T12:00:00Z");

describe("R-TAR-2: only a tariff of a year that has not begun may be corrected", () => {
  it.each([
    [2024, false],
    [2026, false],
    [2027, true],
    [2100, true],
  ])("%i → %s", (jaar, kan) => {
    expect(tariefCorrigeerbaar(jaar, nu)).toBe(kan);
  });
  it("explains a duplicate for a running, a past and a future year", () => {
    expect(dubbelTariefMelding("Ontwikkeling naar trede 4", 2026, 35000, nu)).toBe(
      "Voor Ontwikkeling naar trede 4 is al een tarief voor 2026 vastgelegd (€ 350,00). Er is maar één tarief per product per jaar. Het kan niet meer worden gewijzigd: 2026 is al begonnen en toewijzingen en declaraties rekenen met dit tarief.",
    );
    expect(dubbelTariefMelding("Werkplek op trede 3", 2024, 1063, nu)).toMatch(/2024 is voorbij/);
    expect(dubbelTariefMelding("Werkplek op trede 3", 2027, 1063, nu)).toMatch(/Pas het aan bij 'Tarief corrigeren'\.$/);
  });
});

describe("tariff form schemas", () => {
  it("parse euros into cents (R-TAR-3)", () => {
    expect(tariefSchema.parse({ productCode: "ONTW_4", jaar: "2026", bedrag: "€ 350,00" })).toEqual({
      productCode: "ONTW_4",
      jaar: 2026,
      bedrag: 35000,
    });
    expect(correctieSchema.parse({ tarief: "OP_TREDE_3:2027", bedrag: "10,9" })).toEqual({
      tarief: { productCode: "OP_TREDE_3", jaar: 2027 },
      bedrag: 1090,
    });
  });
  it("refuse a malformed product or tariff key", () => {
    expect(tariefSchema.safeParse({ productCode: "'; drop", jaar: "2026", bedrag: "1" }).success).toBe(false);
    expect(correctieSchema.safeParse({ tarief: "ONTW_4", bedrag: "1" }).success).toBe(false);
  });
});
