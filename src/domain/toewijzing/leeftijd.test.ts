import { describe, expect, it } from "vitest";
import { aowLeeftijden } from "../../../prisma/data/referentie";
import { calendarDate as d, toIsoDate } from "../kalender";
import { achttienDatum, aowDatum, aowLeeftijdTekst, aowWaarschuwing, controleerLeeftijd, laatsteDagVoorAow, type AowRij } from "./leeftijd";

// R-AOW-1, typed over by hand from RULES.md: born 1957 up to 31-12-1960 → 67 years;
// born 01-01-1961 to 30-09-1964 → 67 years and 3 months; before 1957 lower (unknown cohort).
const aowTabel: AowRij[] = [
  { geborenVanaf: d("1957-01-01"), geborenTotMet: d("1960-12-31"), jaren: 67, maanden: 0 },
  { geborenVanaf: d("1961-01-01"), geborenTotMet: d("1964-09-30"), jaren: 67, maanden: 3 },
];

describe("achttienDatum (R-PRD-1)", () => {
  it("is the 18th birthday", () => {
    expect(toIsoDate(achttienDatum(d("2008-05-10")))).toBe("2026-05-10");
  });
  it("born on 29 February: 1 March in a common year", () => {
    expect(toIsoDate(achttienDatum(d("2008-02-29")))).toBe("2026-03-01");
  });
  it("18 years after a leap year is never a leap year, so every 29 February birth moves to 1 March", () => {
    expect(toIsoDate(achttienDatum(d("2012-02-29")))).toBe("2030-03-01");
  });
  it("28 February stays 28 February, also when the 18th year is a leap year", () => {
    expect(toIsoDate(achttienDatum(d("2010-02-28")))).toBe("2028-02-28");
  });
});

describe("aowDatum (R-AOW-1)", () => {
  it.each([
    // 1960 cohort: 67 years → 15 June 1960 + 67 = 15 June 2027
    ["1960-06-15", "2027-06-15", 67, 0],
    ["1960-12-31", "2027-12-31", 67, 0],
    // born 29-02-1960: 29 February 2027 does not exist → 1 March 2027
    ["1960-02-29", "2027-03-01", 67, 0],
    // 1961–1964 cohort: 67 years and 3 months → 1 January 1961 + 67 y = 1 January 2028, + 3 m = 1 April 2028
    ["1961-01-01", "2028-04-01", 67, 3],
    // 10 March 1962 + 67 y = 10 March 2029, + 3 m = 10 June 2029
    ["1962-03-10", "2029-06-10", 67, 3],
    // 30 November 1962 + 67 y 3 m = "30 February 2030" → 1 March 2030
    ["1962-11-30", "2030-03-01", 67, 3],
    // last day of the known table: 30 September 1964 + 67 y 3 m = 30 December 2031
    ["1964-09-30", "2031-12-30", 67, 3],
  ] as const)("born %s → AOW on %s", (geboren, aow, jaren, maanden) => {
    expect(aowDatum(d(geboren), aowTabel)).toEqual({ datum: d(aow), jaren, maanden, geschat: false, voorTabel: false });
  });

  it("a cohort not in the table uses the last known age and is flagged", () => {
    // 1 October 1964 + 67 y 3 m = 1 January 2032
    expect(aowDatum(d("1964-10-01"), aowTabel)).toEqual({ datum: d("2032-01-01"), jaren: 67, maanden: 3, geschat: true, voorTabel: false });
  });

  it("a gap in the table uses the cohort before it", () => {
    const metGat: AowRij[] = [
      { geborenVanaf: null, geborenTotMet: d("1960-12-31"), jaren: 67, maanden: 0 },
      { geborenVanaf: d("1970-01-01"), geborenTotMet: null, jaren: 68, maanden: 0 },
    ];
    expect(aowDatum(d("1965-01-01"), metGat)).toEqual({ datum: d("2032-01-01"), jaren: 67, maanden: 0, geschat: true, voorTabel: false });
    expect(aowDatum(d("1970-01-01"), metGat).geschat).toBe(false);
  });

  it("an empty table is a configuration error", () => {
    expect(() => aowDatum(d("1970-01-01"), [])).toThrow(/AOW table is empty/);
  });

  it("the last allowed day is the day before", () => {
    expect(toIsoDate(laatsteDagVoorAow(d("1960-06-15"), aowTabel))).toBe("2027-06-14");
  });
});

