import { describe, expect, it } from "vitest";
import { heeftFilters, parseZoekparameters, zoekQuery } from "./zoekparameters";

const bekend = {
  branches: new Set(["horeca", "groen-en-tuin"]),
  ondersteuning: new Set(["prikkelarm", "rolstoeltoegankelijk"]),
  ontwikkelmogelijkheden: new Set(["certificaat"]),
};

describe("parseZoekparameters", () => {
  it("gives defaults for an empty URL", () => {
    const { parameters, meldingen } = parseZoekparameters({}, bekend);
    expect(parameters).toEqual({
      q: "",
      branches: [],
      postcode: "",
      afstand: 10,
      treden: [],
      ontwikkeling: [],
      ondersteuning: [],
      ontwikkelmogelijkheden: [],
      vrij: false,
      pagina: 1,
    });
    expect(meldingen).toEqual([]);
  });

  it("reads repeated parameters and removes duplicates", () => {
    const { parameters } = parseZoekparameters(
      {
        branche: ["horeca", "groen-en-tuin", "horeca"],
        trede: ["4", "3", "3"],
        ontwikkeling: ["5", "3"],
        ondersteuning: "prikkelarm",
        ontwikkelmogelijkheid: "certificaat",
      },
      bekend,
    );
    expect(parameters.branches).toEqual(["horeca", "groen-en-tuin"]);
    expect(parameters.treden).toEqual([3, 4]);
    expect(parameters.ontwikkeling).toEqual([3, 5]);
    expect(parameters.ondersteuning).toEqual(["prikkelarm"]);
    expect(parameters.ontwikkelmogelijkheden).toEqual(["certificaat"]);
  });

  it("an old link filtering on the portfolio (an obligation of every product, R-PRD-7) shows everything, with a note", () => {
    // Even if the database still lists the slug as known.
    const metPortfolio = { ...bekend, ontwikkelmogelijkheden: new Set(["certificaat", "portfolio"]) };
    const r = parseZoekparameters({ ontwikkelmogelijkheid: ["portfolio", "certificaat"] }, metPortfolio);
    expect(r.parameters.ontwikkelmogelijkheden).toEqual(["certificaat"]);
    expect(r.meldingen).toEqual([
      "Bij elke Werkt Mee-werkplek houd je een portfolio bij; daar hoef je niet op te zoeken. We tonen alle werkplekken.",
    ]);
  });

  it("accepts the four distances and explains any other", () => {
    for (const a of ["2", "5", "10", "25"]) expect(parseZoekparameters({ afstand: a }, bekend).parameters.afstand).toBe(Number(a));
    for (const a of ["3", "-5", "abc", "1e3", "10.5"]) {
      const r = parseZoekparameters({ afstand: a }, bekend);
      expect(r.parameters.afstand).toBe(10);
      expect(r.meldingen.join(" ")).toMatch(/Kies een afstand van 2, 5, 10 of 25 km/);
    }
  });

  it("ignores malformed values with a Dutch message instead of failing", () => {
    const r = parseZoekparameters(
      { trede: ["7", "drie"], ontwikkeling: "2", branche: "<script>", pagina: "-1", ondersteuning: "x".repeat(5000) },
      bekend,
    );
    expect(r.parameters.treden).toEqual([]);
    expect(r.parameters.ontwikkeling).toEqual([]);
    expect(r.parameters.branches).toEqual([]);
    expect(r.parameters.pagina).toBe(1);
    expect(r.parameters.ondersteuning).toEqual([]);
    expect(r.meldingen).toEqual(
      expect.arrayContaining([
        "Trede kan alleen 3 of 4 zijn; een andere waarde is genegeerd.",
        "Ontwikkeling naar trede kan alleen 3, 4 of 5 zijn; een andere waarde is genegeerd.",
        "Een onbekende branche in de zoekopdracht is genegeerd.",
        "Dat paginanummer bestaat niet; we tonen de eerste pagina.",
      ]),
    );
  });

  it("cuts an over-long search text to 100 characters and says so", () => {
    const r = parseZoekparameters({ q: "fiets ".repeat(50) }, bekend);
    expect(r.parameters.q.length).toBeLessThanOrEqual(100);
    expect(r.meldingen[0]).toMatch(/zoektekst is te lang/);
  });

  it("rejects page numbers beyond the limit and fractions", () => {
    expect(parseZoekparameters({ pagina: "1001" }, bekend).parameters.pagina).toBe(1);
    expect(parseZoekparameters({ pagina: "2.5" }, bekend).parameters.pagina).toBe(1);
    expect(parseZoekparameters({ pagina: "3" }, bekend).parameters.pagina).toBe(3);
  });
});

describe("zoekQuery", () => {
  it("round-trips through the parser", () => {
    const ruw = {
      q: "fiets",
      branche: ["horeca"],
      postcode: "7311 AB",
      afstand: "5",
      trede: ["3"],
      ondersteuning: ["prikkelarm"],
      pagina: "2",
    };
    const { parameters } = parseZoekparameters(ruw, bekend);
    const terug = Object.fromEntries(
      [...new URLSearchParams(zoekQuery(parameters)).entries()].reduce(
        (m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]),
        new Map<string, string[]>(),
      ),
    );
    expect(parseZoekparameters(terug, bekend).parameters).toEqual(parameters);
  });
  it("leaves defaults out", () => {
    const { parameters } = parseZoekparameters({ postcode: "7311", afstand: "10" }, bekend);
    expect(zoekQuery(parameters)).toBe("?postcode=7311");
  });
});

describe("alleen met vrije plekken (issue 10)", () => {
  it("is on only for vrij=ja and travels in the URL", () => {
    const bekend = { branches: new Set<string>(), ondersteuning: new Set<string>(), ontwikkelmogelijkheden: new Set<string>() };
    expect(parseZoekparameters({ vrij: "ja" }, bekend).parameters.vrij).toBe(true);
    expect(parseZoekparameters({ vrij: "nee" }, bekend).parameters.vrij).toBe(false);
    expect(parseZoekparameters({ vrij: ["x", "ja"] }, bekend).parameters.vrij).toBe(false);
    const p = parseZoekparameters({ vrij: "ja" }, bekend).parameters;
    expect(zoekQuery(p)).toBe("?vrij=ja");
    expect(heeftFilters(p)).toBe(true);
  });
});
