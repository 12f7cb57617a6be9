import { describe, expect, it } from "vitest";
import { aowCohortSchema, cohortenOverlappen, cohortTekst, type Cohort } from "./aow-cohort";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const c = (van: string | null, tot: string | null): Cohort => ({ geborenVanaf: van ? d(van) : null, geborenTotMet: tot ? d(tot) : null });

// R-AOW-1: every birth date belongs to at most one cohort; bounds are inclusive, null is open.
describe("cohortenOverlappen", () => {
  const tot1960 = c(null, "1960-12-31");
  const tot1964 = c("1961-01-01", "1964-09-30");
  it.each([
    [c("1964-10-01", "1965-12-31"), false, "the next cohort, starting the day after"],
    [c("1964-10-01", null), false, "an open-ended next cohort"],
    [c("1964-09-30", "1965-12-31"), true, "sharing the last day (bounds are inclusive)"],
    [c("1962-01-01", "1963-01-01"), true, "inside an existing cohort"],
    [c("1950-01-01", "1970-01-01"), true, "around existing cohorts"],
    [c(null, "1950-01-01"), true, "open start against an open start"],
    [c("1955-01-01", null), true, "open end reaching back over everything"],
  ])("%o → %s (%s)", (nieuw, verwacht) => {
    expect(cohortenOverlappen(nieuw, tot1960) || cohortenOverlappen(nieuw, tot1964)).toBe(verwacht);
    expect(cohortenOverlappen(tot1960, nieuw) || cohortenOverlappen(tot1964, nieuw)).toBe(verwacht);
  });
  it("the seeded cohorts do not overlap each other", () => {
    expect(cohortenOverlappen(tot1960, tot1964)).toBe(false);
  });
});

describe("aowCohortSchema", () => {
  it("turns form input into UTC-midnight dates", () => {
    const r = aowCohortSchema.safeParse({ geborenVanaf: " 1964-10-01", geborenTotMet: "1965-12-31", jaren: "67", maanden: "3" });
    expect(r).toEqual({ success: true, data: { geborenVanaf: d("1964-10-01"), geborenTotMet: d("1965-12-31"), jaren: 67, maanden: 3 } });
  });
  it.each([
    [
      { geborenVanaf: "", geborenTotMet: "1965-12-31", jaren: "67", maanden: "0" },
      "geborenVanaf",
      "Vul de eerste geboortedatum van de groep in.",
    ],
    [
      { geborenVanaf: "1964-10-01", geborenTotMet: "", jaren: "67", maanden: "0" },
      "geborenTotMet",
      "Vul de laatste geboortedatum van de groep in.",
    ],
    [
      { geborenVanaf: "1965-02-30", geborenTotMet: "", jaren: "67", maanden: "0" },
      "geborenVanaf",
      "Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 1964-10-01.",
    ],
    [
      { geborenVanaf: "01-10-1964", geborenTotMet: "", jaren: "67", maanden: "0" },
      "geborenVanaf",
      "Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 1964-10-01.",
    ],
    [
      { geborenVanaf: "1800-01-01", geborenTotMet: "", jaren: "67", maanden: "0" },
      "geborenVanaf",
      "Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 1964-10-01.",
    ],
    [
      { geborenVanaf: "1966-01-01", geborenTotMet: "1965-12-31", jaren: "67", maanden: "0" },
      "geborenTotMet",
      "De datum 'geboren tot en met' ligt voor de datum 'geboren vanaf'.",
    ],
    [
      { geborenVanaf: "1966-01-01", geborenTotMet: "1966-12-31", jaren: "59", maanden: "0" },
      "jaren",
      "Vul het aantal jaren in: een heel getal van 60 tot en met 80.",
    ],
    [
      { geborenVanaf: "1966-01-01", geborenTotMet: "1966-12-31", jaren: "67,5", maanden: "0" },
      "jaren",
      "Vul het aantal jaren in: een heel getal van 60 tot en met 80.",
    ],
    [
      { geborenVanaf: "1966-01-01", geborenTotMet: "1966-12-31", jaren: "67", maanden: "12" },
      "maanden",
      "Vul het aantal maanden in: een heel getal van 0 tot en met 11.",
    ],
  ])("refuses %o on %s", (invoer, veld, melding) => {
    const r = aowCohortSchema.safeParse(invoer);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.find((i) => i.path[0] === veld)?.message).toBe(melding);
  });
});

describe("cohortTekst", () => {
  it("describes a cohort in Dutch", () => {
    expect(cohortTekst(c(null, "1960-12-31"))).toBe("geboren tot en met 31 december 1960");
    expect(cohortTekst(c("1961-01-01", "1964-09-30"))).toBe("geboren van 1 januari 1961 tot en met 30 september 1964");
    expect(cohortTekst(c("1964-10-01", null))).toBe("geboren op of na 1 oktober 1964");
  });
});
