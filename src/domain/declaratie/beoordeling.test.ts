import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import { beoordeelRegel, creditRegel, type ToewijzingVoorDeclaratie } from "./beoordeling";

const toewijzing = (over: Partial<ToewijzingVoorDeclaratie> = {}): ToewijzingVoorDeclaratie => ({
  id: "t1",
  aanbiederId: "a1",
  productCode: "OP_TREDE_3",
  status: "GESTART",
  startdatum: d("2025-03-10"),
  einddatum: d("2027-03-09"),
  gestartOp: d("2025-03-12"),
  beeindigdOp: null,
  urenPerWeek: 12,
  verlengingVanId: null,
  product: { korteNaam: "Op trede 3", categorie: "OP_TREDE" },
  ...over,
});
const ontwikkeling = (over: Partial<ToewijzingVoorDeclaratie> = {}) =>
  toewijzing({ productCode: "ONTW_3", product: { korteNaam: "Ontwikkeling 3", categorie: "ONTWIKKELING" }, ...over });
const omgeving = (bezet: (string | null)[] = []) => ({
  tarieven: [
    { productCode: "OP_TREDE_3", jaar: 2025, bedragCent: 1100 },
    { productCode: "ONTW_3", jaar: 2025, bedragCent: 31904 },
  ],
  vandaag: d("2026-12-01"),
  bezet: new Set(bezet),
});
const uren = (maand: string, u: number, reden = "") => ({ soort: "uren" as const, maand, uren: u, reden });

describe("beoordeelRegel: one judgement for the month form and an imported WMO323", () => {
  it("gives the line to store with the toewijzing's ids and its R-DEC-3 key per month", () => {
    const r = beoordeelRegel(toewijzing(), uren("2025-04", 40), omgeving());
    expect(r).toMatchObject({ ok: true, sleutel: "t1:2025-04" });
    expect(r.ok && r.regel).toMatchObject({
      toewijzingId: "t1",
      aanbiederId: "a1",
      productCode: "OP_TREDE_3",
      maand: "2025-04",
      volume: 40,
      tariefCent: 1100,
      bedragCent: 44000,
    });
  });
  it("refuses a month that still counts, found by that key", () => {
    expect(beoordeelRegel(toewijzing(), uren("2025-04", 40), omgeving(["t1:2025-04"]))).toEqual({
      ok: false,
      melding: expect.stringMatching(/al gedeclareerd/),
    });
    expect(beoordeelRegel(toewijzing(), uren("2025-05", 40), omgeving(["t1:2025-04"])).ok).toBe(true);
  });
  it("keys the fixed price per traject, so it is declared once", () => {
    const r = beoordeelRegel(ontwikkeling(), { soort: "vasteprijs" }, omgeving());
    expect(r).toMatchObject({ ok: true, sleutel: "traject:t1", regel: { bedragCent: 31904, maand: "2025-03" } });
    expect(beoordeelRegel(ontwikkeling(), { soort: "vasteprijs" }, omgeving(["traject:t1"]))).toEqual({
      ok: false,
      melding: expect.stringMatching(/al gedeclareerd/),
    });
  });
  it("refuses an extension period's fixed price (R-TOE-4)", () => {
    expect(beoordeelRegel(ontwikkeling({ verlengingVanId: "t0" }), { soort: "vasteprijs" }, omgeving()).ok).toBe(false);
  });
});

describe("creditRegel", () => {
  it("cancels a line: same period and tariff, volume and amount negated, the reason names the line", () => {
    const oud = beoordeelRegel(toewijzing(), uren("2025-04", 40), omgeving());
    if (!oud.ok) throw new Error(oud.melding);
    const c = creditRegel({ ...oud.regel, nummer: "DR-2025-000007" });
    expect(c).toMatchObject({
      toewijzingId: "t1",
      maand: "2025-04",
      periodeStart: oud.regel.periodeStart,
      volume: -40,
      tariefCent: 1100,
      bedragCent: -44000,
      bovenOmvang: false,
      omvang: null,
      reden: "Correctie van DR-2025-000007",
    });
  });
});
