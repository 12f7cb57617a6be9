import { describe, expect, it } from "vitest";
import { Rol as PrismaRol } from "@/generated/prisma/enums";
import { ACTIES, mag, PERMISSIE_OMSCHRIJVING, type Actie } from "./permissies";
import { ROLLEN, type Rol } from "./rollen";

// The expected matrix, written out by hand from the issue and RULES (R-TOE-1, R-WP-1): one row per
// action, one column per role (and anonymous), J = may, . = may not. A change to the permission
// table must change this grid too.
const KOLOMMEN = [
  "AANBIEDER_BEHEERDER", // AB
  "AANBIEDER_MEDEWERKER", // AM
  "WMO_CONSULENT", // WC
  "TRAJECTREGISSEUR", // TR
  "ACTIVERINGSCOACH", // AC
  "TEAMMANAGER", // TM
  "CENTRUM", // CE
  "BEHEERDER", // BH
  "anoniem", // an: nobody signed in
] as const satisfies readonly (Rol | "anoniem")[];

// prettier-ignore
const RASTER: Record<Actie, string> = {
  //                                   AB AM WC TR AC TM CE BH an
  "werkplek:beheren":                 "J  J  .  .  .  .  .  .  .",
  "inhoudscheck:beoordelen":          ".  .  .  .  .  .  J  J  .",
  "aanbieder:registreren":            ".  .  .  .  .  .  .  J  .",
  "aanbieder:collega-beheren":        "J  .  .  .  .  .  .  .  .",
  "rapportage:doorstroom":            ".  .  .  .  .  J  J  J  .",
  "medewerker:beheren":               ".  .  .  .  .  .  .  J  .",
  "interesse:behandelen":             ".  .  J  J  J  J  J  .  .",
  "inwoner:lezen":                    ".  .  J  J  J  J  J  .  .",
  "inwoner:registreren":              ".  .  J  J  J  J  .  .  .",
  // Issue 21 item 25: whoever keeps the inwoner's file closes and reopens it.
  "inwoner:afsluiten":                ".  .  J  J  J  J  .  .  .",
  "toewijzing:afgeven":               ".  .  J  J  J  J  .  .  .",
  "toewijzing:lezen-eigen":           "J  J  .  .  .  .  .  .  .",
  "toewijzing:start-stop-melden":     "J  J  .  .  .  .  .  .  .",
  "tarieven:beheren":                 ".  .  .  .  .  .  .  J  .",
  "aow:beheren":                      ".  .  .  .  .  .  .  J  .",
  "vrijwilligersvergoeding:beheren":  ".  .  .  .  .  .  .  J  .",
  "branches:beheren":                 ".  .  .  .  .  .  .  J  .",
  "traject:rapporteren":              "J  J  .  .  .  .  .  .  .",
  "traject:opvolgen":                 ".  .  J  J  J  J  .  .  .",
  "traject:opvolgen-alle":            ".  .  .  .  .  J  .  .  .",
  "orientatie:uitvoeren":             ".  .  .  .  .  .  J  .  .",
  "declaratie:indienen":              "J  J  .  .  .  .  .  .  .",
  "declaratie:beoordelen":            ".  .  .  .  .  J  .  J  .",
  "declaratie:betalen":               ".  .  .  .  .  .  .  J  .",
  "auditlog:lezen":                   ".  .  .  .  .  .  .  J  .",
  "bewaartermijnen:beheren":          ".  .  .  .  .  .  .  J  .",
  "iwmo:berichten":                   ".  .  .  .  .  J  .  J  .",
  "iwmo:berichten-eigen":             "J  J  .  .  .  .  .  .  .",
  "iwmo:instellen":                   ".  .  .  .  .  .  .  J  .",
};

const verwacht = (actie: Actie, kolom: (typeof KOLOMMEN)[number]): boolean => {
  const cellen = RASTER[actie].split(/\s+/);
  if (cellen.length !== KOLOMMEN.length || cellen.some((c) => c !== "J" && c !== ".")) throw new Error(`Rij ${actie} is geen rij van J/.`);
  return cellen[KOLOMMEN.indexOf(kolom)] === "J";
};

describe("permission matrix", () => {
  it("describes every permission in one Dutch sentence", () => {
    for (const a of ACTIES) expect(PERMISSIE_OMSCHRIJVING[a]).toMatch(/^[A-Z].{10,}\.$/);
  });
  it("covers every action and every role", () => {
    expect(Object.keys(RASTER).sort()).toEqual([...ACTIES].sort());
    expect(KOLOMMEN.filter((k) => k !== "anoniem")).toEqual([...ROLLEN]);
  });
  for (const actie of ACTIES) {
    for (const kolom of KOLOMMEN) {
      it(`${kolom} ${verwacht(actie, kolom) ? "may" : "may not"} ${actie}`, () => {
        expect(mag(kolom === "anoniem" ? null : kolom, actie)).toBe(verwacht(actie, kolom));
      });
    }
  }
  it("refuses an unknown role", () => {
    expect(mag("ADMIN" as Rol, "auditlog:lezen")).toBe(false);
  });
  it("knows exactly the roles of the database", () => {
    expect([...ROLLEN].sort()).toEqual(Object.values(PrismaRol).sort());
  });
});
