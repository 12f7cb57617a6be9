import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import { vergoedingSchema, vergoedingWaarschuwingen } from "./vrijwilligersvergoeding";

const grens = { jaar: 2025, perUurCent: 560, perMaandCent: 21000, perJaarCent: 210000 };
const ouder = { geboortedatum: d("1980-01-01"), uitkering: "PARTICIPATIEWET" };
const basis = {
  maand: "2025-05",
  soort: "ALGEMEEN" as const,
  uren: null,
  grens,
  alInMaandCent: 0,
  alInJaarCent: 0,
  inwoner: ouder,
  betaaldOp: d("2025-06-02"),
};
const regels = (o: Partial<Parameters<typeof vergoedingWaarschuwingen>[0]>) =>
  vergoedingWaarschuwingen({ ...basis, bedragCent: 10000, ...o }).map((w) => w.melding);

describe("R-VV-1: the limits of the year, per hour, month and year", () => {
  it("is silent within every limit, exactly at the month limit too", () => {
    expect(regels({ bedragCent: 21000 })).toEqual([]);
  });
  it("warns above the month limit, counting what was paid already", () => {
    expect(regels({ bedragCent: 21001 })).toEqual([expect.stringMatching(/meer dan € 210,00 per maand/)]);
    expect(regels({ bedragCent: 5000, alInMaandCent: 17000 })).toEqual([expect.stringMatching(/€ 220,00/)]);
  });
  it("warns above the year limit and above the limit per hour", () => {
    expect(regels({ alInJaarCent: 200001 })).toEqual([expect.stringMatching(/meer dan € 2\.100,00 per jaar/)]);
    expect(regels({ bedragCent: 6000, uren: 10 })).toEqual([expect.stringMatching(/meer dan € 5,60 per uur/)]);
    expect(regels({ bedragCent: 5600, uren: 10 })).toEqual([]);
  });
  it("does not hold real costs to the limits, and says when a year has no limits", () => {
    expect(regels({ soort: "WERKELIJKE_KOSTEN", bedragCent: 99999 })).toEqual([]);
    expect(regels({ grens: null })).toEqual([expect.stringMatching(/nog niet vastgelegd/)]);
  });
});

describe("R-VV-2: under 27 with a Participatiewet uitkering", () => {
  it("warns for a general allowance paid up to the day before the 27th birthday (the age on the day of payment)", () => {
    const jong = { geboortedatum: d("1998-05-31"), uitkering: "PARTICIPATIEWET" };
    // 27 on 31 May 2025. Paid on 10 May for May: still 26 that day, so warned (the month's last day
    // would say 27 and stay silent).
    expect(vergoedingWaarschuwingen({ ...basis, bedragCent: 100, inwoner: jong, betaaldOp: d("2025-05-10") })).toEqual([
      expect.objectContaining({ regel: "R-VV-2" }),
    ]);
    expect(vergoedingWaarschuwingen({ ...basis, bedragCent: 100, inwoner: jong, betaaldOp: d("2025-05-30") })).toEqual([
      expect.objectContaining({ regel: "R-VV-2" }),
    ]);
    // Paid on the birthday itself or later: 27, no warning, also for April paid in June.
    expect(vergoedingWaarschuwingen({ ...basis, bedragCent: 100, inwoner: jong, betaaldOp: d("2025-05-31") })).toEqual([]);
    expect(vergoedingWaarschuwingen({ ...basis, maand: "2025-04", bedragCent: 100, inwoner: jong, betaaldOp: d("2025-06-02") })).toEqual(
      [],
    );
  });
  it("not for real costs, nor for another uitkering", () => {
    const jong = { geboortedatum: d("2005-01-01"), uitkering: "PARTICIPATIEWET" };
    expect(vergoedingWaarschuwingen({ ...basis, soort: "WERKELIJKE_KOSTEN", bedragCent: 100, inwoner: jong })).toEqual([]);
    expect(vergoedingWaarschuwingen({ ...basis, bedragCent: 100, inwoner: { ...jong, uitkering: "UWV" } })).toEqual([]);
  });
});

describe("the form", () => {
  it("parses euros to cents and whole hours", () => {
    const r = vergoedingSchema.safeParse({ toewijzingId: "abc", maand: "2025-05", soort: "ALGEMEEN", bedrag: "12,50", uren: "3" });
    expect(r.success && r.data).toMatchObject({ bedrag: 1250, uren: 3 });
    expect(r.success && r.data.betaaldOp).toBeNull();
    const fout = vergoedingSchema.safeParse({ toewijzingId: "", maand: "2025-13", soort: "X", bedrag: "", uren: "1,5" });
    expect(fout.success).toBe(false);
  });
  it("takes the day of payment, never in the future", () => {
    const met = (betaaldOp: string) =>
      vergoedingSchema.safeParse({ toewijzingId: "abc", maand: "2025-05", soort: "ALGEMEEN", bedrag: "12,50", betaaldOp });
    const r = met("2025-05-10");
    expect(r.success && r.data.betaaldOp).toEqual(d("2025-05-10"));
    expect(met("2099-01-01").error?.issues[0]?.message).toMatch(/niet in de toekomst/);
    expect(met("31-02-2025").error?.issues[0]?.message).toMatch(/bestaande datum/);
  });
});
