import { describe, expect, it } from "vitest";
import { jaarVeld, maandformulierSchema } from "./invoer";

describe("the month form's fields named after the toewijzing (issue 12, 22)", () => {
  it("keeps filled-in hours with their reason and ticked fixed prices, in form order", () => {
    const r = maandformulierSchema.parse({
      maand: "2026-03",
      uren_t1: " 12 ",
      reden_t1: "Drukke weken",
      uren_t2: "  ",
      reden_t2: "vergeten",
      vasteprijs_t3: "ja",
      vasteprijs_t4: "nee",
      uren_t5: "x",
      iets: "anders",
    });
    expect(r).toEqual({
      maand: "2026-03",
      uren: [
        { toewijzingId: "t1", veld: "uren_t1", uren: " 12 ", reden: "Drukke weken" },
        { toewijzingId: "t5", veld: "uren_t5", uren: "x", reden: "" },
      ],
      vastePrijzen: [{ toewijzingId: "t3", veld: "vasteprijs_t3" }],
    });
  });

  it("refuses a form without a valid month, and ignores fields that are not text", () => {
    expect(maandformulierSchema.safeParse({ maand: "2026-13", uren_t1: "3" }).success).toBe(false);
    expect(maandformulierSchema.safeParse({ uren_t1: "3" }).success).toBe(false);
    expect(maandformulierSchema.parse({ maand: "2026-03", uren_t1: 3, vasteprijs_t2: ["ja"] })).toMatchObject({
      uren: [],
      vastePrijzen: [],
    });
  });

  it("reads a year from a URL", () => {
    expect(jaarVeld.parse("2026")).toBe(2026);
    expect(jaarVeld.safeParse("20x6").success).toBe(false);
  });
});
