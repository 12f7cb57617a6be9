import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import { bepaalEinddatum, duurTekst, eindeNaMaanden } from "./duur";

const product = (code: string) => producten.find((p) => p.code === code)!;

describe("eindeNaMaanden", () => {
  it.each([
    ["2026-01-01", 6, "2026-06-30"],
    ["2026-03-01", 6, "2026-08-31"],
    ["2026-07-01", 6, "2026-12-31"],
    ["2026-01-31", 6, "2026-07-30"],
    ["2026-08-31", 6, "2027-02-28"], // no 31 February: ends on the last day of February
    ["2027-08-31", 6, "2028-02-29"], // leap year
    ["2026-03-01", 24, "2028-02-29"],
    ["2026-11-30", 3, "2027-02-28"],
  ] as const)("%s + %i months ends on %s", (start, maanden, einde) => {
    expect(eindeNaMaanden(d(start), maanden)).toEqual(d(einde));
  });
});

describe("duurTekst", () => {
  it("writes months and whole years", () => {
    expect([1, 3, 6, 12, 24].map(duurTekst)).toEqual(["1 maand", "3 maanden", "6 maanden", "1 jaar", "2 jaar"]);
  });
});

describe("bepaalEinddatum: ontwikkeling lasts exactly 6 months", () => {
  const ontw = product("ONTW_4");
  it("computes the einddatum", () => {
    expect(bepaalEinddatum(ontw, d("2026-03-01"))).toEqual({ ok: true, einddatum: d("2026-08-31") });
    expect(bepaalEinddatum(ontw, d("2026-08-31"), null)).toEqual({ ok: true, einddatum: d("2027-02-28") });
  });
  it("accepts the matching einddatum when one is entered", () => {
    expect(bepaalEinddatum(ontw, d("2026-03-01"), d("2026-08-31"))).toEqual({ ok: true, einddatum: d("2026-08-31") });
  });
  it("refuses another einddatum and names the right one", () => {
    expect(bepaalEinddatum(ontw, d("2026-03-01"), d("2026-09-01"))).toEqual({
      ok: false,
      fout: {
        regel: "R-PRD",
        veld: "einddatum",
        melding: "Ontwikkeling naar trede 4 duurt altijd 6 maanden. Bij de startdatum 1 maart 2026 hoort de einddatum 31 augustus 2026.",
      },
    });
  });
});

describe("bepaalEinddatum: op-trede lasts at most 2 years", () => {
  const opTrede = product("OP_TREDE_3");
  it("allows the last day of the 2 years (29 February 2028 from 1 March 2026)", () => {
    expect(bepaalEinddatum(opTrede, d("2026-03-01"), d("2028-02-29"))).toEqual({ ok: true, einddatum: d("2028-02-29") });
  });
  it("refuses one day more", () => {
    expect(bepaalEinddatum(opTrede, d("2026-03-01"), d("2028-03-01"))).toEqual({
      ok: false,
      fout: {
        regel: "R-PRD",
        veld: "einddatum",
        melding: "Werkplek op trede 3 duurt maximaal 2 jaar. Bij de startdatum 1 maart 2026 is de einddatum uiterlijk 29 februari 2028.",
      },
    });
  });
  it("needs an einddatum on or after the start", () => {
    expect(bepaalEinddatum(opTrede, d("2026-03-01"))).toEqual({
      ok: false,
      fout: { regel: "R-TOE-3", veld: "einddatum", melding: "Vul een einddatum in." },
    });
    expect(bepaalEinddatum(opTrede, d("2026-03-01"), d("2026-02-28"))).toMatchObject({ ok: false, fout: { regel: "R-TOE-3" } });
    expect(bepaalEinddatum(opTrede, d("2026-03-01"), d("2026-03-01"))).toEqual({ ok: true, einddatum: d("2026-03-01") });
  });
});

describe("bepaalEinddatum: oriëntatie lasts at most 3 months", () => {
  const orientatie = product("ORIENTATIE");
  it("from 30 November: until 28 February, not 1 March", () => {
    expect(bepaalEinddatum(orientatie, d("2026-11-30"), d("2027-02-28"))).toEqual({ ok: true, einddatum: d("2027-02-28") });
    expect(bepaalEinddatum(orientatie, d("2026-11-30"), d("2027-03-01"))).toMatchObject({
      ok: false,
      fout: {
        melding: "Oriëntatie duurt maximaal 3 maanden. Bij de startdatum 30 november 2026 is de einddatum uiterlijk 28 februari 2027.",
      },
    });
  });
});

describe("bepaalEinddatum: begeleiding groep has no maximum in the rules", () => {
  const bg = product("BG_BASIS");
  it("takes any einddatum on or after the start", () => {
    expect(bepaalEinddatum(bg, d("2026-01-01"), d("2036-12-31"))).toEqual({ ok: true, einddatum: d("2036-12-31") });
  });
  it("still needs one", () => {
    expect(bepaalEinddatum(bg, d("2026-01-01"))).toMatchObject({ ok: false, fout: { regel: "R-TOE-3" } });
  });
});
