import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";

// Free places in one step (issue 10): only the own organisation's werkplekken, a whole number from
// 0 to 99, live at once, the version raised (a concurrent full edit then sees the change), a
// pending revision gets the number too, and it is logged.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let plekken: typeof import("@/server/werkplekken/plekken");
const ids: Record<string, string> = {};
const als = (id: string, rol = "AANBIEDER_MEDEWERKER", aanbiederId: string | null = ids.a!) => ({
  id,
  naam: "Naam",
  email: `${id}@t.example`,
  rol: rol as never,
  aanbiederId,
});

beforeAll(async () => {
  omgeving = await frisseDatabase();
  plekken = await import("@/server/werkplekken/plekken");
  const { db } = omgeving;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  ids.b = (await maakAanbieder(db, "Aanbieder B")).id;
  ids.mwA = (
    await db.gebruiker.create({ data: { email: "mwa@t.example", naam: "Mw A", rol: "AANBIEDER_MEDEWERKER", aanbiederId: ids.a } })
  ).id;
  ids.wA = (await maakWerkplek(db, { aanbiederId: ids.a, status: "GEPUBLICEERD" })).id;
  ids.wB = (await maakWerkplek(db, { aanbiederId: ids.b, status: "GEPUBLICEERD" })).id;
  ids.archief = (await maakWerkplek(db, { aanbiederId: ids.a, status: "GEARCHIVEERD" })).id;
});
afterAll(async () => {
  await omgeving.opruimen();
});

describe("vrije plekken", () => {
  it("sets the number at once, raises the version, and logs it", async () => {
    const voor = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: ids.wA } });
    const nu = new Date("2026-12-01T10:00:00Z");
    const r = await plekken.werkVrijePlekkenBij(als(ids.mwA!), { id: ids.wA, plaatsenBeschikbaar: "0" }, { nu });
    expect(r).toEqual({ ok: true, melding: `${voor.titel}: nu geen plek vrij.` });
    const na = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: ids.wA } });
    expect(na).toMatchObject({ plaatsenBeschikbaar: 0, plaatsenBijgewerktOp: nu, versie: voor.versie + 1, status: "GEPUBLICEERD" });
    const log = await omgeving.db.auditRegel.findFirst({ where: { activiteit: "werkplek-vrije-plekken" }, orderBy: { tijdstip: "desc" } });
    expect(log).toMatchObject({ gebruikerId: ids.mwA, uitkomst: "gelukt", toelichting: `${voor.slug}: vrije plekken 1 → 0` });
  });

  it("updates a pending revision too, so its approval does not undo the number", async () => {
    const inhoud = JSON.stringify({ titel: "Nieuw", plaatsenBeschikbaar: 5 });
    await omgeving.db.werkplekRevisie.create({ data: { werkplekId: ids.wA!, inhoud, status: "INGEDIEND" } });
    expect((await plekken.werkVrijePlekkenBij(als(ids.mwA!), { id: ids.wA, plaatsenBeschikbaar: "3" })).ok).toBe(true);
    const rev = await omgeving.db.werkplekRevisie.findUniqueOrThrow({ where: { werkplekId: ids.wA } });
    expect(JSON.parse(rev.inhoud)).toEqual({ titel: "Nieuw", plaatsenBeschikbaar: 3 });
  });

  it.each(["-1", "100", "2,5", "abc", "", ["1", "2"], { gt: 0 }])("refuses %j with a Dutch message at the field", async (waarde) => {
    const r = await plekken.werkVrijePlekkenBij(als(ids.mwA!), { id: ids.wA, plaatsenBeschikbaar: waarde });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.plaatsenBeschikbaar).toMatch(/vrije plekken|Ongeldige invoer/);
  });

  it("refuses another organisation's and an archived werkplek, and staff, changing nothing", async () => {
    const voor = await omgeving.db.werkplek.findMany({ orderBy: { id: "asc" } });
    for (const id of [ids.wB, ids.archief, "bestaat-niet"]) {
      expect(await plekken.werkVrijePlekkenBij(als(ids.mwA!), { id, plaatsenBeschikbaar: "7" })).toMatchObject({
        ok: false,
        formError: "Deze werkplek bestaat niet of hoort niet bij jouw organisatie.",
      });
    }
    for (const g of [als("c", "CENTRUM", null), als("b", "BEHEERDER", null), null]) {
      expect((await plekken.werkVrijePlekkenBij(g, { id: ids.wA, plaatsenBeschikbaar: "7" })).ok).toBe(false);
    }
    expect(await omgeving.db.werkplek.findMany({ orderBy: { id: "asc" } })).toEqual(voor);
  });
});
