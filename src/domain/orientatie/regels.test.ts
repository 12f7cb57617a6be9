import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import { controleerRegistratie, heeftAdvies, loopt, magAdviesVastleggen, signaal, standaardEinddatum, type Registratie } from "./regels";

// RULES §2 row ORIENTATIE (trede 2–4, at most 3 months), R-LAD-3 (the current trede), ADR 0018.
const product = producten.find((p) => p.code === "ORIENTATIE")!;
const VANDAAG = d("2026-11-30");
const AOW = [{ geborenVanaf: d("1957-01-01"), geborenTotMet: null, jaren: 67, maanden: 0 }];
const registratie = (over: Partial<Registratie> = {}): Registratie => ({
  product,
  trede: 3,
  startdatum: VANDAAG,
  einddatum: null,
  vandaag: VANDAAG,
  lopend: null,
  geboortedatum: d("1990-03-15"),
  aowTabel: AOW,
  ...over,
});

describe("the 3 months (eindeNaMaanden, as for toewijzingen)", () => {
  it.each([
    ["2026-11-30", "2027-02-28"], // no 30 February: the last day of February
    ["2027-11-30", "2028-02-29"], // leap year
    ["2026-11-29", "2027-02-28"],
    ["2026-12-01", "2027-02-28"],
    ["2026-03-01", "2026-05-31"],
    ["2026-01-31", "2026-04-30"],
    ["2026-12-31", "2027-03-30"],
  ])("from %s it ends at the latest on %s", (start, eind) => {
    expect(standaardEinddatum(product, d(start))).toEqual(d(eind));
  });

  it("takes the default when no einddatum is entered", () => {
    expect(controleerRegistratie(registratie())).toEqual({ ok: true, einddatum: d("2027-02-28") });
  });

  it("accepts the last day and anything shorter", () => {
    expect(controleerRegistratie(registratie({ einddatum: d("2027-02-28") }))).toEqual({ ok: true, einddatum: d("2027-02-28") });
    expect(controleerRegistratie(registratie({ einddatum: VANDAAG }))).toEqual({ ok: true, einddatum: VANDAAG });
  });

  it("refuses one day more, and names the latest day", () => {
    expect(controleerRegistratie(registratie({ einddatum: d("2027-03-01") }))).toEqual({
      ok: false,
      fouten: {
        einddatum:
          "Een oriëntatie duurt hoogstens 3 maanden. Bij de startdatum 30 november 2026 is de einddatum uiterlijk 28 februari 2027.",
      },
    });
  });

  it("refuses an einddatum before the start", () => {
    const r = controleerRegistratie(registratie({ einddatum: d("2026-11-29") }));
    expect(r).toEqual({ ok: false, fouten: { einddatum: expect.stringMatching(/voor de startdatum/) } });
  });
});

describe("the start window: 30 days back, 3 months ahead", () => {
  it.each([
    ["2026-10-31", true], // 30 days back
    ["2026-10-30", false],
    ["2027-02-28", true], // 3 months ahead (30 February does not exist: 1 March is the limit)
    ["2027-03-01", true],
    ["2027-03-02", false],
  ])("start %s allowed: %s", (start, ok) => {
    const s = d(start);
    const r = controleerRegistratie(registratie({ startdatum: s, einddatum: s }));
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.fouten.startdatum).toMatch(/hoogstens/);
  });
});

describe("trede 2–4 (the current trede from the ladder)", () => {
  it.each([
    [1, false],
    [2, true],
    [3, true],
    [4, true],
    [5, false],
    [6, false],
  ])("trede %i allowed: %s", (trede, ok) => {
    const r = controleerRegistratie(registratie({ trede }));
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.fouten.inwonerId).toBe(`Een oriëntatie is voor inwoners op trede 2, 3 of 4; deze inwoner staat op trede ${trede}.`);
  });

  it("asks for a trede first when none is recorded", () => {
    const r = controleerRegistratie(registratie({ trede: null }));
    expect(r).toEqual({ ok: false, fouten: { inwonerId: expect.stringMatching(/nog geen trede/) } });
  });
});

