import { describe, expect, it } from "vitest";
import { calendarDate as d } from "./calendar-date";
import { beginVanDagInNederland, lokaalMoment, nederlandsMoment, parseTijd } from "./tijdstip";

describe("parseTijd", () => {
  it("reads 9:30, 09.30 and 23:59; refuses 24:00 and 9:60", () => {
    expect(parseTijd("9:30")).toBe(570);
    expect(parseTijd("09.30")).toBe(570);
    expect(parseTijd("23:59")).toBe(1439);
    expect(parseTijd("24:00")).toBeNull();
    expect(parseTijd("9:60")).toBeNull();
    expect(parseTijd("")).toBeNull();
  });
});

describe("nederlandsMoment", () => {
  it("winter time is UTC+1, summer time UTC+2", () => {
    expect(nederlandsMoment(d("2027-01-15"), 10 * 60).toISOString()).toBe("2027-01-15T09:00:00.000Z");
    expect(nederlandsMoment(d("2027-07-15"), 10 * 60).toISOString()).toBe("2027-07-15T08:00:00.000Z");
  });
  it("on the day the clocks go forward (28 March 2027) 10:00 is already summer time", () => {
    expect(nederlandsMoment(d("2027-03-28"), 10 * 60).toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(nederlandsMoment(d("2027-03-28"), 60).toISOString()).toBe("2027-03-28T00:00:00.000Z");
  });
  it("just after midnight in winter is the evening before in UTC", () => {
    expect(nederlandsMoment(d("2026-12-02"), 30).toISOString()).toBe("2026-12-01T23:30:00.000Z");
  });
});

describe("beginVanDagInNederland", () => {
  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"], // winter time, UTC+1
    ["2026-07-01", "2026-06-30T22:00:00.000Z"], // summer time, UTC+2
    ["2026-03-29", "2026-03-28T23:00:00.000Z"], // the day summer time starts (at 02:00)
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["2026-10-25", "2026-10-24T22:00:00.000Z"], // the day winter time starts (at 03:00)
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
    ["2027-01-01", "2026-12-31T23:00:00.000Z"],
  ])("%s begins at %s", (dag, moment) => {
    expect(beginVanDagInNederland(new Date(`${dag}T00:00:00Z`)).toISOString()).toBe(moment);
  });
});

describe("lokaalMoment", () => {
  it("is the date and time on the Dutch wall clock (item 13)", () => {
    expect(lokaalMoment(new Date("2026-12-31T23:30:00Z"))).toEqual({ datum: "2027-01-01", tijd: "00:30:00" });
    expect(lokaalMoment(new Date("2027-07-15T08:05:09Z"))).toEqual({ datum: "2027-07-15", tijd: "10:05:09" });
  });
});