describe("controleerLeeftijd (R-PRD-1)", () => {
  const jong = { geboortedatum: d("2008-05-10"), aowTabel };

  it("refuses a start the day before the 18th birthday", () => {
    expect(controleerLeeftijd({ ...jong, startdatum: d("2026-05-09") })).toEqual([
      {
        regel: "R-PRD-1",
        veld: "startdatum",
        melding:
          "Werkt Mee is voor inwoners vanaf 18 jaar. Deze inwoner wordt 18 op 10 mei 2026; de toewijzing kan op zijn vroegst dan beginnen.",
      },
    ]);
  });
  it("allows a start on the 18th birthday", () => {
    expect(controleerLeeftijd({ ...jong, startdatum: d("2026-05-10"), einddatum: d("2026-11-09") })).toEqual([]);
  });
  it("born on 29 February: refused on 28 February, allowed on 1 March of the common year", () => {
    const schrikkel = { geboortedatum: d("2008-02-29"), aowTabel };
    expect(controleerLeeftijd({ ...schrikkel, startdatum: d("2026-02-28") })).toHaveLength(1);
    expect(controleerLeeftijd({ ...schrikkel, startdatum: d("2026-03-01") })).toEqual([]);
  });

  // Born 15 June 1960: AOW on 15 June 2027, so 14 June 2027 is the last possible day.
  const oud = { geboortedatum: d("1960-06-15"), aowTabel };
  it("allows an end on the day before the AOW day", () => {
    expect(controleerLeeftijd({ ...oud, startdatum: d("2026-01-01"), einddatum: d("2027-06-14") })).toEqual([]);
  });
  it("refuses an end on the AOW day and names the last possible day", () => {
    expect(controleerLeeftijd({ ...oud, startdatum: d("2026-01-01"), einddatum: d("2027-06-15") })).toEqual([
      {
        regel: "R-PRD-1",
        veld: "einddatum",
        melding:
          "Deze inwoner bereikt de AOW-leeftijd op 15 juni 2027. De toewijzing mag daarom uiterlijk tot en met 14 juni 2027 lopen; de einddatum is nu 15 juni 2027.",
      },
    ]);
  });
  it("allows a start on the last day before the AOW day, refuses one on the AOW day", () => {
    expect(controleerLeeftijd({ ...oud, startdatum: d("2027-06-14"), einddatum: d("2027-06-14") })).toEqual([]);
    const fouten = controleerLeeftijd({ ...oud, startdatum: d("2027-06-15"), einddatum: d("2027-12-14") });
    expect(fouten).toHaveLength(1); // only the start: the end follows from it
    expect(fouten[0]).toMatchObject({ regel: "R-PRD-1", veld: "startdatum" });
    expect(fouten[0]!.melding).toContain("15 juni 2027");
  });
  it("uses 67 years and 3 months for the 1962 cohort", () => {
    // Born 10 March 1962: AOW on 10 June 2029. Under a flat 67 it would be 10 March 2029.
    const cohort1962 = { geboortedatum: d("1962-03-10"), aowTabel, startdatum: d("2028-01-01") };
    expect(controleerLeeftijd({ ...cohort1962, einddatum: d("2029-06-09") })).toEqual([]);
    expect(controleerLeeftijd({ ...cohort1962, einddatum: d("2029-06-10") })).toHaveLength(1);
  });
});