describe("one running at a time", () => {
  it("refuses a second while one is running, and names it", () => {
    const r = controleerRegistratie(registratie({ lopend: { nummer: "OR-2026-000001", einddatum: d("2026-12-15") } }));
    expect(r).toEqual({
      ok: false,
      fouten: {
        inwonerId:
          "Deze inwoner heeft al een lopende oriëntatie (OR-2026-000001, tot en met 15 december 2026). Rond die eerst af of stop hem.",
      },
    });
  });

  it("reports every field at once", () => {
    const r = controleerRegistratie(registratie({ trede: 5, startdatum: d("2026-01-01"), einddatum: d("2026-06-01") }));
    expect(r.ok ? [] : Object.keys(r.fouten).sort()).toEqual(["einddatum", "inwonerId", "startdatum"]);
  });
});

describe("what the centrum's list marks", () => {
  const lopend = (eind: string) => ({ status: "LOPEND" as const, einddatum: d(eind) });
  it.each([
    ["2026-12-15", null], // 15 days
    ["2026-12-14", "Let op: loopt over 14 dagen af"],
    ["2026-12-01", "Let op: loopt morgen af"],
    ["2026-11-30", "Let op: loopt vandaag af"],
    ["2026-11-29", "Let op: de einddatum is voorbij en er is nog geen advies"],
  ])("ending %s: %s", (eind, tekst) => {
    expect(signaal(lopend(eind), VANDAAG)?.tekst ?? null).toBe(tekst);
  });

  it("marks nothing once there is an advice or a stop", () => {
    expect(signaal({ status: "AFGEROND", einddatum: d("2026-11-01") }, VANDAAG)).toBeNull();
    expect(signaal({ status: "GESTOPT", einddatum: d("2026-11-01") }, VANDAAG)).toBeNull();
  });
});

describe("the advice", () => {
  it("is recorded once the oriëntatie has started and while it runs", () => {
    expect(magAdviesVastleggen({ status: "LOPEND", startdatum: VANDAAG }, VANDAAG)).toBeNull();
    expect(magAdviesVastleggen({ status: "LOPEND", startdatum: d("2026-12-01") }, VANDAAG)).toMatch(/begint pas op 1 december 2026/);
    expect(magAdviesVastleggen({ status: "AFGEROND", startdatum: VANDAAG }, VANDAAG)).toMatch(/al afgesloten/);
  });
});

describe("R-PRD-1: from 18 up to the AOW age", () => {
  it("starts on the 18th birthday, not the day before", () => {
    expect(controleerRegistratie(registratie({ geboortedatum: d("2008-11-30") })).ok).toBe(true);
    const r = controleerRegistratie(registratie({ geboortedatum: d("2008-12-01") }));
    expect(r).toEqual({ ok: false, fouten: { startdatum: expect.stringMatching(/wordt 18 op 1 december 2026/) } });
  });
  it("ends the day before the AOW day", () => {
    // Born 1960-01-15: AOW at 67 on 2027-01-15, so the last day is 2027-01-14.
    expect(controleerRegistratie(registratie({ geboortedatum: d("1960-01-15"), einddatum: d("2027-01-14") })).ok).toBe(true);
    const r = controleerRegistratie(registratie({ geboortedatum: d("1960-01-15") }));
    expect(r).toEqual({ ok: false, fouten: { einddatum: expect.stringMatching(/uiterlijk tot en met 14 januari 2027/) } });
  });
});

describe("loopt and heeftAdvies", () => {
  it("a running orientatie runs and has no advice yet", () => {
    expect(loopt({ status: "LOPEND" })).toBe(true);
    expect(heeftAdvies({ status: "LOPEND" })).toBe(false);
  });
  it("only one that ended with an advice has one; a stopped one has none", () => {
    expect(heeftAdvies({ status: "AFGEROND" })).toBe(true);
    expect(loopt({ status: "AFGEROND" })).toBe(false);
    expect(heeftAdvies({ status: "GESTOPT" })).toBe(false);
    expect(loopt({ status: "GESTOPT" })).toBe(false);
  });
});
