import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { controleerStartTrede, magStartenOpTrede, tredeWaarschuwing } from "./start-trede";

// The real products from the reference data, so the test also guards the seeded start treden.
const product = (code: string) => producten.find((p) => p.code === code)!;

describe("magStartenOpTrede (R-PRD-2)", () => {
  // Expected, from the table in RULES §2, per trede 1..6.
  it.each([
    ["ORIENTATIE", [2, 3, 4]],
    ["ONTW_3", [2]],
    ["ONTW_4", [2, 3]],
    ["ONTW_5", [2, 3, 4]],
    // Issue 11 defect 2 (R-PRD-2 as updated): op trede N describes the werkplek, not the inwoner.
    ["OP_TREDE_3", [1, 2, 3, 4, 5, 6]],
    ["OP_TREDE_4", [1, 2, 3, 4, 5, 6]],
    ["BG_BASIS", [2]],
  ] as const)("%s starts on treden %j only", (code, toegestaan) => {
    for (const trede of [1, 2, 3, 4, 5, 6]) {
      expect(magStartenOpTrede(product(code), trede)).toBe((toegestaan as readonly number[]).includes(trede));
    }
  });
});

describe("controleerStartTrede (R-PRD-2)", () => {
  it("explains a refusal with the allowed treden", () => {
    expect(controleerStartTrede(product("ONTW_4"), 4)).toEqual([
      {
        regel: "R-PRD-2",
        veld: "productCode",
        melding: "Ontwikkeling naar trede 4 kan alleen starten vanaf trede 2 of 3; deze inwoner staat op trede 4.",
      },
    ]);
    expect(controleerStartTrede(product("ONTW_5"), 1)[0]!.melding).toBe(
      "Ontwikkeling naar trede 5 kan alleen starten vanaf trede 2, 3 of 4; deze inwoner staat op trede 1.",
    );
  });
  it("never refuses a werkplek op trede for the inwoner's trede (defect 2): ontwikkeling naar 3 starts on 2, with op trede 3", () => {
    expect(controleerStartTrede(product("ONTW_3"), 2)).toEqual([]);
    for (const trede of [1, 2, 3, 4, 5, 6]) {
      expect(controleerStartTrede(product("OP_TREDE_3"), trede)).toEqual([]);
      expect(controleerStartTrede(product("OP_TREDE_4"), trede)).toEqual([]);
    }
    // Still: no trede recorded is R-LAD-3.
    expect(controleerStartTrede(product("OP_TREDE_3"), null)).toMatchObject([{ regel: "R-LAD-3" }]);
  });
  it("allows the highest allowed start trede", () => {
    expect(controleerStartTrede(product("ONTW_4"), 3)).toEqual([]);
  });
  it("asks for the trede first when none is recorded (R-LAD-3)", () => {
    expect(controleerStartTrede(product("ONTW_4"), null)).toMatchObject([{ regel: "R-LAD-3" }]);
  });
  it("a product without start treden is a data problem, not a yes", () => {
    expect(controleerStartTrede({ korteNaam: "Nieuw product", startTreden: [] }, 3)).toMatchObject([{ regel: "R-PRD-2" }]);
  });
});

describe("tredeWaarschuwing (R-PRD-2 as updated)", () => {
  it("warns only when the inwoner's trede is above the werkplek's level", () => {
    expect(tredeWaarschuwing(product("OP_TREDE_3"), 3)).toBeNull();
    expect(tredeWaarschuwing(product("OP_TREDE_3"), 2)).toBeNull();
    expect(tredeWaarschuwing(product("OP_TREDE_3"), 4)).toEqual({
      regel: "R-PRD-2",
      melding:
        "Deze inwoner staat op trede 4, hoger dan het niveau van de werkplek (trede 3). Dat mag, maar controleer of dit de bedoeling is.",
    });
    expect(tredeWaarschuwing(product("OP_TREDE_4"), 4)).toBeNull();
    expect(tredeWaarschuwing(product("OP_TREDE_4"), 5)?.regel).toBe("R-PRD-2");
    expect(tredeWaarschuwing(product("ONTW_4"), 6)).toBeNull();
    expect(tredeWaarschuwing(product("OP_TREDE_4"), null)).toBeNull();
  });
});
