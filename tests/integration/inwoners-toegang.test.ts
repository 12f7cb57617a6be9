import { beforeAll, describe, expect, it } from "vitest";
import { mag, type Actie } from "@/domain/permissies";
import { ROLLEN } from "@/domain/rollen";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import * as inwoners from "@/server/inwoners/inwoners";
import * as toewijzingen from "@/server/toewijzingen/toewijzingen";
import * as toewijzingLezen from "@/server/toewijzingen/toewijzing-lezen";
import * as startStop from "@/server/toewijzingen/start-stop";
import * as wachtrij from "@/server/interesse/wachtrij";
import * as wijz from "@/server/toewijzingen/wijzigingen";

// Every use case of inwoners, toewijzingen and the interest queue checks the caller itself (the
// page check is a convenience): each role without the permission, and an anonymous caller, is
// refused with a Dutch message, the refusal is logged, and nothing changes.

const toew = { ...toewijzingen, ...toewijzingLezen, ...startStop };
const ids: Record<string, string> = {};

const persoon = (rol: string, aanbiederId: string | null = null) => ({
  id: `id-${rol}`,
  naam: rol,
  email: `${rol.toLowerCase()}@t.example`,
  rol: rol as never,
  aanbiederId,
});

beforeAll(async () => {
  const db = testDb;
  const aanbieder = await maakAanbieder(db);
  ids.aanbieder = aanbieder.id;
  const staf = await db.gebruiker.create({ data: { email: "tr@t.example", naam: "Tessa", rol: "TRAJECTREGISSEUR" } });
  ids.staf = staf.id;
  const inwoner = await db.inwoner.create({
    data: {
      bsn: "111222333",
      voornamen: "Sanne",
      achternaam: "Vries",
      geboortedatum: new Date("1990-03-15T00:00:00Z"),
      straat: "Hoofdstraat",
      huisnummer: "1",
      postcode: "7311AB",
      plaats: "Apeldoorn",
      uitkering: "PARTICIPATIEWET",
      zoeknaam: "sanne vries",
      contactpersoonId: staf.id,
    },
  });
  ids.inwoner = inwoner.id;
  const t = await db.toewijzing.create({
    data: {
      nummer: "TW-2026-900001",
      inwonerId: inwoner.id,
      productCode: "ONTW_4",
      aanbiederId: aanbieder.id,
      startdatum: new Date("2026-11-02T00:00:00Z"),
      einddatum: new Date("2027-05-01T00:00:00Z"),
      afgegevenDoorId: staf.id,
    },
  });
  ids.toewijzing = t.id;
  const werkplek = await maakWerkplek(db, { aanbiederId: aanbieder.id });
  ids.interesse = (
    await db.interesse.create({
      data: { referentie: "AWM-TOEGANG1", werkplekId: werkplek.id, naam: "Iris", postcode: "7311", bericht: "", toestemmingOp: new Date() },
    })
  ).id;
});

async function stand() {
  const db = testDb;
  return {
    inwoners: await db.inwoner.findMany({ select: { id: true, contactpersoonId: true, straat: true, uitkering: true } }),
    ladder: await db.ladderRegel.count(),
    toewijzingen: await db.toewijzing.findMany({ select: { id: true, status: true, gestartOp: true, einddatum: true } }),
    wijzigingen: await db.toewijzingWijziging.count(),
    interesse: await db.interesse.findMany({ select: { status: true, behandelaarId: true, inwonerId: true } }),
  };
}

