import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import {
  eindigtBinnenkort,
  nooitGestart,
  telt,
  termijnen,
  termijnStatus,
  termijnTekst,
  termijnToestand,
  trajectTermijnen,
  vraagtAandacht,
  vroegGestopt,
  type TermijnSoort,
  type TermijnToestand,
  type TrajectFeiten,
} from "./termijnen";

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

// Issue 11 (ADR 0015): true deadlines with a state.
describe("termijnToestand", () => {
  const uiterlijk = d("2026-07-20");
  it("open on the deadline day, late the day after", () => {
    expect(termijnToestand(d("2026-07-20"), uiterlijk, null)).toBe("open");
    expect(termijnToestand(d("2026-07-21"), uiterlijk, null)).toBe("te-laat");
  });
  it("done on the deadline day is on time; done the day after is late", () => {
    expect(termijnToestand(d("2026-09-01"), uiterlijk, d("2026-07-20"))).toBe("gedaan");
    expect(termijnToestand(d("2026-09-01"), uiterlijk, d("2026-07-21"))).toBe("te-laat-gedaan");
  });
});

describe("trajectTermijnen", () => {
  const basis: TrajectFeiten = {
    startdatum: d("2026-03-01"),
    einddatum: d("2026-08-31"),
    beeindigdOp: null,
    evIngediendOp: null,
    evaluatieGeplandOp: null,
    herindicatieIngediendOp: null,
  };
  const op = (f: Partial<TrajectFeiten>, vandaag: string) =>
    Object.fromEntries(trajectTermijnen({ ...basis, ...f }, d(vandaag)).map((t) => [t.soort, [t.toestand, t.uiterlijk, t.op]])) as Record<
      TermijnSoort,
      [TermijnToestand, Date, Date | null]
    >;

  it("all three open up to 20 July, late from 21 July", () => {
    expect(op({}, "2026-07-20")).toEqual({
      eindverantwoording: ["open", d("2026-07-20"), null],
      evaluatiegesprek: ["open", d("2026-07-20"), null],
      herindicatie: ["open", d("2026-07-20"), null],
    });
    expect(Object.values(op({}, "2026-07-21")).map((t) => t[0])).toEqual(["te-laat", "te-laat", "te-laat"]);
  });
  it("a deadline met stays met after its date (the old dashboard turned it 'verlopen')", () => {
    const r = op({ evIngediendOp: d("2026-07-01"), evaluatieGeplandOp: d("2026-06-01") }, "2026-08-15");
    expect(r.eindverantwoording).toEqual(["gedaan", d("2026-07-20"), d("2026-07-01")]);
    expect(r.evaluatiegesprek).toEqual(["gedaan", d("2026-07-20"), d("2026-06-01")]);
    // The eindverantwoording went in without a request: no herindicatie needed.
    expect(r.herindicatie[0]).toBe("niet-nodig");
  });
  it("done late", () => {
    const r = op({ evIngediendOp: d("2026-07-21"), herindicatieIngediendOp: d("2026-07-22") }, "2026-08-15");
    expect(r.eindverantwoording[0]).toBe("te-laat-gedaan");
    expect(r.herindicatie[0]).toBe("te-laat-gedaan");
  });
  it("a herindicatie request submitted on the deadline day is on time", () => {
    expect(op({ herindicatieIngediendOp: d("2026-07-20") }, "2026-07-25").herindicatie[0]).toBe("gedaan");
  });

  it("early stop: the eindverantwoording stays due, 14 days after the stop when that is earlier", () => {
    // Stopped on 1 May: 1 May + 14 = 15 May, earlier than 20 July.
    const r = op({ beeindigdOp: d("2026-05-01") }, "2026-05-15");
    expect(r.eindverantwoording).toEqual(["open", d("2026-05-15"), null]);
    expect(r.evaluatiegesprek[0]).toBe("niet-nodig");
    expect(r.herindicatie[0]).toBe("niet-nodig");
    expect(op({ beeindigdOp: d("2026-05-01") }, "2026-05-16").eindverantwoording[0]).toBe("te-laat");
  });
  it("early stop within the last 6 weeks keeps the original (earlier) due day", () => {
    // Stopped 10 August: + 14 = 24 August, later than 20 July: 20 July stays.
    expect(op({ beeindigdOp: d("2026-08-10") }, "2026-08-11").eindverantwoording).toEqual(["te-laat", d("2026-07-20"), null]);
    // Stopping on the einddatum itself is no early stop.
    expect(op({ beeindigdOp: d("2026-08-31") }, "2026-07-01").evaluatiegesprek[0]).toBe("open");
  });
  it("an evaluatiegesprek planned before an early stop stays done", () => {
    expect(op({ beeindigdOp: d("2026-05-01"), evaluatieGeplandOp: d("2026-04-01") }, "2026-05-02").evaluatiegesprek[0]).toBe("gedaan");
  });
  it("issue 21 item 18: after the einddatum, undone gesprek and herindicatie are no longer needed; the eindverantwoording stays due", () => {
    // No stop reported, the end date passed: the toewijzing ended on its end date.
    const r = op({}, "2026-09-01");
    expect(r.eindverantwoording).toEqual(["te-laat", d("2026-07-20"), null]);
    expect(r.evaluatiegesprek).toEqual(["niet-nodig", d("2026-07-20"), d("2026-08-31")]);
    expect(r.herindicatie).toEqual(["niet-nodig", d("2026-07-20"), d("2026-08-31")]);
    // On the last day itself they are still late (the toewijzing still runs), and what was done stays done.
    expect(op({}, "2026-08-31").herindicatie[0]).toBe("te-laat");
    expect(op({ evaluatieGeplandOp: d("2026-07-25") }, "2026-09-01").evaluatiegesprek[0]).toBe("te-laat-gedaan");
  });
  it("issue 21 item 19: an end by the gemeente gives the deadlines of an early stop, never due before the decision", () => {
    // Issued until 31 August (due 20 July); on 1 May the gemeente ends it per 15 May.
    const gemeente = { oorspronkelijkeEinddatum: d("2026-08-31"), besluitOp: d("2026-05-01") };
    const r = op({ einddatum: d("2026-05-15"), eindeDoorGemeente: gemeente }, "2026-05-02");
    // Not 15 May − 42 days = 3 April (before the decision), but the stop + 14 days.
    expect(r.eindverantwoording).toEqual(["open", d("2026-05-29"), null]);
    expect(r.evaluatiegesprek[0]).toBe("niet-nodig");
    expect(r.herindicatie[0]).toBe("niet-nodig");
    // An end on a day already past: 14 days from the decision.
    const terug = op({ einddatum: d("2026-04-20"), beeindigdOp: d("2026-04-20"), eindeDoorGemeente: gemeente }, "2026-05-02");
    expect(terug.eindverantwoording).toEqual(["open", d("2026-05-15"), null]);
    // Late in the period the original (earlier) due day stays.
    const laat = op(
      { einddatum: d("2026-08-25"), eindeDoorGemeente: { oorspronkelijkeEinddatum: d("2026-08-31"), besluitOp: d("2026-07-01") } },
      "2026-07-02",
    );
    expect(laat.eindverantwoording).toEqual(["open", d("2026-07-20"), null]);
    // A correction that lengthens is no early stop: the new end date counts.
    const langer = op(
      { einddatum: d("2026-10-31"), eindeDoorGemeente: { oorspronkelijkeEinddatum: d("2026-08-31"), besluitOp: d("2026-05-01") } },
      "2026-05-02",
    );
    expect(langer.eindverantwoording).toEqual(["open", d("2026-09-19"), null]);
    expect(langer.herindicatie[0]).toBe("open");
  });
  it("issue 21 item 23: a verlenging issued directly closes the herindicatie; an eindverantwoording proposing a next period keeps it due", () => {
    expect(op({ verlengdOp: d("2026-07-01") }, "2026-07-25").herindicatie).toEqual(["niet-nodig", d("2026-07-20"), d("2026-07-01")]);
    // A verlenging after the deadline day also closes it (the gemeente decided; nothing is left to ask).
    expect(op({ verlengdOp: d("2026-07-28") }, "2026-08-01").herindicatie[0]).toBe("niet-nodig");
    // The eindverantwoording proposes a next period: the herindicatie is still to be asked for.
    expect(op({ evIngediendOp: d("2026-07-01"), evVraagtVervolg: true }, "2026-07-10").herindicatie).toEqual([
      "open",
      d("2026-07-20"),
      null,
    ]);
    expect(op({ evIngediendOp: d("2026-07-01"), evVraagtVervolg: true }, "2026-07-25").herindicatie[0]).toBe("te-laat");
    // Without a next period it is no longer needed, as before.
    expect(op({ evIngediendOp: d("2026-07-01"), evVraagtVervolg: false }, "2026-07-25").herindicatie[0]).toBe("niet-nodig");
  });
  it("vroegGestopt: a day before the einddatum yes, on it no", () => {
    expect(vroegGestopt({ einddatum: d("2026-08-31"), beeindigdOp: d("2026-08-30") })).toBe(true);
    expect(vroegGestopt({ einddatum: d("2026-08-31"), beeindigdOp: d("2026-08-31") })).toBe(false);
    expect(vroegGestopt({ einddatum: d("2026-08-31"), beeindigdOp: null })).toBe(false);
  });
});

