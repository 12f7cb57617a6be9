import { describe, expect, it } from "vitest";
import { Rol as PrismaRol } from "@/generated/prisma/enums";
import { ACTIES, mag, PERMISSIE_OMSCHRIJVING, type Actie } from "./permissies";
import { ROLLEN, type Rol } from "./rollen";

// The expected matrix, written out by hand from the issue and RULES (R-TOE-1, R-WP-1): every role
// and anonymous against every action. A change to the permission table must change this too.
const J = true,
  N = false;
const verwacht: Record<Actie, Record<Rol | "anoniem", boolean>> = {
  //                          aanb-beh aanb-mw  wmo      traject  activer  teamman  centrum  beheer   anoniem
  "werkplek:beheren": {
    AANBIEDER_BEHEERDER: J,
    AANBIEDER_MEDEWERKER: J,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: N,
    anoniem: N,
  },
  "inhoudscheck:beoordelen": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: J,
    BEHEERDER: J,
    anoniem: N,
  },
  "aanbieder:registreren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "aanbieder:collega-beheren": {
    AANBIEDER_BEHEERDER: J,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "medewerker:beheren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "interesse:behandelen": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: J,
    TRAJECTREGISSEUR: J,
    ACTIVERINGSCOACH: J,
    TEAMMANAGER: J,
    CENTRUM: J,
    BEHEERDER: N,
    anoniem: N,
  },
  "inwoner:lezen": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: J,
    TRAJECTREGISSEUR: J,
    ACTIVERINGSCOACH: J,
    TEAMMANAGER: J,
    CENTRUM: J,
    BEHEERDER: N,
    anoniem: N,
  },
  "inwoner:registreren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: J,
    TRAJECTREGISSEUR: J,
    ACTIVERINGSCOACH: J,
    TEAMMANAGER: J,
    CENTRUM: N,
    BEHEERDER: N,
    anoniem: N,
  },
  "toewijzing:afgeven": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: J,
    TRAJECTREGISSEUR: J,
    ACTIVERINGSCOACH: J,
    TEAMMANAGER: J,
    CENTRUM: N,
    BEHEERDER: N,
    anoniem: N,
  },
  "toewijzing:lezen-eigen": {
    AANBIEDER_BEHEERDER: J,
    AANBIEDER_MEDEWERKER: J,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: N,
    anoniem: N,
  },
  "toewijzing:start-stop-melden": {
    AANBIEDER_BEHEERDER: J,
    AANBIEDER_MEDEWERKER: J,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: N,
    anoniem: N,
  },
  "tarieven:beheren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "aow:beheren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "vrijwilligersvergoeding:beheren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "branches:beheren": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
  "auditlog:lezen": {
    AANBIEDER_BEHEERDER: N,
    AANBIEDER_MEDEWERKER: N,
    WMO_CONSULENT: N,
    TRAJECTREGISSEUR: N,
    ACTIVERINGSCOACH: N,
    TEAMMANAGER: N,
    CENTRUM: N,
    BEHEERDER: J,
    anoniem: N,
  },
};

describe("permission matrix", () => {
  it("describes every permission in one Dutch sentence", () => {
    for (const a of ACTIES) expect(PERMISSIE_OMSCHRIJVING[a]).toMatch(/^[A-Z].{10,}\.$/);
  });
  it("covers every action", () => {
    expect(Object.keys(verwacht).sort()).toEqual([...ACTIES].sort());
  });
  for (const actie of ACTIES) {
    for (const rol of [...ROLLEN, "anoniem"] as const) {
      it(`${rol} ${verwacht[actie][rol] ? "may" : "may not"} ${actie}`, () => {
        expect(mag(rol === "anoniem" ? null : rol, actie)).toBe(verwacht[actie][rol]);
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
