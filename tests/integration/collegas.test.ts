import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/accounts/collegas");
const ids: Record<string, string> = {};

const als = (id: string, rol: string, aanbiederId: string | null) => ({
  id,
  naam: id,
  email: `${id}@t.example`,
  rol: rol as never,
  aanbiederId,
});

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-collegas-${Date.now()}`;
  omgeving = await frisseDatabase();
  mod = await import("@/server/accounts/collegas");
  const { db } = omgeving;
  const a = await maakAanbieder(db, "Aanbieder A");
  const b = await maakAanbieder(db, "Aanbieder B");
  ids.a = a.id;
  ids.b = b.id;
  for (const [sleutel, rol, org] of [
    ["beheerA", "AANBIEDER_BEHEERDER", a.id],
    ["mwA", "AANBIEDER_MEDEWERKER", a.id],
    ["mwB", "AANBIEDER_MEDEWERKER", b.id],
  ] as const) {
    ids[sleutel] = (await db.gebruiker.create({ data: { email: `${sleutel}@t.example`, naam: sleutel, rol, aanbiederId: org } })).id;
  }
});
afterAll(async () => omgeving.opruimen());

describe("colleague management is scoped to the caller's organisation", () => {
  it("lists only the own organisation's accounts", async () => {
    const lijst = await mod.collegas(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!));
    expect(lijst.map((c) => c.naam).sort()).toEqual(["beheerA", "mwA"]);
  });
  it("refuses a forged id of another organisation's user, and changes nothing", async () => {
    const r = await mod.deactiveerCollega(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!), ids.mwB!);
    expect(r).toEqual({ ok: false, melding: "Dit account is niet gevonden bij jouw organisatie." });
    expect((await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.mwB! } })).actief).toBe(true);
  });
  it("refuses a medewerker, an anonymous caller and deactivating oneself", async () => {
    expect((await mod.deactiveerCollega(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!), ids.beheerA!)).ok).toBe(false);
    expect((await mod.deactiveerCollega(null, ids.mwA!)).ok).toBe(false);
    expect((await mod.deactiveerCollega(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!), ids.beheerA!)).melding).toMatch(/eigen account/);
    expect(
      (
        await mod.nodigCollegaUit(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!), {
          naam: "X Y",
          email: "xy@t.example",
          rol: "AANBIEDER_MEDEWERKER",
        })
      ).ok,
    ).toBe(false);
  });
  it("deactivates a colleague and ends their sessions (session version up)", async () => {
    const voor = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.mwA! } });
    expect((await mod.deactiveerCollega(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!), ids.mwA!)).ok).toBe(true);
    const na = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.mwA! } });
    expect(na.actief).toBe(false);
    expect(na.sessieVersie).toBe(voor.sessieVersie + 1);
  });
  it("invites a colleague into the own organisation only", async () => {
    const r = await mod.nodigCollegaUit(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!), {
      naam: "Nieuwe Collega",
      email: "Nieuw@T.example",
      rol: "AANBIEDER_MEDEWERKER",
    });
    expect(r).toEqual({ ok: true, naam: "Nieuwe Collega" });
    const g = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@t.example" } });
    expect(g.aanbiederId).toBe(ids.a);
    expect(
      (await mod.nodigCollegaUit(als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!), { naam: "Iemand", email: "x@y", rol: "BEHEERDER" })).ok,
    ).toBe(false);
  });
});
