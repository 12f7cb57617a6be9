import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { controleerStartTrede, magStartenOpTrede } from "./start-trede";

// The real products from the reference data, so the test also guards the seeded start treden.
const product = (code: string) => producten.find((p) => p.code === code)!;

describe("magStartenOpTrede (R-PRD-2)", () => {
  // Expected, from the table in RULES §2, per trede 1..6.
  it.each([
    ["ORIENTATIE", [2, 3, 4]],
    ["ONTW_3", [2]],
    ["ONTW_4", [2, 3]],
    ["ONTW_5", [2, 3, 4]],
    ["OP_TREDE_3", [3]],
    ["OP_TREDE_4", [4]],
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
    expect(controleerStartTrede(product("OP_TREDE_3"), 4)[0]!.melding).toBe(
      "Werkplek op trede 3 kan alleen starten op trede 3; deze inwoner staat op trede 4.",
    );
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
