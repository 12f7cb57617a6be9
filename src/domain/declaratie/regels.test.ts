import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, calendarDate as d, daysBetween, toIsoDate } from "../kalender";
import {
  actiefSleutel,
  creditVan,
  maandGrenzen,
  omvangInUren,
  opTredeRegel,
  parseUren,
  periodeInMaand,
  vastePrijsRegel,
  vlaggen,
  type DeclaratieToewijzing,
} from "./regels";

const opTrede = (over: Partial<DeclaratieToewijzing> = {}): DeclaratieToewijzing => ({
  productCode: "OP_TREDE_3",
  productNaam: "Op trede 3",
  categorie: "OP_TREDE",
  status: "GESTART",
  startdatum: d("2025-03-10"),
  einddatum: d("2027-03-09"),
  gestartOp: d("2025-03-12"),
  beeindigdOp: null,
  urenPerWeek: 12,
  isVerlenging: false,
  ...over,
});
const tarieven = [
  { productCode: "OP_TREDE_3", jaar: 2025, bedragCent: 1100 },
  { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: 1150 },
  { productCode: "ONTW_3", jaar: 2025, bedragCent: 31904 },
];
const VANDAAG = d("2026-12-01");
const VANDAAG_LAAT = d("2030-01-01");
const alleJaren = [2025, 2026, 2027, 2028].map((jaar) => ({ productCode: "OP_TREDE_3", jaar, bedragCent: 1100 }));
const regel = (o: Partial<Parameters<typeof opTredeRegel>[0]> = {}) =>
  opTredeRegel({ toewijzing: opTrede(), maand: "2025-04", uren: 40, reden: "", tarieven, vandaag: VANDAAG, alGedeclareerd: false, ...o });
const iso = (r: { periodeStart: Date; periodeEind: Date } | null) => r && [toIsoDate(r.periodeStart), toIsoDate(r.periodeEind)];

describe("R-DEC-3: the period of a line is the month cut by the toewijzing", () => {
  it("starts at the reported start, not at the first of the month or the issued start date", () => {
    expect(iso(periodeInMaand(opTrede(), "2025-03"))).toEqual(["2025-03-12", "2025-03-31"]);
    expect(periodeInMaand(opTrede(), "2025-03")!.dagen).toBe(20);
  });
  it("ends at an early stop, and at the end date", () => {
    expect(iso(periodeInMaand(opTrede({ beeindigdOp: d("2026-06-10") }), "2026-06"))).toEqual(["2026-06-01", "2026-06-10"]);
    expect(iso(periodeInMaand(opTrede(), "2027-03"))).toEqual(["2027-03-01", "2027-03-09"]);
  });
  it("is null for a month before the start or after the stop, and a line there is refused", () => {
    expect(periodeInMaand(opTrede(), "2025-02")).toBeNull();
    expect(periodeInMaand(opTrede({ beeindigdOp: d("2026-06-10") }), "2026-07")).toBeNull();
    expect(regel({ maand: "2025-02" })).toEqual({ ok: false, melding: expect.stringMatching(/buiten de periode/) });
  });
  it("knows February in leap and common years and December's last day", () => {
    expect(toIsoDate(maandGrenzen("2028-02").laatste)).toBe("2028-02-29");
    expect(toIsoDate(maandGrenzen("2026-02").laatste)).toBe("2026-02-28");
    expect(toIsoDate(maandGrenzen("2026-12").laatste)).toBe("2026-12-31");
  });
});

