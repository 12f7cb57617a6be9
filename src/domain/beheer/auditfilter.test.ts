import { describe, expect, it } from "vitest";
import { auditHref, parseAuditFilter } from "./auditfilter";

const activiteiten = ["inloggen", "tarief-vastleggen"];

describe("parseAuditFilter", () => {
  it("reads every valid filter from the URL", () => {
    const { filter, meldingen } = parseAuditFilter(
      {
        activiteit: "tarief-vastleggen",
        gebruiker: " Bea@Gemeente.example ",
        betrokkene: "inw-7f3a",
        uitkomst: "geweigerd",
        van: "2026-01-01",
        tot: "2026-01-31",
        pagina: "3",
      },
      activiteiten,
    );
    expect(meldingen).toEqual([]);
    expect(filter).toEqual({
      activiteit: "tarief-vastleggen",
      gebruiker: { tekst: "bea@gemeente.example", exact: true },
      betrokkene: "inw-7f3a",
      uitkomst: "geweigerd",
      van: new Date("2026-01-01T00:00:00Z"),
      totEnMet: new Date("2026-01-31T00:00:00Z"),
      pagina: 3,
    });
  });

  it("no parameters: no filter, page 1", () => {
    expect(parseAuditFilter({}, activiteiten)).toMatchObject({ filter: { activiteit: null, gebruiker: null, pagina: 1 }, meldingen: [] });
  });

  it("a part of an e-mail address searches with 'contains'", () => {
    expect(parseAuditFilter({ gebruiker: "gemeente" }, activiteiten).filter.gebruiker).toEqual({ tekst: "gemeente", exact: false });
  });

  it("uses the first value of a repeated parameter", () => {
    expect(parseAuditFilter({ uitkomst: ["gelukt", "mislukt"] }, activiteiten).filter.uitkomst).toBe("gelukt");
  });

  it.each([
    [
      { activiteit: "bestaat-niet" },
      "activiteit",
      "De gekozen activiteit komt niet voor in het logboek. Er is niet op activiteit gefilterd.",
    ],
    [{ uitkomst: "misschien" }, "uitkomst", "De uitkomst kan alleen gelukt, geweigerd of mislukt zijn. Er is niet op uitkomst gefilterd."],
    [{ betrokkene: "<script>" }, "betrokkene", expect.stringContaining("Er is niet op betrokkene gefilterd.")],
    [{ gebruiker: "x".repeat(300) }, "gebruiker", expect.stringContaining("Er is niet op gebruiker gefilterd.")],
    [{ van: "2026-02-30" }, "van", "De datum 'vanaf' is geen bestaande datum (jjjj-mm-dd). Deze datum is niet gebruikt."],
    [{ tot: "gisteren" }, "totEnMet", "De datum 'tot en met' is geen bestaande datum (jjjj-mm-dd). Deze datum is niet gebruikt."],
    [{ van: "2026-03-01", tot: "2026-02-01" }, "van", "De datum 'tot en met' ligt voor de datum 'vanaf'. Er is niet op datum gefilterd."],
    [{ pagina: "0" }, "pagina", "Dat paginanummer bestaat niet. Je ziet de eerste pagina."],
    [{ pagina: "2.5" }, "pagina", "Dat paginanummer bestaat niet. Je ziet de eerste pagina."],
    [{ pagina: "99999999999" }, "pagina", "Dat paginanummer bestaat niet. Je ziet de eerste pagina."],
    [{ pagina: "abc" }, "pagina", "Dat paginanummer bestaat niet. Je ziet de eerste pagina."],
  ])("ignores and explains %o", (ruw, veld, melding) => {
    const { filter, meldingen, waarden } = parseAuditFilter(ruw, activiteiten);
    expect(meldingen).toEqual([melding]);
    expect(filter[veld as keyof typeof filter]).toBe(veld === "pagina" ? 1 : null);
    // The typed value stays in the form, so the user can correct it.
    expect(Object.values(waarden).some((w) => w.length > 0)).toBe(true);
  });

  it("builds page links with only the valid filters", () => {
    const { filter } = parseAuditFilter({ activiteit: "inloggen", uitkomst: "nee", van: "2026-01-01" }, activiteiten);
    expect(auditHref(filter, 2)).toBe("/gemeente/beheer/auditlog?activiteit=inloggen&van=2026-01-01&pagina=2");
    expect(auditHref(parseAuditFilter({}, activiteiten).filter, 1)).toBe("/gemeente/beheer/auditlog");
  });
});
