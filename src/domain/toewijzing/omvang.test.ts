import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { controleerUrenPerWeek, iwmoOntbreekt, iwmoToewijzing } from "./omvang";

const product = (code: string) => producten.find((p) => p.code === code)!;

describe("controleerUrenPerWeek (R-TOE-3)", () => {
  const opTrede = product("OP_TREDE_4");
  it("accepts 1 to 40 whole hours for op-trede", () => {
    expect(controleerUrenPerWeek(opTrede, 1)).toEqual([]);
    expect(controleerUrenPerWeek(opTrede, 16)).toEqual([]);
    expect(controleerUrenPerWeek(opTrede, 40)).toEqual([]);
  });
  it.each([[0], [41], [-4], [12.5], [Number.NaN]])("refuses %s hours", (uren) => {
    expect(controleerUrenPerWeek(opTrede, uren)).toMatchObject([{ regel: "R-TOE-3", veld: "urenPerWeek" }]);
  });
  it("requires hours for op-trede", () => {
    expect(controleerUrenPerWeek(opTrede, null)).toEqual([
      { regel: "R-TOE-3", veld: "urenPerWeek", melding: "Vul in hoeveel uur per week de inwoner op de werkplek werkt." },
    ]);
    expect(controleerUrenPerWeek(opTrede, undefined)).toHaveLength(1);
  });
  it("refuses hours on other products, accepts their absence", () => {
    expect(controleerUrenPerWeek(product("ONTW_3"), 8)).toEqual([
      { regel: "R-TOE-3", veld: "urenPerWeek", melding: "Bij Ontwikkeling naar trede 3 horen geen uren per week. Laat dit veld leeg." },
    ]);
    expect(controleerUrenPerWeek(product("ONTW_3"), null)).toEqual([]);
  });
});

describe("iwmoToewijzing (R-IWMO)", () => {
  it("op-trede: the hours per week, eenheid 04 uur, frequentie 2 per week", () => {
    expect(iwmoToewijzing(product("OP_TREDE_3"), 12)).toEqual({
      productcategorie: "07",
      productcode: "07W30",
      volume: 12,
      eenheid: "04",
      frequentie: "2",
    });
  });
  it("ontwikkeling: 1 stuk (82), totaal binnen geldigheidsduur (6)", () => {
    expect(iwmoToewijzing(product("ONTW_5"))).toEqual({
      productcategorie: "07",
      productcode: "07W51",
      volume: 1,
      eenheid: "82",
      frequentie: "6",
    });
  });
  it("ontwikkeling ignores hours: its volume is fixed", () => {
    expect(iwmoToewijzing(product("ONTW_5"), 12)?.volume).toBe(1);
  });
  it("nothing for oriëntatie (no beschikking) or an incomplete mapping", () => {
    expect(iwmoToewijzing(product("ORIENTATIE"))).toBeNull();
    expect(iwmoToewijzing(product("BG_BASIS"))).toBeNull();
    expect(iwmoToewijzing(product("OP_TREDE_3"), null)).toBeNull();
  });
  it("flags maatwerk without a complete mapping, not the algemene voorziening", () => {
    expect(iwmoOntbreekt(product("BG_COMPLEX"))).toBe(true);
    expect(iwmoOntbreekt(product("ORIENTATIE"))).toBe(false);
    expect(iwmoOntbreekt(product("ONTW_3"))).toBe(false);
  });
});