describe("telt and vraagtAandacht", () => {
  const t = (toestand: TermijnToestand, uiterlijk = "2026-07-20") => ({
    soort: "eindverantwoording" as const,
    uiterlijk: d(uiterlijk),
    toestand,
    op: null,
  });
  it("dashboards count only open and late deadlines", () => {
    expect(["open", "te-laat", "gedaan", "te-laat-gedaan", "niet-nodig"].map((s) => telt(t(s as TermijnToestand)))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it("open asks attention from 6 weeks before its due day; late always", () => {
    expect(vraagtAandacht(t("open"), d("2026-06-08"))).toBe(true);
    expect(vraagtAandacht(t("open"), d("2026-06-07"))).toBe(false);
    expect(vraagtAandacht(t("te-laat"), d("2026-06-07"))).toBe(true);
    expect(vraagtAandacht(t("gedaan"), d("2026-07-20"))).toBe(false);
  });
});

describe("nooitGestart", () => {
  it("flagged from the day after the planned start while still toegewezen", () => {
    expect(nooitGestart("TOEGEWEZEN", d("2026-03-01"), d("2026-03-01"))).toBe(false);
    expect(nooitGestart("TOEGEWEZEN", d("2026-03-01"), d("2026-03-02"))).toBe(true);
    expect(nooitGestart("GESTART", d("2026-03-01"), d("2026-09-02"))).toBe(false);
  });
});

describe("termijnTekst", () => {
  it("says the state in words, never by colour alone", () => {
    expect(termijnTekst({ soort: "herindicatie", uiterlijk: d("2026-07-20"), toestand: "open", op: null })).toBe(
      "Open, uiterlijk 20 juli 2026",
    );
    expect(termijnTekst({ soort: "herindicatie", uiterlijk: d("2026-07-20"), toestand: "gedaan", op: d("2026-07-01") })).toBe(
      "Gedaan op 1 juli 2026",
    );
    expect(termijnTekst({ soort: "herindicatie", uiterlijk: d("2026-07-20"), toestand: "te-laat", op: null })).toBe(
      "Te laat (uiterlijk 20 juli 2026)",
    );
  });
});