describe("aowWaarschuwing (R-AOW-1 flag)", () => {
  // Born 1 October 1964: not in the table; estimated 67 y 3 m → AOW on 1 January 2032.
  // Five years before that is 1 January 2027.
  const geboren = d("1964-10-01");
  it("warns when the toewijzing ends within 5 years of the estimated AOW day", () => {
    expect(aowWaarschuwing(geboren, d("2027-01-01"), aowTabel)).toEqual({
      regel: "R-AOW-1",
      melding:
        "De AOW-leeftijd voor inwoners geboren op 1 oktober 1964 is nog niet vastgelegd. Gerekend is met 67 jaar en 3 maanden (de laatst bekende AOW-leeftijd): AOW op 1 januari 2032. Controleer de einddatum als de nieuwe AOW-leeftijd bekend is.",
    });
  });
  it("stays silent when the toewijzing ends earlier than that", () => {
    expect(aowWaarschuwing(geboren, d("2026-12-31"), aowTabel)).toBeNull();
  });
  it("stays silent for a known cohort", () => {
    expect(aowWaarschuwing(d("1964-09-30"), d("2031-12-29"), aowTabel)).toBeNull();
  });
});

describe("aowLeeftijdTekst", () => {
  it("writes years and months", () => {
    expect(aowLeeftijdTekst({ jaren: 67, maanden: 0 })).toBe("67 jaar");
    expect(aowLeeftijdTekst({ jaren: 67, maanden: 1 })).toBe("67 jaar en 1 maand");
    expect(aowLeeftijdTekst({ jaren: 67, maanden: 3 })).toBe("67 jaar en 3 maanden");
  });
});

describe("born before 1957 (R-AOW-1, issue 11 defect 11)", () => {
  // The seeded table itself, as the database gets it.
  const seed: AowRij[] = aowLeeftijden.map((a) => ({
    geborenVanaf: a.geborenVanaf ? d(a.geborenVanaf) : null,
    geborenTotMet: a.geborenTotMet ? d(a.geborenTotMet) : null,
    jaren: a.jaren,
    maanden: a.maanden,
  }));

  it("the seed's first cohort starts on 1 January 1957, not open-ended", () => {
    expect(seed.map((r) => r.geborenVanaf && toIsoDate(r.geborenVanaf))).toEqual(["1957-01-01", "1961-01-01"]);
  });
  it("1 January 1957 is a known cohort; the day before is unknown and flagged, not silently 67", () => {
    expect(aowDatum(d("1957-01-01"), seed)).toMatchObject({ geschat: false, voorTabel: false, jaren: 67 });
    expect(aowDatum(d("1956-12-31"), seed)).toMatchObject({ geschat: true, voorTabel: true });
  });
  it("flags a birth date before 1957 whatever the end date, and says the real AOW age was lower", () => {
    const w = aowWaarschuwing(d("1956-12-31"), d("2000-01-01"), seed);
    expect(w?.regel).toBe("R-AOW-1");
    expect(w?.melding).toMatch(/onbekende groep/);
    expect(w?.melding).toMatch(/wie voor 1 januari 1957 is geboren, had een lagere AOW-leeftijd dan 67 jaar/);
    expect(aowWaarschuwing(d("1957-01-01"), d("2000-01-01"), seed)).toBeNull();
  });
  it("a refusal over the AOW day says the cohort is unknown", () => {
    const [f] = controleerLeeftijd({ geboortedatum: d("1956-06-01"), startdatum: d("2024-01-01"), aowTabel: seed });
    expect(f?.melding).toMatch(/^Werkt Mee is voor inwoners tot de AOW-leeftijd\. .*onbekende groep/);
    const [bekend] = controleerLeeftijd({ geboortedatum: d("1957-06-01"), startdatum: d("2025-01-01"), aowTabel: seed });
    expect(bekend?.melding).not.toMatch(/onbekende groep/);
  });
});
