import { describe, expect, it } from "vitest";
import { calendarDate as d } from "./calendar-date";
import { eindigtBinnenkort, termijnen, termijnStatus } from "./termijnen";

// R-TOE-5 / R-EV-1. Worked out by hand: 31 August 2026 − 42 days: August gives 31 days back to
// 31 July, 11 more to 20 July.
describe("termijnen", () => {
  it("all three are due 42 days before the einddatum", () => {
    expect(termijnen(d("2026-08-31"))).toEqual({
      eindverantwoording: d("2026-07-20"),
      evaluatiegesprek: d("2026-07-20"),
      herindicatie: d("2026-07-20"),
    });
  });
  it("crosses a year boundary: 10 February 2027 − 42 days = 30 December 2026", () => {
    // February: 10 days back to 31 January; January: 31 days back to 31 December; 1 more.
    expect(termijnen(d("2027-02-10")).eindverantwoording).toEqual(d("2026-12-30"));
  });
  it("never before the start of a short toewijzing", () => {
    expect(termijnen(d("2026-03-31"), d("2026-03-01")).eindverantwoording).toEqual(d("2026-03-01"));
    // 42 days before 12 April 2026 is exactly 1 March 2026: unchanged.
    expect(termijnen(d("2026-04-12"), d("2026-03-01")).eindverantwoording).toEqual(d("2026-03-01"));
    expect(termijnen(d("2026-08-31"), d("2026-03-01")).eindverantwoording).toEqual(d("2026-07-20"));
  });
});

describe("termijnStatus", () => {
  const termijn = d("2026-07-20");
  it("on the due day it is not late yet; the day after it is", () => {
    expect(termijnStatus(d("2026-07-20"), termijn)).toBe("binnenkort");
    expect(termijnStatus(d("2026-07-21"), termijn)).toBe("verlopen");
  });
  it("exactly 6 weeks ahead is 'binnenkort', one day more is 'later'", () => {
    // 20 July − 42 days = 8 June; − 43 days = 7 June.
    expect(termijnStatus(d("2026-06-08"), termijn)).toBe("binnenkort");
    expect(termijnStatus(d("2026-06-07"), termijn)).toBe("later");
  });
});

describe("eindigtBinnenkort", () => {
  const vandaag = d("2026-06-01");
  it("ends on day 42 from today: yes; on day 43: no", () => {
    // 1 June + 42 days = 13 July (29 days to 30 June, 13 more).
    expect(eindigtBinnenkort(d("2026-07-13"), vandaag)).toBe(true);
    expect(eindigtBinnenkort(d("2026-07-14"), vandaag)).toBe(false);
  });
  it("ending today counts, ended yesterday does not", () => {
    expect(eindigtBinnenkort(d("2026-06-01"), vandaag)).toBe(true);
    expect(eindigtBinnenkort(d("2026-05-31"), vandaag)).toBe(false);
  });
});
