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

const beheerA = () => als(ids.beheerA!, "AANBIEDER_BEHEERDER", ids.a!);
const gebruiker = (id: string) => omgeving.db.gebruiker.findUniqueOrThrow({ where: { id } });

describe("colleague management is scoped to the caller's organisation", () => {
  it("lists only the own organisation's accounts", async () => {
    const lijst = await mod.collegas(beheerA());
    expect(lijst.map((c) => c.naam).sort()).toEqual(["beheerA", "mwA"]);
  });
  it("refuses a forged id of another organisation's user, and changes nothing", async () => {
    const r = await mod.deactiveerCollega(beheerA(), { id: ids.mwB! });
    expect(r).toEqual({ ok: false, fieldErrors: {}, formError: "Dit account is niet gevonden bij jouw organisatie." });
    expect((await gebruiker(ids.mwB!)).actief).toBe(true);
    expect(await mod.deactiveerCollega(beheerA(), { id: { not: "x" } })).toMatchObject({
      ok: false,
      fieldErrors: { id: expect.any(String) },
    });
  });
  it("refuses a medewerker, an anonymous caller, a gemeente beheerder and deactivating oneself", async () => {
    expect((await mod.deactiveerCollega(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!), { id: ids.beheerA! })).ok).toBe(false);
    expect((await mod.deactiveerCollega(null, { id: ids.mwA! })).ok).toBe(false);
    // The gemeente beheerder holds the permission, but works for no aanbieder (defect 8).
    expect((await mod.deactiveerCollega(als("beh", "BEHEERDER", null), { id: ids.mwA! })).ok).toBe(false);
    expect(await mod.collegas(als("beh", "BEHEERDER", null))).toEqual([]);
    expect(await mod.deactiveerCollega(beheerA(), { id: ids.beheerA! })).toMatchObject({
      formError: expect.stringMatching(/eigen account/),
    });
    const invoer = { naam: "X Y", email: "xy@t.example", rol: "AANBIEDER_MEDEWERKER" };
    expect((await mod.nodigCollegaUit(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!), invoer)).ok).toBe(false);
    expect((await mod.nodigCollegaUit(als("beh", "BEHEERDER", null), invoer)).ok).toBe(false);
    expect(await omgeving.db.gebruiker.count({ where: { email: "xy@t.example" } })).toBe(0);
  });
  it("deactivates a colleague and ends their sessions (session version up)", async () => {
    const voor = await gebruiker(ids.mwA!);
    expect(await mod.deactiveerCollega(beheerA(), { id: ids.mwA! })).toEqual({
      ok: true,
      melding: "Het account van mwA is gedeactiveerd. Deze collega kan niet meer inloggen.",
    });
    const na = await gebruiker(ids.mwA!);
    expect(na.actief).toBe(false);
    expect(na.sessieVersie).toBe(voor.sessieVersie + 1);
  });
  it("invites a colleague into the own organisation only", async () => {
    const r = await mod.nodigCollegaUit(beheerA(), { naam: "Nieuwe Collega", email: "Nieuw@T.example", rol: "AANBIEDER_MEDEWERKER" });
    expect(r).toEqual({ ok: true, melding: "Nieuwe Collega heeft een uitnodiging per e-mail gekregen." });
    const g = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@t.example" }, include: { tokens: true } });
    expect(g.aanbiederId).toBe(ids.a);
    expect(g.tokens.map((t) => t.soort)).toEqual(["UITNODIGING"]);
    expect(await mod.nodigCollegaUit(beheerA(), { naam: "Iemand", email: "x@y", rol: "BEHEERDER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "Vul een geldig e-mailadres in.", rol: "Kies een rol." },
    });
  });
  it("answers the same for an address that already has an account, anywhere (defect 9), and tells its owner instead", async () => {
    const staf = await omgeving.db.gebruiker.create({ data: { email: "staf@t.example", naam: "Stafmedewerker", rol: "WMO_CONSULENT" } });
    const r = await mod.nodigCollegaUit(beheerA(), { naam: "Sam Staf", email: "staf@t.example", rol: "AANBIEDER_MEDEWERKER" });
    expect(r).toEqual({ ok: true, melding: "Sam Staf heeft een uitnodiging per e-mail gekregen." });
    // Nothing changed about the existing account: no token, no move to the aanbieder.
    const na = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: staf.id }, include: { tokens: true } });
    expect(na).toMatchObject({ rol: "WMO_CONSULENT", aanbiederId: null, naam: "Stafmedewerker" });
    expect(na.tokens).toEqual([]);
    expect(await omgeving.db.gebruiker.count({ where: { email: "staf@t.example" } })).toBe(1);
    const { leesOutbox } = await import("@/server/mail/outbox");
    const mails = await leesOutbox(process.env.MAIL_OUTBOX_DIR!);
    expect(mails.find((m) => m.aan === "staf@t.example")?.tekst).toContain("Er is al een account met dit e-mailadres");
    // Another organisation's colleague: the same answer.
    expect(await mod.nodigCollegaUit(beheerA(), { naam: "Mo B", email: "mwB@t.example", rol: "AANBIEDER_BEHEERDER" })).toEqual({
      ok: true,
      melding: "Mo B heeft een uitnodiging per e-mail gekregen.",
    });
    expect((await gebruiker(ids.mwB!)).aanbiederId).toBe(ids.b);
  });
});
