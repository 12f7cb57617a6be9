import { describe, expect, it } from "vitest";
import { contactpersoonFout, contactpersoonRol } from "./contactpersoon";
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

// R-TOE-2, issue 11 defect 3: only an active colleague with the role the uitkering asks for.
describe("contactpersoonFout", () => {
  it("accepts an active person with the required role", () => {
    expect(contactpersoonFout("TRAJECTREGISSEUR", { rol: "TRAJECTREGISSEUR", actief: true })).toBeNull();
    expect(contactpersoonFout("WMO_CONSULENT", { rol: "WMO_CONSULENT", actief: true })).toBeNull();
  });
  it("refuses the other contact role, any other role, an inactive person, or nobody", () => {
    expect(contactpersoonFout("TRAJECTREGISSEUR", { rol: "WMO_CONSULENT", actief: true, naam: "Eva" })).toBe(
      "Bij deze uitkering is de contactpersoon een trajectregisseur. Eva is dat niet. Kies een trajectregisseur.",
    );
    expect(contactpersoonFout("WMO_CONSULENT", { rol: "TEAMMANAGER", actief: true })).toMatch(/Kies een Wmo-consulent\.$/);
    expect(contactpersoonFout("WMO_CONSULENT", { rol: "WMO_CONSULENT", actief: false, naam: "Piet" })).toMatch(/^Piet is niet meer actief/);
    expect(contactpersoonFout("WMO_CONSULENT", null)).toBe("Kies een contactpersoon uit de lijst.");
  });
});
