import { describe, expect, it } from "vitest";
import { UITKERINGEN, type Uitkering } from "../inwoner/uitkering";
import { ROLLEN, type Rol } from "../rollen";
import { controleerAfgever, magToewijzingAfgeven } from "./afgever";
import type { ProductCategorie } from "./product";

// R-TOE-1, written out by hand: J = may issue, N = may not, per role and kind of product, for an
// inwoner with a Participatiewet uitkering (pw) and one without (anders).
const J = true,
  N = false;
type Rij = Record<ProductCategorie, { pw: boolean; anders: boolean }>;
const verwacht: Record<Rol, Rij> = {
  TRAJECTREGISSEUR: {
    ONTWIKKELING: { pw: J, anders: J },
    OP_TREDE: { pw: J, anders: J },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
  ACTIVERINGSCOACH: {
    ONTWIKKELING: { pw: J, anders: J },
    OP_TREDE: { pw: J, anders: J },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
  TEAMMANAGER: {
    ONTWIKKELING: { pw: J, anders: J },
    OP_TREDE: { pw: J, anders: J },
    BEGELEIDING_GROEP: { pw: J, anders: J },
    ORIENTATIE: { pw: N, anders: N },
  },
  WMO_CONSULENT: {
    ONTWIKKELING: { pw: N, anders: J },
    OP_TREDE: { pw: N, anders: J },
    BEGELEIDING_GROEP: { pw: J, anders: J },
    ORIENTATIE: { pw: N, anders: N },
  },
  CENTRUM: {
    ONTWIKKELING: { pw: N, anders: N },
    OP_TREDE: { pw: N, anders: N },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
  BEHEERDER: {
    ONTWIKKELING: { pw: N, anders: N },
    OP_TREDE: { pw: N, anders: N },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
  AANBIEDER_BEHEERDER: {
    ONTWIKKELING: { pw: N, anders: N },
    OP_TREDE: { pw: N, anders: N },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
  AANBIEDER_MEDEWERKER: {
    ONTWIKKELING: { pw: N, anders: N },
    OP_TREDE: { pw: N, anders: N },
    BEGELEIDING_GROEP: { pw: N, anders: N },
    ORIENTATIE: { pw: N, anders: N },
  },
};
const naam: Record<ProductCategorie, string> = {
  ONTWIKKELING: "Ontwikkeling naar trede 4",
  OP_TREDE: "Werkplek op trede 3",
  BEGELEIDING_GROEP: "Begeleiding groep basis",
  ORIENTATIE: "Oriëntatie",
};

describe("magToewijzingAfgeven (R-TOE-1)", () => {
  it("the matrix covers every role", () => {
    expect(Object.keys(verwacht).sort()).toEqual([...ROLLEN].sort());
  });
  for (const rol of ROLLEN) {
    for (const categorie of Object.keys(naam) as ProductCategorie[]) {
      for (const uitkering of UITKERINGEN) {
        const kolom = uitkering === "PARTICIPATIEWET" ? "pw" : "anders";
        const mag = verwacht[rol][categorie][kolom];
        it(`${rol} ${mag ? "may" : "may not"} issue ${categorie} (uitkering ${uitkering})`, () => {
          const product = { korteNaam: naam[categorie], categorie };
          expect(magToewijzingAfgeven(rol, product, uitkering as Uitkering)).toBe(mag);
          expect(controleerAfgever(rol, product, uitkering as Uitkering)).toHaveLength(mag ? 0 : 1);
        });
      }
    }
  }
});

describe("controleerAfgever messages", () => {
  const ontwikkeling = { korteNaam: "Ontwikkeling naar trede 4", categorie: "ONTWIKKELING" as const };
  it("tells the Wmo-consulent who issues for a Participatiewet inwoner", () => {
    expect(controleerAfgever("WMO_CONSULENT", ontwikkeling, "PARTICIPATIEWET")).toEqual([
      {
        regel: "R-TOE-1",
        melding:
          "Deze inwoner heeft een Participatiewet-uitkering. Dan geeft de trajectregisseur of de activeringscoach de Werkt Mee-toewijzing af, niet de Wmo-consulent.",
      },
    ]);
  });
  it("names begeleiding groep as outside the Werkt Mee mandate", () => {
    expect(controleerAfgever("ACTIVERINGSCOACH", { korteNaam: "Begeleiding groep basis", categorie: "BEGELEIDING_GROEP" }, "GEEN")).toEqual(
      [
        {
          regel: "R-TOE-1",
          melding:
            "Begeleiding groep basis valt niet onder het Werkt Mee-mandaat van de activeringscoach. Een Wmo-consulent geeft deze toewijzing af.",
        },
      ],
    );
  });
  it("refuses roles without mandate", () => {
    expect(controleerAfgever("CENTRUM", ontwikkeling, "GEEN")).toEqual([
      { regel: "R-TOE-1", melding: "Je hebt geen mandaat om toewijzingen af te geven." },
    ]);
  });
});
