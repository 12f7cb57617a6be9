import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLLEN } from "@/domain/rollen";
import type { Gelezen } from "@/server/pipeline";
import { data, reden } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

// Every beheer use case checks the caller itself (the page check is a convenience, not the
// check): every role but the beheerder, and an anonymous caller, is refused, the refusal is
// logged, and nothing changes.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let tarieven: typeof import("@/server/beheer/tarieven");
let aow: typeof import("@/server/beheer/aow");
let vv: typeof import("@/server/beheer/vrijwilligersvergoeding");
let branches: typeof import("@/server/beheer/branches");
let medewerkers: typeof import("@/server/beheer/medewerkers");
let auditlog: typeof import("@/server/beheer/auditlog");
let collegaId: string;
let brancheId: string;

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
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-beheer-toegang-${Date.now()}`;
  omgeving = await frisseDatabase();
  tarieven = await import("@/server/beheer/tarieven");
  aow = await import("@/server/beheer/aow");
  vv = await import("@/server/beheer/vrijwilligersvergoeding");
  branches = await import("@/server/beheer/branches");
  medewerkers = await import("@/server/beheer/medewerkers");
  auditlog = await import("@/server/beheer/auditlog");
  collegaId = (await omgeving.db.gebruiker.create({ data: { email: "collega@t.example", naam: "Collega", rol: "WMO_CONSULENT" } })).id;
  brancheId = (await omgeving.db.branche.findUniqueOrThrow({ where: { slug: "horeca" } })).id;
  await omgeving.db.auditRegel.create({ data: { activiteit: "inloggen", bron: "/inloggen", uitkomst: "gelukt" } });
});
afterAll(async () => omgeving.opruimen());

async function stand() {
  const { db } = omgeving;
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
    const auditVoor = await omgeving.db.auditRegel.count({ where: { uitkomst: "geweigerd" } });
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
    expect(await omgeving.db.auditRegel.count({ where: { uitkomst: "geweigerd" } })).toBe(auditVoor + uitkomsten.length);
  });

  it("reads nothing: not signed in, or no permission", async () => {
    const verwacht = g ? "geen-toegang" : "niet-ingelogd";
    const filter = { activiteit: null, gebruiker: null, betrokkene: null, uitkomst: null, van: null, totEnMet: null, pagina: 1 };
    const lezingen: Promise<Gelezen<unknown>>[] = [
      tarieven.tariefOverzicht(g),
      aow.aowTabel(g),
      vv.vrijwilligersvergoedingGrenzen(g),
      branches.branchesVoorBeheer(g),
      branches.brancheVoorBeheer(g, { id: brancheId }),
      medewerkers.medewerkers(g),
      auditlog.auditActiviteiten(g),
      auditlog.zoekAuditregels(g, filter),
    ];
    for (const l of lezingen) expect(await reden(l)).toBe(verwacht);
  });
});

describe("the beheerder", () => {
  it("reads what the others cannot (so the refusals above are not vacuous)", async () => {
    const b = persoon("BEHEERDER");
    expect((await data(tarieven.tariefOverzicht(b))).producten.length).toBeGreaterThan(0);
    expect((await data(aow.aowTabel(b))).length).toBe(2);
    expect((await data(vv.vrijwilligersvergoedingGrenzen(b))).length).toBe(3);
    expect((await data(branches.branchesVoorBeheer(b))).length).toBeGreaterThan(0);
    expect((await data(branches.brancheVoorBeheer(b, { id: brancheId }))).naam).toMatch(/^Horeca/);
    expect(await reden(branches.brancheVoorBeheer(b, { id: "bestaat-niet" }))).toBe("niet-gevonden");
    expect(await reden(branches.brancheVoorBeheer(b, { id: "../x" }))).toBe("ongeldig");
    expect((await data(medewerkers.medewerkers(b))).map((m) => m.email)).toContain("collega@t.example");
    expect(await data(auditlog.auditActiviteiten(b))).toContain("inloggen");
    expect(
      (
        await data(
          auditlog.zoekAuditregels(b, {
            activiteit: null,
            gebruiker: null,
            betrokkene: null,
            uitkomst: null,
            van: null,
            totEnMet: null,
            pagina: 1,
          }),
        )
      ).totaal,
    ).toBeGreaterThan(0);
  });
});
