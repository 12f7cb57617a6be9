import { describe, expect, it } from "vitest";
import { mogelijkheden } from "../../../prisma/data/referentie";
import { geenEigenBijdrage, heeftWerktMeePlichten, PLICHTEN_WERKT_MEE, VERPLICHTE_MOGELIJKHEDEN } from "./product-plichten";

describe("geenEigenBijdrage (R-PRD-4, issue 11 defect 4)", () => {
  it("is stated for the werkplek op trede only", () => {
    expect(geenEigenBijdrage("OP_TREDE")).toBe(true);
    expect(geenEigenBijdrage("ONTWIKKELING")).toBe(false);
    expect(geenEigenBijdrage("ORIENTATIE")).toBe(false);
    expect(geenEigenBijdrage("BEGELEIDING_GROEP")).toBe(false);
  });
});

describe("R-PRD-7 obligations (issue 11 defect 9)", () => {
  it("portfolio and light ADL support belong to ontwikkeling and op-trede", () => {
    expect(PLICHTEN_WERKT_MEE.map((p) => p.naam)).toEqual(["Portfolio", "Lichte ADL-ondersteuning", "Jij hebt de regie"]);
    expect(heeftWerktMeePlichten("ONTWIKKELING")).toBe(true);
    expect(heeftWerktMeePlichten("OP_TREDE")).toBe(true);
    expect(heeftWerktMeePlichten("BEGELEIDING_GROEP")).toBe(false);
  });
  it("the obligation slugs exist in the seed, so old search URLs can be recognised", () => {
    for (const slug of VERPLICHTE_MOGELIJKHEDEN) expect(mogelijkheden.some((m) => m.slug === slug)).toBe(true);
  });
});
