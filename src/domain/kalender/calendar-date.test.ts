import { describe, expect, it } from "vitest";
import { addDays, addMonths, calendarDate, daysBetween, isCalendarDate, periodsOverlap, toIsoDate } from "./calendar-date";

const d = calendarDate;

describe("calendarDate", () => {
  it("is UTC midnight of that day", () => {
    expect(d("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
  it("refuses days that do not exist and other formats", () => {
    expect(() => d("2026-02-29")).toThrow();
    expect(() => d("2026-04-31")).toThrow();
    expect(() => d("1-3-2026")).toThrow();
    expect(() => d("2026-03-01T10:00:00Z")).toThrow();
  });
  it("accepts 29 February in a leap year", () => {
    expect(toIsoDate(d("2028-02-29"))).toBe("2028-02-29");
  });
});

describe("isCalendarDate", () => {
  it("only UTC midnight counts", () => {
    expect(isCalendarDate(new Date("2026-03-01T00:00:00Z"))).toBe(true);
    expect(isCalendarDate(new Date("2026-03-01T00:00:00+01:00"))).toBe(false);
    expect(isCalendarDate(new Date("invalid"))).toBe(false);
  });
  it("arithmetic throws on a time of day", () => {
    expect(() => addDays(new Date("2026-03-01T12:00:00Z"), 1)).toThrow();
  });
});

describe("addDays", () => {
  it("crosses months, years and the DST change without drifting", () => {
    expect(toIsoDate(addDays(d("2026-02-28"), 1))).toBe("2026-03-01");
    expect(toIsoDate(addDays(d("2026-12-31"), 1))).toBe("2027-01-01");
    expect(toIsoDate(addDays(d("2026-03-29"), -1))).toBe("2026-03-28");
    expect(toIsoDate(addDays(d("2026-05-01"), -42))).toBe("2026-03-20");
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-08-31", 6, "2027-03-01"], // 31 February does not exist → 1 March
    ["2027-08-31", 6, "2028-03-01"], // no 31 February in a leap year either
    ["2027-08-29", 6, "2028-02-29"], // 29 February exists in 2028
    ["2008-02-29", 216, "2026-03-01"], // 18 years: no 29 February in 2026
    ["2008-02-29", 192, "2024-02-29"], // 16 years: 2024 is a leap year
    ["2026-03-31", 1, "2026-05-01"], // 31 April does not exist
    ["2026-11-30", 3, "2027-03-01"], // 30 February does not exist
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-03-15", -3, "2025-12-15"],
  ] as const)("%s + %i months = %s", (van, maanden, tot) => {
    expect(toIsoDate(addMonths(d(van), maanden))).toBe(tot);
  });
});

describe("daysBetween", () => {
  it("counts calendar days", () => {
    expect(daysBetween(d("2026-01-01"), d("2026-12-31"))).toBe(364);
    expect(daysBetween(d("2026-03-20"), d("2026-05-01"))).toBe(42);
    expect(daysBetween(d("2026-05-01"), d("2026-03-20"))).toBe(-42);
  });
});

describe("periodsOverlap (inclusive)", () => {
  const a = { startdatum: d("2026-03-01"), einddatum: d("2026-08-31") };
  it("the next day does not overlap, the last day does", () => {
    expect(periodsOverlap(a, { startdatum: d("2026-09-01"), einddatum: d("2026-12-31") })).toBe(false);
    expect(periodsOverlap(a, { startdatum: d("2026-08-31"), einddatum: d("2026-12-31") })).toBe(true);
    expect(periodsOverlap(a, { startdatum: d("2026-01-01"), einddatum: d("2026-02-28") })).toBe(false);
    expect(periodsOverlap(a, { startdatum: d("2026-01-01"), einddatum: d("2026-03-01") })).toBe(true);
  });
  it("a period inside another overlaps", () => {
    expect(periodsOverlap(a, { startdatum: d("2026-05-01"), einddatum: d("2026-05-01") })).toBe(true);
  });
});
