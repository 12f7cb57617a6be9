import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import type { AowRij } from "./leeftijd";
import { controleerNieuweEinddatum, einddatumWijzigSchema, isAfgelopen, type WijzigingInvoer } from "./wijziging";

const product = (code: string) => producten.find((p) => p.code === code)!;
const aowTabel: AowRij[] = [{ geborenVanaf: d("1957-01-01"), geborenTotMet: d("1960-12-31"), jaren: 67, maanden: 0 }];

// ONTW_4 from 1 March 2026 to 31 August 2026, started on 2 March.
function invoer(over: Partial<WijzigingInvoer> = {}, t: Partial<WijzigingInvoer["toewijzing"]> = {}): WijzigingInvoer {
  return {
    soort: "BEEINDIGD_DOOR_GEMEENTE",
    nieuweEinddatum: d("2026-06-30"),
    toewijzing: {
      status: "GESTART",
      startdatum: d("2026-03-01"),
      gestartOp: d("2026-03-02"),
      einddatum: d("2026-08-31"),
      verlengd: false,
      ...t,
    },
    product: product("ONTW_4"),
    inwoner: { geboortedatum: d("1990-01-01") },
    aowTabel,
    aanbieder: { naam: "Groen BV", contractVan: d("2024-01-01"), contractTot: null },
    andere: [],
    ...over,
  };
}
const melding = (i: WijzigingInvoer) => controleerNieuweEinddatum(i).map((f) => f.melding);

describe("controleerNieuweEinddatum (issue 11)", () => {
  it("ending: from the reported start up to the day before the current end", () => {
    expect(controleerNieuweEinddatum(invoer({ nieuweEinddatum: d("2026-03-02") }))).toEqual([]);
    expect(controleerNieuweEinddatum(invoer({ nieuweEinddatum: d("2026-08-30") }))).toEqual([]);
    expect(melding(invoer({ nieuweEinddatum: d("2026-03-01") }))).toEqual([
      "De aanbieder meldde de start op 2 maart 2026. De einddatum ligt op of na die dag.",
    ]);
    expect(melding(invoer({ nieuweEinddatum: d("2026-08-31") }))[0]).toMatch(/eindigt al op 31 augustus 2026/);
    expect(melding(invoer({ nieuweEinddatum: d("2026-09-01") }))[0]).toMatch(/^Beëindigen maakt de toewijzing korter/);
  });
  it("not started: the start date is the lower bound", () => {
    expect(controleerNieuweEinddatum(invoer({ nieuweEinddatum: d("2026-03-01") }, { status: "TOEGEWEZEN", gestartOp: null }))).toEqual([]);
    expect(melding(invoer({ nieuweEinddatum: d("2026-02-28") }, { status: "TOEGEWEZEN", gestartOp: null }))[0]).toMatch(
      /begint op 1 maart 2026/,
    );
  });
  it("correcting: never past the product's duration (fixed 6 months for ontwikkeling, at most 2 years for op-trede)", () => {
    const corr = (p: string, eind: string) => invoer({ soort: "EINDDATUM_GECORRIGEERD", product: product(p), nieuweEinddatum: d(eind) });
    expect(melding(corr("ONTW_4", "2026-09-01"))[0]).toMatch(/duurt ten hoogste 6 maanden: .* uiterlijk 31 augustus 2026/);
    expect(controleerNieuweEinddatum(corr("OP_TREDE_3", "2028-02-29"))).toEqual([]);
    expect(melding(corr("OP_TREDE_3", "2028-03-01"))[0]).toMatch(/duurt ten hoogste 2 jaar/);
  });
  it("before the AOW day (not for begeleiding groep), and within the contract", () => {
    // Born 15 June 1960: AOW on 15 June 2027.
    const oud = { inwoner: { geboortedatum: d("1960-06-15") }, soort: "EINDDATUM_GECORRIGEERD" as const, product: product("OP_TREDE_3") };
    expect(controleerNieuweEinddatum(invoer({ ...oud, nieuweEinddatum: d("2027-06-14") }))).toEqual([]);
    expect(melding(invoer({ ...oud, nieuweEinddatum: d("2027-06-15") }))[0]).toMatch(/bereikt de AOW-leeftijd op 15 juni 2027/);
    expect(controleerNieuweEinddatum(invoer({ ...oud, product: product("BG_BASIS"), nieuweEinddatum: d("2027-06-15") }))).toEqual([]);
    const contract = { naam: "Groen BV", contractVan: d("2024-01-01"), contractTot: d("2026-07-31") };
    expect(controleerNieuweEinddatum(invoer({ aanbieder: contract, nieuweEinddatum: d("2026-07-31") }))).toEqual([]);
    expect(melding(invoer({ aanbieder: contract, nieuweEinddatum: d("2026-08-01") }))[0]).toMatch(/loopt tot en met 31 juli 2026/);
  });
  it("a longer period may not overlap another toewijzing of the same kind (R-PRD-3)", () => {
    const andere = [
      {
        productCode: "OP_TREDE_4",
        productNaam: "Werkplek op trede 4",
        categorie: "OP_TREDE" as const,
        startdatum: d("2027-01-01"),
        einddatum: d("2027-12-31"),
        status: "TOEGEWEZEN" as const,
      },
    ];
    const i = { soort: "EINDDATUM_GECORRIGEERD" as const, product: product("OP_TREDE_3"), andere };
    expect(controleerNieuweEinddatum(invoer({ ...i, nieuweEinddatum: d("2026-12-31") }))).toEqual([]);
    expect(controleerNieuweEinddatum(invoer({ ...i, nieuweEinddatum: d("2027-01-01") }))).toMatchObject([{ regel: "R-PRD-3" }]);
  });
  it("an ended, withdrawn or extended toewijzing cannot change", () => {
    expect(controleerNieuweEinddatum(invoer({}, { status: "BEEINDIGD" }))).toMatchObject([{ regel: "R-TOE-3" }]);
    expect(controleerNieuweEinddatum(invoer({}, { status: "INGETROKKEN" }))).toMatchObject([{ regel: "R-TOE-3" }]);
    expect(controleerNieuweEinddatum(invoer({}, { verlengd: true }))).toMatchObject([{ regel: "R-TOE-4" }]);
  });
});

describe("einddatumWijzigSchema: the WMO002 code", () => {
  const basis = { id: "cm0000000000000000000000", nieuweEinddatum: "2026-06-30", reden: "Verhuist naar Zwolle." };
  it("a correction is always 14; an ending needs one of its codes", () => {
    expect(einddatumWijzigSchema.parse({ ...basis, soort: "EINDDATUM_GECORRIGEERD", redenWijziging: "07" }).redenWijziging).toBe("14");
    expect(einddatumWijzigSchema.parse({ ...basis, soort: "BEEINDIGD_DOOR_GEMEENTE", redenWijziging: "07" }).redenWijziging).toBe("07");
    for (const code of ["", "01", "04", "13", "14"]) {
      expect(einddatumWijzigSchema.safeParse({ ...basis, soort: "BEEINDIGD_DOOR_GEMEENTE", redenWijziging: code }).success).toBe(false);
    }
  });
});

describe("isAfgelopen (ADR 0017)", () => {
  it("the end date is the last day: ended only from the day after", () => {
    expect(isAfgelopen(d("2026-12-01"), d("2026-12-01"))).toBe(false);
    expect(isAfgelopen(d("2026-11-30"), d("2026-12-01"))).toBe(true);
  });
});
