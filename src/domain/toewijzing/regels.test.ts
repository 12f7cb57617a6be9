import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import type { AowRij } from "./leeftijd";
import type { BestaandeToewijzing } from "./overlap";
import { controleerToewijzing, type ToewijzingInvoer } from "./regels";
import type { TariefRij } from "./tarief";
import { vastePrijsRegel, type DeclaratieToewijzing } from "../declaratie/regels";
import { maxVolume } from "../iwmo/regels";

// The whole check, one scenario per rule, with the real products from the reference data.
const product = (code: string) => producten.find((p) => p.code === code)!;
const aowTabel: AowRij[] = [
  { geborenVanaf: d("1957-01-01"), geborenTotMet: d("1960-12-31"), jaren: 67, maanden: 0 },
  { geborenVanaf: d("1961-01-01"), geborenTotMet: d("1964-09-30"), jaren: 67, maanden: 3 },
];
// Invented 2026 tariffs; no 2027 tariff for op-trede 3.
const tarieven: TariefRij[] = [
  { productCode: "ONTW_4", jaar: 2026, bedragCent: 32500 },
  { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: 1100 },
];

function invoer(extra: Partial<ToewijzingInvoer> = {}): ToewijzingInvoer {
  return {
    afgever: { rol: "TRAJECTREGISSEUR" },
    inwoner: { geboortedatum: d("1990-04-15"), trede: 3, uitkering: "PARTICIPATIEWET" },
    product: product("ONTW_4"),
    startdatum: d("2026-03-01"),
    tarieven,
    aowTabel,
    ...extra,
  };
}
const declaratieToewijzing: DeclaratieToewijzing = {
  productCode: "ONTW_4",
  productNaam: "Ontwikkeling naar trede 4",
  categorie: "ONTWIKKELING",
  status: "GESTART",
  startdatum: d("2026-03-01"),
  einddatum: d("2026-08-31"),
  gestartOp: d("2026-03-02"),
  beeindigdOp: null,
  urenPerWeek: null,
  isVerlenging: false,
};
const regels = (uitkomst: ReturnType<typeof controleerToewijzing>) => (uitkomst.ok ? [] : uitkomst.fouten.map((f) => f.regel));

