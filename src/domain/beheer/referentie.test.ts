import { describe, expect, it } from "vitest";
import { brancheSchema, grensSchema } from "./referentie";

describe("grensSchema (R-VV-1)", () => {
  it("parses the limits in cents", () => {
    expect(grensSchema.parse({ jaar: "2026", perUur: "5,75", perMaand: "€ 220", perJaar: "2.200,00" })).toEqual({
      jaar: 2026,
      perUur: 575,
      perMaand: 22000,
      perJaar: 220000,
    });
  });
  it("refuses limits that contradict each other", () => {
    const r = grensSchema.safeParse({ jaar: "2026", perUur: "5,75", perMaand: "2", perJaar: "1" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path[0])).toEqual(["perMaand", "perJaar"]);
  });
});

describe("brancheSchema", () => {
  it("trims and checks the lengths", () => {
    expect(brancheSchema.parse({ naam: "  Bouw ", omschrijving: "Bouwen en klussen." })).toEqual({
      naam: "Bouw",
      omschrijving: "Bouwen en klussen.",
    });
    expect(brancheSchema.safeParse({ naam: "B", omschrijving: "" }).success).toBe(false);
  });
});
