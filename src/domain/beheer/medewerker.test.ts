import { describe, expect, it } from "vitest";
import { GEMEENTE_ROLLEN } from "../rollen";
import { idVeld } from "../id";
import { gemeenteRolVeld, medewerkerSchema } from "./medewerker";

describe("medewerkerSchema", () => {
  it("normalises the e-mail address", () => {
    expect(medewerkerSchema.parse({ naam: " Tom ", email: " Tom@Gemeente.Example ", rol: "TRAJECTREGISSEUR" })).toEqual({
      naam: "Tom",
      email: "tom@gemeente.example",
      rol: "TRAJECTREGISSEUR",
    });
  });
  it("accepts every gemeente role and no aanbieder role", () => {
    for (const rol of GEMEENTE_ROLLEN) expect(gemeenteRolVeld.safeParse(rol).success).toBe(true);
    for (const rol of ["AANBIEDER_BEHEERDER", "AANBIEDER_MEDEWERKER", "", "beheerder"])
      expect(gemeenteRolVeld.safeParse(rol).success).toBe(false);
  });
});

describe("idVeld", () => {
  it.each(["cmws8ff2l000c0v7dg8c3qoz8", "aow-tot-1960"])("accepts %s", (id) => expect(idVeld.safeParse(id).success).toBe(true));
  it.each(["", "../etc", "a b", "x".repeat(65), "é"])("refuses %j", (id) => expect(idVeld.safeParse(id).success).toBe(false));
});
