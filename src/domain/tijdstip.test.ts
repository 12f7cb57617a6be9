import { describe, expect, it } from "vitest";
import { nederlandsMoment, parseTijd } from "./tijdstip";
import { calendarDate as d } from "./toewijzing/calendar-date";

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
