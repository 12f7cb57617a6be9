import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../kalender";
import { controleerOverlap, overlappendeToewijzingen, type BestaandeToewijzing } from "./overlap";

const ontw4: BestaandeToewijzing = {
  productCode: "ONTW_4",
  productNaam: "Ontwikkeling naar trede 4",
  categorie: "ONTWIKKELING",
  startdatum: d("2026-03-01"),
  einddatum: d("2026-08-31"),
  status: "GESTART",
  aanbiederId: "a1",
};
const opTrede3: BestaandeToewijzing = {
  productCode: "OP_TREDE_3",
  productNaam: "Werkplek op trede 3",
  categorie: "OP_TREDE",
  startdatum: d("2026-01-01"),
  einddatum: d("2027-12-31"),
  status: "TOEGEWEZEN",
  aanbiederId: "a2",
};

describe("R-PRD-3 overlaps", () => {
  it("ontwikkeling next to op-trede is fine, also with another aanbieder", () => {
    expect(controleerOverlap({ categorie: "ONTWIKKELING", startdatum: d("2026-03-01"), einddatum: d("2026-08-31") }, [opTrede3])).toEqual(
      [],
    );
    expect(controleerOverlap({ categorie: "OP_TREDE", startdatum: d("2026-03-01"), einddatum: d("2027-02-28") }, [ontw4])).toEqual([]);
  });
  it("two ontwikkeltrajecten on the same day are refused", () => {
    expect(
      controleerOverlap({ categorie: "ONTWIKKELING", startdatum: d("2026-08-31"), einddatum: d("2027-02-27") }, [ontw4, opTrede3]),
    ).toEqual([
      {
        regel: "R-PRD-3",
        veld: "startdatum",
        melding:
          "Deze inwoner heeft al een toewijzing voor Ontwikkeling naar trede 4 van 1 maart 2026 tot en met 31 augustus 2026. Er kan maar één ontwikkeltraject tegelijk lopen.",
      },
    ]);
  });
  it("starting the day after the other ends is fine", () => {
    expect(controleerOverlap({ categorie: "ONTWIKKELING", startdatum: d("2026-09-01"), einddatum: d("2027-02-28") }, [ontw4])).toEqual([]);
  });
  it("ending the day before the other starts is fine, ending on its first day is not", () => {
    const vooraf = (eind: string) => ({ categorie: "ONTWIKKELING" as const, startdatum: d("2025-09-01"), einddatum: d(eind) });
    expect(controleerOverlap(vooraf("2026-02-28"), [ontw4])).toEqual([]);
    expect(controleerOverlap(vooraf("2026-03-01"), [ontw4])).toHaveLength(1);
  });
  it("two werkplekken op trede at once are refused, whatever the trede", () => {
    const opTrede4 = { categorie: "OP_TREDE" as const, startdatum: d("2027-06-01"), einddatum: d("2028-05-31") };
    expect(controleerOverlap(opTrede4, [opTrede3])[0]!.melding).toBe(
      "Deze inwoner heeft al een toewijzing voor Werkplek op trede 3 van 1 januari 2026 tot en met 31 december 2027. Er kan maar één werkplek op trede tegelijk lopen.",
    );
  });
  it("an ingetrokken toewijzing does not count; a beëindigde counts up to its end", () => {
    const nieuw = { categorie: "ONTWIKKELING" as const, startdatum: d("2026-05-01"), einddatum: d("2026-10-31") };
    expect(overlappendeToewijzingen(nieuw, [{ ...ontw4, status: "INGETROKKEN" }])).toEqual([]);
    expect(overlappendeToewijzingen(nieuw, [{ ...ontw4, status: "BEEINDIGD", einddatum: d("2026-04-30") }])).toEqual([]);
    expect(overlappendeToewijzingen(nieuw, [{ ...ontw4, status: "BEEINDIGD", einddatum: d("2026-05-01") }])).toHaveLength(1);
  });
  it("reports every conflict", () => {
    const tweede = {
      ...ontw4,
      productCode: "ONTW_5",
      productNaam: "Ontwikkeling naar trede 5",
      startdatum: d("2026-09-01"),
      einddatum: d("2027-02-28"),
    };
    expect(
      controleerOverlap({ categorie: "ONTWIKKELING", startdatum: d("2026-06-01"), einddatum: d("2026-11-30") }, [ontw4, tweede]),
    ).toHaveLength(2);
  });
});
