import { describe, expect, it } from "vitest";
import { contactpersoonRol } from "./contactpersoon";
import { UITKERINGEN, uitkeringNaam } from "./uitkering";

// R-TOE-2
describe("contactpersoonRol", () => {
  it.each([
    ["PARTICIPATIEWET", "TRAJECTREGISSEUR"],
    ["UWV", "WMO_CONSULENT"],
    ["ANDERS", "WMO_CONSULENT"],
    ["GEEN", "WMO_CONSULENT"],
  ] as const)("%s → %s", (uitkering, rol) => {
    expect(contactpersoonRol(uitkering)).toBe(rol);
  });
  it("has a Dutch name for every uitkering", () => {
    for (const u of UITKERINGEN) expect(uitkeringNaam[u]).toMatch(/\S/);
  });
});