describe("R-DEC-1: the extent of a period is what a regular weekly schedule can reach (ADR 0030)", () => {
  it.each([
    [28, 48],
    [29, 60],
    [30, 60],
    [31, 60],
    [20, 36],
    [7, 12],
    [1, 12],
  ])("12 hours a week over %i days is %i hours (the weekday that occurs most often, × 12)", (dagen, uren) =>
    expect(omvangInUren(12, dagen)).toBe(uren),
  );
  it("never flags 12 hours a week on Monday–Wednesday in a month with five of each (December 2025: 60 hours)", () => {
    const t = opTrede({ startdatum: d("2025-01-01"), gestartOp: d("2025-01-01") });
    expect(regel({ toewijzing: t, maand: "2025-12", uren: 60 })).toMatchObject({ ok: true, bovenOmvang: false, reden: null, omvang: 60 });
    // No schedule within 12 hours a week reaches 61 in 31 days: that hour needs a reason.
    expect(regel({ toewijzing: t, maand: "2025-12", uren: 61 })).toEqual({
      ok: false,
      melding: expect.stringMatching(/meer dan de toegewezen 60 uur/),
    });
    expect(regel({ toewijzing: t, maand: "2025-12", uren: 61, reden: "Extra dagen tijdens de inventarisatie" })).toMatchObject({
      ok: true,
      bovenOmvang: true,
      reden: "Extra dagen tijdens de inventarisatie",
    });
  });
  it("uses a February of 28 days and a cut month for the extent", () => {
    expect(regel({ maand: "2026-02", uren: 49 })).toMatchObject({ ok: false });
    expect(regel({ maand: "2026-02", uren: 48 })).toMatchObject({ ok: true, omvang: 48 });
    expect(regel({ maand: "2025-03", uren: 37 })).toMatchObject({ ok: false }); // 20 days → three of a weekday → 36
    expect(regel({ maand: "2025-03", uren: 36 })).toMatchObject({ ok: true, bovenOmvang: false });
  });
  it("property: any regular weekly schedule within the hours per week, in any cut month, is never flagged", () => {
    const schema = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.array(fc.nat({ max: 40 }), { minLength: 7, maxLength: 7 }))
      .map(([urenPerWeek, ruw]) => {
        // Scale the weekday hours down until the week holds at most urenPerWeek.
        const som = ruw.reduce((a, b) => a + b, 0);
        const perDag = som <= urenPerWeek ? ruw : ruw.map((u) => Math.floor((u * urenPerWeek) / som));
        return { urenPerWeek, perDag };
      });
    const maand = fc.tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(schema, maand, fc.nat({ max: 30 }), fc.nat({ max: 30 }), ({ urenPerWeek, perDag }, [jaar, mnd], van, tot) => {
        const m = `${jaar}-${String(mnd).padStart(2, "0")}`;
        const { eerste, laatste } = maandGrenzen(m);
        const lengte = daysBetween(eerste, laatste) + 1;
        const start = addDays(eerste, Math.min(van, lengte - 1));
        const stop = addDays(eerste, Math.max(Math.min(tot, lengte - 1), Math.min(van, lengte - 1)));
        const t = opTrede({ urenPerWeek, startdatum: start, gestartOp: start, beeindigdOp: stop, einddatum: d("2029-12-31") });
        let gewerkt = 0;
        for (let dag = start; dag <= stop; dag = addDays(dag, 1)) gewerkt += perDag[dag.getUTCDay()]!;
        fc.pre(gewerkt > 0);
        const r = opTredeRegel({
          toewijzing: t,
          maand: m,
          uren: gewerkt,
          reden: "",
          tarieven: alleJaren,
          vandaag: VANDAAG_LAAT,
          alGedeclareerd: false,
        });
        expect(r).toMatchObject({ ok: true, bovenOmvang: false });
      }),
    );
  });
  it("takes whole hours only: half hours are refused with a reason", () => {
    expect(parseUren("40")).toEqual({ ok: true, uren: 40 });
    expect(parseUren("7,5")).toEqual({ ok: false, melding: expect.stringMatching(/hele uren/) });
    expect(parseUren("-3")).toMatchObject({ ok: false });
    expect(parseUren("0")).toMatchObject({ ok: false });
  });
});

describe("R-TAR-2: the tariff of the year the hours were worked", () => {
  const t = opTrede();
  it("31 December and 1 January are two tariffs", () => {
    expect(regel({ toewijzing: t, maand: "2025-12", uren: 10 })).toMatchObject({ ok: true, tariefCent: 1100, bedragCent: 11000 });
    expect(regel({ toewijzing: t, maand: "2026-01", uren: 10 })).toMatchObject({ ok: true, tariefCent: 1150, bedragCent: 11500 });
    expect(iso(regel({ maand: "2025-12", uren: 1 }) as never)).toEqual(["2025-12-01", "2025-12-31"]);
  });
  it("a year without a tariff blocks the line: never 0, never another year", () => {
    const r = regel({ toewijzing: opTrede({ einddatum: d("2028-01-31") }), maand: "2027-01", uren: 10, vandaag: d("2027-02-01") });
    expect(r).toEqual({
      ok: false,
      melding:
        "Voor 2027 is nog geen tarief vastgesteld voor Op trede 3. Uren uit 2027 kunnen pas gedeclareerd worden als dat tarief er is.",
    });
  });
});

