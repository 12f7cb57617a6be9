import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/beheer/tarieven");
let beheerder: { id: string; naam: string; email: string; rol: "BEHEERDER"; aanbiederId: null };
// A fixed "now" in 2026: 2024 is past, 2026 has begun, 2027 has not.
const nu = new Date("2026-11-22T12:00:00Z");

beforeAll(async () => {
  omgeving = await frisseDatabase();
  mod = await import("@/server/beheer/tarieven");
  const g = await omgeving.db.gebruiker.create({ data: { email: "bea@t.example", naam: "Bea", rol: "BEHEERDER" } });
  beheerder = { id: g.id, naam: g.naam, email: g.email, rol: "BEHEERDER", aanbiederId: null };
});
afterAll(async () => omgeving.opruimen());

const tarief = (productCode: string, jaar: number) => omgeving.db.tarief.findUnique({ where: { productCode_jaar: { productCode, jaar } } });
const auditVan = (activiteit: string) => omgeving.db.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });

describe("R-TAR-1: one tariff per product per year", () => {
  it("adds the 2026 tariff in cents (R-TAR-3) and logs it", async () => {
    const r = await mod.legTariefVast(beheerder, { productCode: "ONTW_4", jaar: "2026", bedrag: "€ 330,50" }, { nu: nu });
    expect(r).toEqual({ ok: true, melding: "Het tarief 2026 voor Ontwikkeling naar trede 4 is vastgelegd: € 330,50 per traject." });
    expect((await tarief("ONTW_4", 2026))?.bedragCent).toBe(33050);
    const [regel] = await auditVan("tarief-vastleggen");
    expect(regel).toMatchObject({
      gebruikerId: beheerder.id,
      uitkomst: "gelukt",
      bron: "/gemeente/beheer/tarieven",
      toelichting: "ONTW_4 2026: € 330,50 per traject",
    });
  });

  it("refuses a second 2026 tariff with a clear message; a year that has begun cannot change (R-TAR-2)", async () => {
    const r = await mod.legTariefVast(beheerder, { productCode: "ONTW_4", jaar: "2026", bedrag: "400" }, { nu: nu });
    expect(r).toEqual({
      ok: false,
      reden: "regel",
      formError: null,
      fieldErrors: {
        jaar: "Voor Ontwikkeling naar trede 4 is al een tarief voor 2026 vastgelegd (€ 330,50). Er is maar één tarief per product per jaar. Het kan niet meer worden gewijzigd: 2026 is al begonnen en toewijzingen en declaraties rekenen met dit tarief.",
      },
    });
    expect((await tarief("ONTW_4", 2026))?.bedragCent).toBe(33050);
    expect(await auditVan("tarief-vastleggen")).toHaveLength(1);
    const correctie = await mod.corrigeerTarief(beheerder, { tarief: "ONTW_4:2026", bedrag: "400" }, { nu: nu });
    expect(correctie.ok).toBe(false);
    if (!correctie.ok) expect(correctie.fieldErrors.tarief).toMatch(/kan niet meer worden gewijzigd: 2026 is al begonnen/);
    expect((await tarief("ONTW_4", 2026))?.bedragCent).toBe(33050);
  });

  it("refuses a second tariff for a seeded past year", async () => {
    const r = await mod.legTariefVast(beheerder, { productCode: "OP_TREDE_3", jaar: "2024", bedrag: "11" }, { nu: nu });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.jaar).toMatch(/al een tarief voor 2024 vastgelegd \(€ 10,63\).*2024 is voorbij/);
  });

  it("lets a future year's tariff be corrected, logged with old and new amount", async () => {
    expect((await mod.legTariefVast(beheerder, { productCode: "OP_TREDE_3", jaar: "2027", bedrag: "10,90" }, { nu: nu })).ok).toBe(true);
    const dubbel = await mod.legTariefVast(beheerder, { productCode: "OP_TREDE_3", jaar: "2027", bedrag: "11" }, { nu: nu });
    expect(!dubbel.ok && dubbel.fieldErrors.jaar).toMatch(/Pas het aan bij 'Tarief corrigeren'\.$/);
    const r = await mod.corrigeerTarief(beheerder, { tarief: "OP_TREDE_3:2027", bedrag: "11,05" }, { nu: nu });
    expect(r).toEqual({ ok: true, melding: "Het tarief 2027 voor Werkplek op trede 3 is gecorrigeerd: € 11,05 per uur (was € 10,90)." });
    expect((await tarief("OP_TREDE_3", 2027))?.bedragCent).toBe(1105);
    expect((await auditVan("tarief-corrigeren")).map((a) => a.toelichting)).toEqual(["OP_TREDE_3 2027: € 10,90 → € 11,05 per uur"]);
    // In 2027 itself it is fixed.
    const laat = await mod.corrigeerTarief(
      beheerder,
      { tarief: "OP_TREDE_3:2027", bedrag: "12" },
      { nu: new Date("2027-01-01T00:00:00+01:00") },
    );
    expect(laat.ok).toBe(false);
  });

  it("concurrent requests for the same product and year: exactly one wins, the other gets the message", async () => {
    const [a, b] = await Promise.all([
      mod.legTariefVast(beheerder, { productCode: "ONTW_5", jaar: "2028", bedrag: "300" }, { nu: nu }),
      mod.legTariefVast(beheerder, { productCode: "ONTW_5", jaar: "2028", bedrag: "301" }, { nu: nu }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const verliezer = a.ok ? b : a;
    expect(!verliezer.ok && verliezer.fieldErrors.jaar).toMatch(/al een tarief voor 2028/);
    expect(await omgeving.db.tarief.count({ where: { productCode: "ONTW_5", jaar: 2028 } })).toBe(1);
  });

  it("refuses bad input with field messages instead of an error", async () => {
    const r = await mod.legTariefVast(beheerder, { productCode: "ONTW_3", jaar: "2019", bedrag: "abc" }, { nu: nu });
    expect(r).toEqual({
      ok: false,
      reden: "ongeldig",
      formError: null,
      fieldErrors: {
        jaar: "Vul een jaar in tussen 2020 en 2100, bijvoorbeeld 2026.",
        bedrag: "Vul een bedrag in euro's in, bijvoorbeeld 10,63.",
      },
    });
    const negatief = await mod.legTariefVast(beheerder, { productCode: "ONTW_3", jaar: "2026", bedrag: "-5" }, { nu: nu });
    expect(negatief).toEqual({
      ok: false,
      reden: "ongeldig",
      fieldErrors: { bedrag: "Een bedrag kan niet negatief zijn." },
      formError: null,
    });
    // A product priced by the municipality has no Werkt Mee tariff; an unknown one does not exist.
    for (const productCode of ["ORIENTATIE", "BESTAAT_NIET", "<x>"]) {
      const p = await mod.legTariefVast(beheerder, { productCode, jaar: "2026", bedrag: "1" }, { nu: nu });
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.fieldErrors.productCode).toBeDefined();
    }
    const c = await mod.corrigeerTarief(beheerder, { tarief: "ONTW_3:2099", bedrag: "1" }, { nu: nu });
    expect(c).toEqual({ ok: false, reden: "niet-gevonden", fieldErrors: { tarief: "Kies een tarief uit de lijst." }, formError: null });
  });

  it("shows products by volgorde × years, only those that need a tariff, with correctable ones", async () => {
    const o = await data(mod.tariefOverzicht(beheerder, {}, { nu }));
    expect(o.producten.map((p) => p.code)).toEqual(["ONTW_3", "ONTW_4", "ONTW_5", "OP_TREDE_3", "OP_TREDE_4"]);
    expect(o.jaren).toEqual([2024, 2026, 2027, 2028]);
    expect(o.producten.find((p) => p.code === "ONTW_4")!.perJaar).toEqual({ 2024: 31904, 2026: 33050 });
    expect(o.corrigeerbaar.map((c) => c.waarde)).toEqual(["ONTW_5:2028", "OP_TREDE_3:2027"]);
  });
});