/** [permission, what it does, call] */
const handelingen = (): [
  Actie,
  string,
  (g: ReturnType<typeof persoon> | null) => Promise<{ ok: boolean; formError?: string | null }>,
][] => [
  [
    "inwoner:registreren",
    "registreren",
    (g) =>
      inwoners.registreerInwoner(g, {
        bsn: "123456782",
        voornamen: "Nieuw",
        tussenvoegsel: "",
        achternaam: "Iemand",
        geboortedatum: "1990-01-01",
        straat: "Straat",
        huisnummer: "2",
        postcode: "7311 AB",
        plaats: "Apeldoorn",
        email: "",
        telefoon: "",
        uitkering: "GEEN",
        contactpersoonId: "",
        trede: "2",
        perspectiefTrede: "",
      }),
  ],
  ["inwoner:lezen", "zoeken", (g) => inwoners.zoekInwoners(g, { q: "Vries" })],
  ["inwoner:lezen", "BSN tonen", (g) => inwoners.toonBsn(g, { id: ids.inwoner })],
  [
    "inwoner:registreren",
    "trede vastleggen",
    (g) => inwoners.legTredeVast(g, { id: ids.inwoner, datum: "2026-11-01", trede: "3", perspectiefTrede: "", toelichting: "" }),
  ],
  [
    "inwoner:registreren",
    "contactpersoon wijzigen",
    (g) => inwoners.wijzigContactpersoon(g, { id: ids.inwoner, contactpersoonId: ids.staf }),
  ],
  [
    "toewijzing:afgeven",
    "afgeven",
    (g) =>
      toew.geefToewijzingAf(g, {
        inwonerId: ids.inwoner,
        productCode: "ORIENTATIE",
        aanbiederId: ids.aanbieder,
        werkplekId: "",
        startdatum: "2026-12-01",
        einddatum: "2027-01-31",
        urenPerWeek: "",
        verlengingVanId: "",
      }),
  ],
  ["toewijzing:afgeven", "intrekken", (g) => toew.trekIn(g, { id: ids.toewijzing, reden: "Niet meer nodig" })],
  [
    "inwoner:registreren",
    "adres en uitkering wijzigen",
    (g) =>
      inwoners.wijzigInwoner(g, {
        id: ids.inwoner,
        straat: "Anderestraat",
        huisnummer: "3",
        postcode: "7311 AB",
        plaats: "Apeldoorn",
        uitkering: "UWV",
        contactpersoonId: "",
      }),
  ],
  [
    "toewijzing:afgeven",
    "einddatum wijzigen",
    (g) =>
      wijz.wijzigEinddatum(g, {
        id: ids.toewijzing,
        soort: "BEEINDIGD_DOOR_GEMEENTE",
        nieuweEinddatum: "2027-01-31",
        redenWijziging: "05",
        reden: "Korter nodig.",
      }),
  ],
  ["toewijzing:start-stop-melden", "start melden", (g) => toew.meldStart(g, { id: ids.toewijzing, datum: "2026-11-16" })],
  ["interesse:behandelen", "toewijzen", (g) => wachtrij.wijsInteresseToe(g, { id: ids.interesse, behandelaarId: ids.staf })],
  ["interesse:behandelen", "koppelen", (g) => wachtrij.koppelInteresse(g, { id: ids.interesse, inwoner: ids.inwoner })],
  ["interesse:behandelen", "afhandelen", (g) => wachtrij.handelInteresseAf(g, { id: ids.interesse })],
];

/** Handlings whose input names no inwoner (a search, an interest not yet linked). */
const OVER_GEEN_INWONER = new Set(["zoeken", "toewijzen", "afhandelen", "registreren"]);

const bellers = [...ROLLEN.map((r) => [r, r] as const), ["ONBEKENDE_ROL", "ONBEKENDE_ROL"] as const, ["anoniem", null] as const];

describe.each(bellers)("caller %s", (_naam, rol) => {
  it("is refused every handling its role does not allow, logged as refused, and nothing changes", async () => {
    // An aanbieder's account belongs to an organisation, a gemeente account does not.
    const g = rol === null ? null : persoon(rol, rol.startsWith("AANBIEDER") ? ids.aanbieder! : null);
    const verboden = handelingen().filter(([actie]) => !g || !mag(g.rol, actie));
    const voor = await stand();
    const geweigerdVoor = await testDb.auditRegel.count({ where: { uitkomst: "geweigerd" } });
    const overInwoner = () => testDb.auditRegel.count({ where: { uitkomst: "geweigerd", betrokkene: ids.inwoner } });
    for (const [, wat, doe] of verboden) {
      const voorDit = await overInwoner();
      const r = await doe(g);
      expect(r.ok, wat).toBe(false);
      expect(r.formError, wat).toMatch(/^Je (hebt geen|mag|bent niet)/);
      // The refusal names the inwoner it concerned (ADR 0008/0009, issue 21 item 31): the audit log
      // filtered on the inwoner shows the attempt. A search or a queue item without an inwoner has none.
      expect((await overInwoner()) - voorDit, wat).toBe(OVER_GEEN_INWONER.has(wat) ? 0 : 1);
    }
    expect(await stand()).toEqual(voor);
    expect(await testDb.auditRegel.count({ where: { uitkomst: "geweigerd" } })).toBe(geweigerdVoor + verboden.length);
    expect(JSON.stringify(await testDb.auditRegel.findMany())).not.toContain("111222333");
  });
});