describe("R-DEC-3 and the start: when a month can be declared", () => {
  it("refuses before the start was reported, and a month that has not ended", () => {
    expect(regel({ toewijzing: opTrede({ gestartOp: null, status: "TOEGEWEZEN" }) })).toEqual({
      ok: false,
      melding: expect.stringMatching(/Meld eerst de start/),
    });
    expect(regel({ maand: "2026-12" })).toEqual({ ok: false, melding: expect.stringMatching(/vanaf 31 december 2026/) });
    // After a stop on the 10th the month can be declared from the 10th.
    const gestopt = opTrede({ beeindigdOp: d("2026-12-01"), status: "BEEINDIGD" });
    expect(regel({ toewijzing: gestopt, maand: "2026-12", uren: 1 })).toMatchObject({ ok: true, volume: 1 });
  });
  it("refuses a second declaratie for the same month", () => {
    expect(regel({ alGedeclareerd: true })).toEqual({ ok: false, melding: expect.stringMatching(/al gedeclareerd/) });
    expect(actiefSleutel("OP_TREDE", "t1", "2026-03")).toBe("t1:2026-03");
    expect(actiefSleutel("OP_TREDE", "t1", "2026-03")).not.toBe(actiefSleutel("OP_TREDE", "t1", "2026-04"));
  });
});

describe("R-DEC-2: the fixed price of ontwikkeling, once per traject", () => {
  const ontw = opTrede({ productCode: "ONTW_3", productNaam: "Ontwikkeling naar trede 3", categorie: "ONTWIKKELING", urenPerWeek: null });
  it("is one unit (82) at the start year's tariff, in the start month", () => {
    const r = vastePrijsRegel({ toewijzing: ontw, tarieven, alGedeclareerd: false });
    expect(r).toMatchObject({ ok: true, maand: "2025-03", volume: 1, eenheid: "82", tariefCent: 31904, bedragCent: 31904 });
  });
  it("is refused twice, for an extension period, and before the start", () => {
    expect(vastePrijsRegel({ toewijzing: ontw, tarieven, alGedeclareerd: true })).toEqual({
      ok: false,
      melding: expect.stringMatching(/al gedeclareerd. Dat kan één keer per traject/),
    });
    expect(vastePrijsRegel({ toewijzing: { ...ontw, isVerlenging: true }, tarieven, alGedeclareerd: false })).toMatchObject({ ok: false });
    expect(
      vastePrijsRegel({ toewijzing: { ...ontw, gestartOp: null, status: "TOEGEWEZEN" }, tarieven, alGedeclareerd: false }),
    ).toMatchObject({
      ok: false,
    });
    expect(actiefSleutel("ONTWIKKELING", "t1", "2025-03")).toBe(actiefSleutel("ONTWIKKELING", "t1", "2025-09"));
  });
});

describe("corrections: a credit line and a new line, never an edit", () => {
  it("the credit line negates volume and amount and keeps period and tariff", () => {
    const r = regel({ uren: 40 });
    if (!r.ok) throw new Error("regel");
    const c = creditVan(r);
    expect([c.volume, c.bedragCent, c.tariefCent, c.periodeStart, c.maand]).toEqual([-40, -44000, 1100, r.periodeStart, "2025-04"]);
    expect(c.volume * c.tariefCent).toBe(c.bedragCent);
  });
});

describe("the queue's flags against the toewijzing as it is now", () => {
  it("flags a line that runs past an early stop reported later, and one outside the dates", () => {
    const r = { periodeStart: d("2026-06-01"), periodeEind: d("2026-06-30"), bovenOmvang: false, volume: 40 };
    expect(vlaggen(r, opTrede())).toEqual({ bovenOmvang: false, buitenPeriode: false, naStop: false });
    expect(vlaggen(r, opTrede({ beeindigdOp: d("2026-06-10") })).naStop).toBe(true);
    expect(vlaggen(r, opTrede({ einddatum: d("2026-06-15") })).buitenPeriode).toBe(true);
  });
});
