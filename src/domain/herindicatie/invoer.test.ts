import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { besluitSchema, herindicatieSchema, isLaat, standaardStart } from "./invoer";

// R-TOE-5: the herindicatie request and the contact person's decision.

const EIND = calendarDate("2026-06-30");
const START = calendarDate("2026-01-01");

describe("isLaat (R-TOE-5: at the latest 6 weeks before the end)", () => {
  it("on the 42nd day before the end it is on time; the day after, late", () => {
    expect(isLaat(calendarDate("2026-05-19"), EIND, START)).toBe(false);
    expect(isLaat(calendarDate("2026-05-20"), EIND, START)).toBe(true);
  });
  it("a toewijzing shorter than 6 weeks: due on its start", () => {
    expect(isLaat(calendarDate("2026-01-01"), calendarDate("2026-01-31"), START)).toBe(false);
    expect(isLaat(calendarDate("2026-01-02"), calendarDate("2026-01-31"), START)).toBe(true);
  });
});

describe("herindicatieSchema", () => {
  const geldig = {
    id: "tw1",
    reden: "Nog niet zelfstandig genoeg.",
    productCode: "OP_TREDE_3",
    voorgesteldeStart: "2026-07-01",
    voorgesteldeEind: "2027-06-30",
    urenPerWeek: "12",
  };
  it("reads a request; the proposed start is the day after the end by default", () => {
    const r = herindicatieSchema.parse(geldig);
    expect(r.urenPerWeek).toBe(12);
    expect(standaardStart(EIND)).toEqual(calendarDate("2026-07-01"));
  });
  it("needs a reason, a product and an end after the start", () => {
    const r = herindicatieSchema.safeParse({ ...geldig, reden: "", productCode: "", voorgesteldeEind: "2026-07-01" });
    expect(r.success).toBe(false);
    const velden = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(velden).toEqual(expect.arrayContaining(["reden", "productCode"]));
    expect(herindicatieSchema.safeParse({ ...geldig, voorgesteldeEind: "2026-07-01" }).success).toBe(false);
  });
});

describe("besluitSchema", () => {
  it("another product needs the product and a start date; ending needs neither", () => {
    const r = besluitSchema.safeParse({ id: "h1", besluit: "ANDER_PRODUCT", toelichting: "Past beter.", productCode: "", startdatum: "" });
    expect(r.success ? [] : r.error.issues.map((i) => i.path[0])).toEqual(["productCode", "startdatum"]);
    expect(besluitSchema.safeParse({ id: "h1", besluit: "BEEINDIGEN", toelichting: "Doel bereikt." }).success).toBe(true);
    expect(besluitSchema.safeParse({ id: "h1", besluit: "GOEDKEUREN", toelichting: "Doel bereikt." }).success).toBe(false);
  });
});