describe("controleerToewijzing", () => {
  it("issues an ontwikkeltraject: 6 months, fixed price of the start year, 1 stuk in iWmo", () => {
    expect(controleerToewijzing(invoer())).toEqual({
      ok: true,
      einddatum: d("2026-08-31"),
      verlengingsnummer: 0,
      contactpersoonRol: "TRAJECTREGISSEUR",
      tarief: { productCode: "ONTW_4", jaar: 2026, bedragCent: 32500 },
      iwmo: { productcategorie: "07", productcode: "07W41", volume: 1, eenheid: "82", frequentie: "6" },
      waarschuwingen: [],
    });
  });

  it("issues op-trede with hours, and warns about the missing tariff of a later year (R-TAR-2)", () => {
    const uitkomst = controleerToewijzing(
      invoer({
        afgever: { rol: "WMO_CONSULENT" },
        inwoner: { geboortedatum: d("1990-04-15"), trede: 3, uitkering: "UWV" },
        product: product("OP_TREDE_3"),
        einddatum: d("2027-12-31"),
        urenPerWeek: 12,
      }),
    );
    expect(uitkomst).toMatchObject({
      ok: true,
      einddatum: d("2027-12-31"),
      contactpersoonRol: "WMO_CONSULENT",
      iwmo: { productcode: "07W30", volume: 12, eenheid: "04", frequentie: "2" },
      waarschuwingen: [
        { regel: "R-TAR-2", melding: expect.stringMatching(/^Voor 2027 is nog geen tarief vastgesteld voor Werkplek op trede 3\./) },
      ],
    });
  });

  it("collects every Fout, not just the first", () => {
    const uitkomst = controleerToewijzing(
      invoer({
        afgever: { rol: "WMO_CONSULENT" }, // Participatiewet: not the Wmo-consulent (R-TOE-1)
        inwoner: { geboortedatum: d("1990-04-15"), trede: 4, uitkering: "PARTICIPATIEWET" }, // too high for ONTW_4 (R-PRD-2)
        startdatum: d("2025-06-01"), // no 2025 tariff: a warning, not a Fout (issue 21 item 20)
        urenPerWeek: 10, // no hours on ontwikkeling (R-TOE-3)
      }),
    );
    expect(regels(uitkomst)).toEqual(["R-TOE-1", "R-PRD-2", "R-TOE-3"]);
  });

  it("issue 21 item 20: a start year without a tariff is issued with the warning; declaring waits for the tariff (R-TAR-2)", () => {
    const uitkomst = controleerToewijzing(invoer({ startdatum: d("2025-06-01") }));
    expect(uitkomst).toMatchObject({
      ok: true,
      tarief: null,
      waarschuwingen: [
        {
          regel: "R-TAR-2",
          melding:
            "Voor 2025 is nog geen tarief vastgesteld voor Ontwikkeling naar trede 4. De vaste prijs kan pas gedeclareerd worden als dat tarief er is.",
        },
      ],
    });
  });

  describe("R-PRD-1 age", () => {
    const achttien = { geboortedatum: d("2008-05-10"), trede: 3, uitkering: "GEEN" as const };
    it("refuses a start the day before the 18th birthday, allows it on the birthday", () => {
      expect(regels(controleerToewijzing(invoer({ inwoner: achttien, startdatum: d("2026-05-09") })))).toEqual(["R-PRD-1"]);
      expect(controleerToewijzing(invoer({ inwoner: achttien, startdatum: d("2026-05-10") }))).toMatchObject({
        ok: true,
        einddatum: d("2026-11-09"),
      });
    });
    // Born 15 June 1960: AOW on 15 June 2027. From 15 December 2026 the 6 months end on 14 June 2027.
    const bijnaAow = { geboortedatum: d("1960-06-15"), trede: 3, uitkering: "GEEN" as const };
    it("allows an ontwikkeltraject ending the day before the AOW day", () => {
      expect(controleerToewijzing(invoer({ inwoner: bijnaAow, startdatum: d("2026-12-15") }))).toMatchObject({
        ok: true,
        einddatum: d("2027-06-14"),
      });
    });
    it("refuses one that would end on the AOW day", () => {
      const uitkomst = controleerToewijzing(invoer({ inwoner: bijnaAow, startdatum: d("2026-12-16") }));
      expect(uitkomst).toMatchObject({
        ok: false,
        fouten: [{ regel: "R-PRD-1", veld: "einddatum", melding: expect.stringContaining("uiterlijk tot en met 14 juni 2027") }],
      });
    });
    it("warns when an unknown AOW cohort is close (R-AOW-1)", () => {
      // Born 1 October 1964: estimated AOW 1 January 2032; ends 31 August 2027, within 5 years.
      const uitkomst = controleerToewijzing(
        invoer({ inwoner: { geboortedatum: d("1964-10-01"), trede: 3, uitkering: "GEEN" }, startdatum: d("2026-09-01"), einddatum: null }),
      );
      expect(uitkomst).toMatchObject({ ok: true, waarschuwingen: [{ regel: "R-AOW-1" }] });
    });
  });

  describe("R-PRD-3 combinations", () => {
    const opTredeElders: BestaandeToewijzing = {
      productCode: "OP_TREDE_3",
      productNaam: "Werkplek op trede 3",
      categorie: "OP_TREDE",
      startdatum: d("2026-01-01"),
      einddatum: d("2027-12-31"),
      status: "GESTART",
      aanbiederId: "andere-aanbieder",
    };
    it("ontwikkeling next to a running op-trede with another aanbieder is fine", () => {
      expect(controleerToewijzing(invoer({ bestaandeToewijzingen: [opTredeElders] }))).toMatchObject({ ok: true });
    });
    it("a second ontwikkeltraject at the same time is refused", () => {
      const ontw3: BestaandeToewijzing = {
        ...opTredeElders,
        productCode: "ONTW_3",
        productNaam: "Ontwikkeling naar trede 3",
        categorie: "ONTWIKKELING",
        startdatum: d("2026-01-01"),
        einddatum: d("2026-06-30"),
      };
      expect(regels(controleerToewijzing(invoer({ bestaandeToewijzingen: [opTredeElders, ontw3] })))).toEqual(["R-PRD-3"]);
    });
  });

  describe("R-TOE-4 verlenging", () => {
    const eerste = { productCode: "ONTW_4", startdatum: d("2026-03-01"), einddatum: d("2026-08-31") };
    const alsToewijzing: BestaandeToewijzing = {
      ...eerste,
      productNaam: "Ontwikkeling naar trede 4",
      categorie: "ONTWIKKELING",
      status: "GESTART",
    };
    it("extends an ontwikkeltraject once, from the day after, for another 6 months", () => {
      expect(
        controleerToewijzing(invoer({ startdatum: d("2026-09-01"), verlengingVan: [eerste], bestaandeToewijzingen: [alsToewijzing] })),
      ).toMatchObject({
        ok: true,
        einddatum: d("2027-02-28"),
        verlengingsnummer: 1,
      });
    });
    // Issue 21 item 16: the fixed price is once per traject (R-DEC-2), so the verlenging's 301
    // allocates no unit that could never be declared; op-trede's hours are allocated as before.
    it("an ontwikkeling verlenging allocates 0 stuks in iWmo: its 301 agrees with the declaratie rules", () => {
      const verlenging = controleerToewijzing(
        invoer({ startdatum: d("2026-09-01"), verlengingVan: [eerste], bestaandeToewijzingen: [alsToewijzing] }),
      );
      expect(verlenging).toMatchObject({ ok: true, iwmo: { productcode: "07W41", volume: 0, eenheid: "82", frequentie: "6" } });
      const uitkomst = vastePrijsRegel({
        toewijzing: { ...declaratieToewijzing, isVerlenging: true },
        tarieven,
        alGedeclareerd: false,
      });
      expect(uitkomst.ok).toBe(false);
      expect(maxVolume(verlenging.ok ? verlenging.iwmo : null, d("2026-09-01"), d("2026-09-30"))).toBe(0);
      // The first period: one stuk, and the declaratie rules take its fixed price.
      expect(controleerToewijzing(invoer())).toMatchObject({ iwmo: { volume: 1 } });
      expect(vastePrijsRegel({ toewijzing: declaratieToewijzing, tarieven, alGedeclareerd: false }).ok).toBe(true);
    });
    it("an op-trede verlenging keeps its hours per week", () => {
      const vorige = { productCode: "OP_TREDE_3", startdatum: d("2025-03-01"), einddatum: d("2026-02-28") };
      expect(
        controleerToewijzing(
          invoer({ product: product("OP_TREDE_3"), urenPerWeek: 12, einddatum: d("2026-12-31"), verlengingVan: [vorige] }),
        ),
      ).toMatchObject({ ok: true, iwmo: { volume: 12, eenheid: "04", frequentie: "2" } });
    });
    it("refuses a second verlenging", () => {
      const tweede = { productCode: "ONTW_4", startdatum: d("2026-09-01"), einddatum: d("2027-02-28") };
      const uitkomst = controleerToewijzing(
        invoer({
          startdatum: d("2027-03-01"),
          verlengingVan: [eerste, tweede],
          tarieven: [...tarieven, { productCode: "ONTW_4", jaar: 2027, bedragCent: 33000 }],
        }),
      );
      expect(regels(uitkomst)).toEqual(["R-TOE-4"]);
    });
  });

  describe("R-TOE-3 dates and extent", () => {
    it("op-trede needs an einddatum and hours", () => {
      const uitkomst = controleerToewijzing(invoer({ product: product("OP_TREDE_3") }));
      expect(uitkomst.ok ? [] : uitkomst.fouten.map((f) => f.veld)).toEqual(["urenPerWeek", "einddatum"]);
    });
    it("refuses a date with a time of day before applying any rule", () => {
      expect(controleerToewijzing(invoer({ startdatum: new Date("2026-03-01T10:00:00Z") }))).toEqual({
        ok: false,
        fouten: [{ regel: "R-TOE-3", veld: "startdatum", melding: "Vul een geldige startdatum in." }],
        waarschuwingen: [],
      });
    });
  });

  it("begeleiding groep: no tariff, no iWmo omvang yet (warned), the Wmo-consulent is the contact", () => {
    const uitkomst = controleerToewijzing(
      invoer({
        afgever: { rol: "WMO_CONSULENT" },
        inwoner: { geboortedatum: d("1990-04-15"), trede: 2, uitkering: "PARTICIPATIEWET" },
        product: product("BG_BASIS"),
        einddatum: d("2027-02-28"),
      }),
    );
    expect(uitkomst).toMatchObject({
      ok: true,
      tarief: null,
      iwmo: null,
      contactpersoonRol: "WMO_CONSULENT",
      waarschuwingen: [{ regel: "R-IWMO" }],
    });
  });

  describe("issue 11 defects", () => {
    it("defect 1: begeleiding groep has no age limit (R-PRD-1 is for Werkt Mee products)", () => {
      const bg = (geboortedatum: Date) =>
        invoer({
          afgever: { rol: "WMO_CONSULENT" },
          inwoner: { geboortedatum, trede: 2, uitkering: "GEEN" },
          product: product("BG_BASIS"),
          einddatum: d("2027-02-28"),
        });
      // 17 years old, and well past the AOW age: both fine for begeleiding groep.
      expect(controleerToewijzing(bg(d("2009-01-01")))).toMatchObject({ ok: true });
      expect(controleerToewijzing(bg(d("1950-01-01")))).toMatchObject({ ok: true });
      expect(controleerToewijzing(bg(d("1950-01-01"))).waarschuwingen.map((w) => w.regel)).not.toContain("R-AOW-1");
      // The same inwoners are refused a Werkt Mee product.
      const ontw = (geboortedatum: Date) => invoer({ inwoner: { geboortedatum, trede: 2, uitkering: "GEEN" }, product: product("ONTW_4") });
      expect(regels(controleerToewijzing(ontw(d("2009-01-01"))))).toEqual(["R-PRD-1"]);
      expect(regels(controleerToewijzing(ontw(d("1950-01-01"))))).toEqual(["R-PRD-1"]);
    });

    it("defect 2: ontwikkeling naar 3 (trede 2) combines with a werkplek op trede 3; above the level only a warning", () => {
      const opTrede3 = (trede: number) =>
        invoer({
          inwoner: { geboortedatum: d("1990-04-15"), trede, uitkering: "PARTICIPATIEWET" },
          product: product("OP_TREDE_3"),
          einddatum: d("2026-12-31"),
          urenPerWeek: 12,
        });
      expect(controleerToewijzing(opTrede3(2))).toMatchObject({ ok: true, waarschuwingen: [] });
      expect(controleerToewijzing(opTrede3(3))).toMatchObject({ ok: true, waarschuwingen: [] });
      expect(controleerToewijzing(opTrede3(4))).toMatchObject({ ok: true, waarschuwingen: [{ regel: "R-PRD-2" }] });
    });

    const werkplek = {
      titel: "Fietsenmaker",
      biedtTrede3: true,
      biedtTrede4: false,
      ontwikkelingNaar3: true,
      ontwikkelingNaar4: false,
      ontwikkelingNaar5: false,
    };
    it("defect 7: the werkplek must offer the product's level", () => {
      // ONTW_4 at a werkplek that offers only ontwikkeling naar 3 and op trede 3.
      const uitkomst = controleerToewijzing(invoer({ werkplek }));
      expect(uitkomst).toMatchObject({ ok: false, fouten: [{ regel: "R-PRD-2", veld: "werkplekId" }] });
      expect(uitkomst.ok ? "" : uitkomst.fouten[0]!.melding).toBe(
        'De werkplek "Fietsenmaker" biedt geen ontwikkeling naar trede 4 (deze werkplek biedt: werkplek op trede 3, ontwikkeling naar trede 3). Kies een werkplek die dit biedt, of geen werkplek.',
      );
      expect(controleerToewijzing(invoer({ werkplek: { ...werkplek, ontwikkelingNaar4: true } }))).toMatchObject({ ok: true });
      expect(controleerToewijzing(invoer({ werkplek: null }))).toMatchObject({ ok: true });
    });

    it("defect 8: the aanbieder's contract must cover the end of the toewijzing, to the day", () => {
      const aanbieder = (contractTot: Date | null) => ({ naam: "Groen BV", contractVan: d("2025-01-01"), contractTot });
      // ONTW_4 from 1 March 2026 ends on 31 August 2026.
      expect(controleerToewijzing(invoer({ aanbieder: aanbieder(d("2026-08-31")) }))).toMatchObject({ ok: true });
      expect(controleerToewijzing(invoer({ aanbieder: aanbieder(null) }))).toMatchObject({ ok: true });
      const kort = controleerToewijzing(invoer({ aanbieder: aanbieder(d("2026-08-30")) }));
      expect(kort).toMatchObject({ ok: false, fouten: [{ regel: "R-TOE-3", veld: "aanbiederId" }] });
      expect(kort.ok ? "" : kort.fouten[0]!.melding).toMatch(
        /loopt tot en met 30 augustus 2026; de toewijzing loopt tot en met 31 augustus 2026/,
      );
      const laat = controleerToewijzing(invoer({ aanbieder: { ...aanbieder(null), contractVan: d("2026-03-02") } }));
      expect(regels(laat)).toEqual(["R-TOE-3"]);
    });

    describe("defect 5: 'extend once' cannot be bypassed by a new unlinked toewijzing", () => {
      const vorige = (over: Partial<BestaandeToewijzing & { verlengd: boolean; verlengingsnummer: number; nummer: string }> = {}) => ({
        productCode: "ONTW_4",
        productNaam: "Ontwikkeling naar trede 4",
        categorie: "ONTWIKKELING" as const,
        nummer: "TW-2025-000007",
        startdatum: d("2025-03-01"),
        einddatum: d("2026-02-28"),
        status: "BEEINDIGD" as const,
        ...over,
      });
      it("a new ONTW_4 the day after an extended chain is refused; the earliest new start is named", () => {
        const uitkomst = controleerToewijzing(
          invoer({ bestaandeToewijzingen: [vorige({ startdatum: d("2025-09-01"), verlengingsnummer: 1 })] }),
        );
        expect(uitkomst).toMatchObject({ ok: false, fouten: [{ regel: "R-TOE-4", veld: "startdatum" }] });
        expect(uitkomst.ok ? "" : uitkomst.fouten[0]!.melding).toMatch(/op zijn vroegst beginnen op 29 augustus 2026\./);
      });
      it("issue 21 item 21: with a stated reason the consulent's judgement allows the new ontwikkeling, with a warning", () => {
        const eerder = [vorige({ startdatum: d("2025-09-01"), verlengingsnummer: 1 })];
        const zonder = controleerToewijzing(invoer({ bestaandeToewijzingen: eerder }));
        expect(zonder.ok ? "" : zonder.fouten[0]!.melding).toMatch(/Schrijf waarom/);
        const met = controleerToewijzing(
          invoer({ bestaandeToewijzingen: eerder, redenNieuwTraject: "Na een half jaar ziekte is ze weer belastbaar; nieuw doel." }),
        );
        expect(met).toMatchObject({
          ok: true,
          waarschuwingen: expect.arrayContaining([
            {
              regel: "R-TOE-4",
              melding:
                "Deze inwoner had tot en met 28 februari 2026 al Ontwikkeling naar trede 4 (TW-2025-000007). Dit nieuwe traject wordt afgegeven met de reden die je opgaf; die staat bij de toewijzing.",
            },
          ]),
        });
        // A reason is not a way around "issue it as its verlenging" (the day after an unextended period).
        const aansluitend = controleerToewijzing(
          invoer({ bestaandeToewijzingen: [vorige({ startdatum: d("2025-09-01") })], redenNieuwTraject: "Een reden van genoeg tekens." }),
        );
        expect(aansluitend.ok).toBe(false);
      });
      it("the day after an unextended period: it must be issued as its verlenging", () => {
        const uitkomst = controleerToewijzing(invoer({ bestaandeToewijzingen: [vorige({ startdatum: d("2025-09-01") })] }));
        expect(uitkomst.ok ? "" : uitkomst.fouten[0]!.melding).toMatch(/Geef hem af als verlenging van die toewijzing/);
      });
      it("refused up to 6 months after the end, allowed the day after that", () => {
        // Ended 28 February 2026: 6 months later is 28 August 2026; from 29 August a new traject.
        const na = (start: string) =>
          controleerToewijzing(
            invoer({
              startdatum: d(start),
              bestaandeToewijzingen: [vorige({ verlengingsnummer: 1 })],
              tarieven: [...tarieven, { productCode: "ONTW_4", jaar: 2027, bedragCent: 33000 }],
            }),
          );
        expect(regels(na("2026-08-28"))).toEqual(["R-TOE-4"]);
        expect(na("2026-08-29")).toMatchObject({ ok: true });
      });
      it("an ingetrokken earlier toewijzing, or another product, does not count", () => {
        expect(controleerToewijzing(invoer({ bestaandeToewijzingen: [vorige({ status: "INGETROKKEN" })] }))).toMatchObject({ ok: true });
        expect(
          controleerToewijzing(
            invoer({ bestaandeToewijzingen: [vorige({ productCode: "ONTW_3", productNaam: "Ontwikkeling naar trede 3" })] }),
          ),
        ).toMatchObject({ ok: true });
      });
      it("op-trede (extended repeatedly) is not limited by this rule", () => {
        const opTrede = vorige({ productCode: "OP_TREDE_3", categorie: "OP_TREDE", productNaam: "Werkplek op trede 3" });
        const uitkomst = controleerToewijzing(
          invoer({ product: product("OP_TREDE_3"), einddatum: d("2026-12-31"), urenPerWeek: 8, bestaandeToewijzingen: [opTrede] }),
        );
        expect(uitkomst).toMatchObject({ ok: true });
      });
      it("an ingetrokken toewijzing cannot be extended", () => {
        const eerste = { productCode: "ONTW_4", startdatum: d("2025-09-01"), einddatum: d("2026-02-28"), status: "INGETROKKEN" as const };
        const uitkomst = controleerToewijzing(invoer({ verlengingVan: [eerste] }));
        expect(uitkomst).toMatchObject({ ok: false, fouten: [{ regel: "R-TOE-4", melding: expect.stringMatching(/ingetrokken/) }] });
      });
    });
  });
});
