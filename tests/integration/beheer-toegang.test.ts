import { beforeAll, describe, expect, it } from "vitest";
import { ROLLEN } from "@/domain/rollen";
import * as aow from "@/server/beheer/aow";
import * as auditlog from "@/server/beheer/auditlog";
import * as branches from "@/server/beheer/branches";
import * as medewerkers from "@/server/beheer/medewerkers";
import * as tarieven from "@/server/beheer/tarieven";
import * as vv from "@/server/beheer/vrijwilligersvergoeding";
import { als } from "../support/als";
import { testDb } from "../support/database";

// Every beheer use case checks the caller itself (the page check is a convenience, not the
// check): every role but the beheerder, and an anonymous caller, is refused, the refusal is
// logged, and nothing changes.

let collegaId: string;
let brancheId: string;

// A role the table does not know is refused too, so this caller is made by hand, not with als().
const persoon = (rol: string) => ({
  id: `id-${rol}`,
  naam: rol,
  email: `${rol.toLowerCase()}@t.example`,
  rol: rol as never,
  aanbiederId: null,
});
const NIET_BEHEERDERS = [...ROLLEN.filter((r) => r !== "BEHEERDER"), "ONBEKENDE_ROL"].map(persoon);
const bellers = [...NIET_BEHEERDERS.map((p) => [p.rol, p] as const), ["anoniem", null] as const];

beforeAll(async () => {
  collegaId = (await testDb.gebruiker.create({ data: { email: "collega@t.example", naam: "Collega", rol: "WMO_CONSULENT" } })).id;
  brancheId = (await testDb.branche.findUniqueOrThrow({ where: { slug: "horeca" } })).id;
  await testDb.auditRegel.create({ data: { activiteit: "inloggen", bron: "/inloggen", uitkomst: "gelukt" } });
});

async function stand() {
  const db = testDb;
  return {
    tarieven: await db.tarief.findMany({
      orderBy: [{ productCode: "asc" }, { jaar: "asc" }],
      select: { productCode: true, jaar: true, bedragCent: true },
    }),
    aow: await db.aowLeeftijd.count(),
    grenzen: await db.vrijwilligersvergoedingGrens.count(),
    branches: await db.branche.findMany({ orderBy: { slug: "asc" }, select: { slug: true, naam: true, omschrijving: true } }),
    gebruikers: await db.gebruiker.findMany({
      orderBy: { email: "asc" },
      select: { email: true, rol: true, actief: true, sessieVersie: true },
    }),
  };
}

describe.each(bellers)("caller %s", (_naam, g) => {
  it("is refused by every change, which is logged as refused and changes nothing", async () => {
    const voor = await stand();
    const auditVoor = await testDb.auditRegel.count({ where: { uitkomst: "geweigerd" } });
    const uitkomsten = [
      await tarieven.legTariefVast(g, { productCode: "ONTW_4", jaar: "2026", bedrag: "350" }),
      await tarieven.corrigeerTarief(g, { tarief: "ONTW_4:2024", bedrag: "1" }),
      await aow.voegAowCohortToe(g, { geborenVanaf: "1964-10-01", geborenTotMet: "1965-12-31", jaren: "67", maanden: "3" }),
      await vv.legGrensVast(g, { jaar: "2026", perUur: "5,75", perMaand: "220", perJaar: "2200" }),
      await branches.voegBrancheToe(g, { naam: "Bouw", omschrijving: "Bouwen en klussen." }),
      await branches.wijzigBranche(g, { id: brancheId, naam: "Horeca", omschrijving: "Anders." }),
      await medewerkers.nodigMedewerkerUit(g, { naam: "Nieuw", email: "nieuw@t.example", rol: "BEHEERDER" }),
      await medewerkers.wijzigRol(g, { id: collegaId, rol: "BEHEERDER" }),
      await medewerkers.deactiveerMedewerker(g, { id: collegaId }),
    ];
    for (const u of uitkomsten) {
      expect(u.ok).toBe(false);
      if (!u.ok) expect(u.formError).toMatch(/^Je (hebt geen toestemming|bent niet \(meer\) ingelogd)/);
    }
    expect(await stand()).toEqual(voor);
    expect(await testDb.auditRegel.count({ where: { uitkomst: "geweigerd" } })).toBe(auditVoor + uitkomsten.length);
  });

  it("reads nothing", async () => {
    expect(await tarieven.tariefOverzicht(g)).toBeNull();
    expect(await aow.aowTabel(g)).toEqual([]);
    expect(await vv.vrijwilligersvergoedingGrenzen(g)).toEqual([]);
    expect(await branches.branchesVoorBeheer(g)).toEqual([]);
    expect(await branches.brancheVoorBeheer(g, brancheId)).toBeNull();
    expect(await medewerkers.medewerkers(g)).toEqual([]);
    expect(await auditlog.auditActiviteiten(g)).toEqual([]);
    expect(
      await auditlog.zoekAuditregels(g, {
        activiteit: null,
        gebruiker: null,
        betrokkene: null,
        uitkomst: null,
        van: null,
        totEnMet: null,
        pagina: 1,
      }),
    ).toBeNull();
  });
});

describe("the beheerder", () => {
  it("reads what the others cannot (so the refusals above are not vacuous)", async () => {
    const b = als("BEHEERDER");
    expect((await tarieven.tariefOverzicht(b))?.producten.length).toBeGreaterThan(0);
    expect((await aow.aowTabel(b)).length).toBe(2);
    expect((await vv.vrijwilligersvergoedingGrenzen(b)).length).toBe(3);
    expect((await branches.branchesVoorBeheer(b)).length).toBeGreaterThan(0);
    expect(await branches.brancheVoorBeheer(b, brancheId)).not.toBeNull();
    expect((await medewerkers.medewerkers(b)).map((m) => m.email)).toContain("collega@t.example");
    expect(await auditlog.auditActiviteiten(b)).toContain("inloggen");
    expect(
      (await auditlog.zoekAuditregels(b, {
        activiteit: null,
        gebruiker: null,
        betrokkene: null,
        uitkomst: null,
        van: null,
        totEnMet: null,
        pagina: 1,
      }))!.totaal,
    ).toBeGreaterThan(0);
  });
});
