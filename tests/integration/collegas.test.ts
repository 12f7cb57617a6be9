import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder } from "../fixtures/werkplekken";
import { data, reden } from "../support/gelezen";
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
    const lijst = await data(mod.collegas(beheerA()));
    expect(lijst.map((c) => c.naam).sort()).toEqual(["beheerA", "mwA"]);
  });
  it("refuses a forged id of another organisation's user, and changes nothing", async () => {
    const r = await mod.deactiveerCollega(beheerA(), { id: ids.mwB! });
    expect(r).toEqual({
      ok: false,
      reden: "niet-gevonden",
      fieldErrors: {},
      formError: "Dit account is niet gevonden bij jouw organisatie.",
    });
    expect((await gebruiker(ids.mwB!)).actief).toBe(true);
    expect(await mod.deactiveerCollega(beheerA(), { id: { not: "x" } })).toMatchObject({
      ok: false,
      fieldErrors: { id: expect.any(String) },
    });
  });
  it("refuses a medewerker, an anonymous caller, a gemeente beheerder and deactivating oneself", async () => {
    expect((await mod.deactiveerCollega(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!), { id: ids.beheerA! })).ok).toBe(false);
    expect((await mod.deactiveerCollega(null, { id: ids.mwA! })).ok).toBe(false);
    // The gemeente beheerder works for no aanbieder (defect 8) and no longer holds the permission.
    expect((await mod.deactiveerCollega(als("beh", "BEHEERDER", null), { id: ids.mwA! })).ok).toBe(false);
    expect(await reden(mod.collegas(als("beh", "BEHEERDER", null)))).toBe("geen-toegang");
    expect(await reden(mod.collegas(null))).toBe("niet-ingelogd");
    expect(await reden(mod.collegas(als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!)))).toBe("geen-toegang");
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

describe("invitations are records: the list tells nothing about which addresses have an account (ADR 0022)", () => {
  const db = () => omgeving.db;
  const rij = async (email: string) => (await data(mod.collegas(beheerA()))).filter((c) => c.email === email);
  // The links mailed to an address so far (an address's owner mail has none).
  const links = async (email: string) => {
    const { leesOutbox } = await import("@/server/mail/outbox");
    const mails = (await leesOutbox(process.env.MAIL_OUTBOX_DIR!)).filter((m) => m.aan === email);
    return { aantal: mails.length, geheimen: new Set(mails.flatMap((m) => /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(m.tekst)?.[1] ?? [])) };
  };
  const nieuweLink = (voor: { geheimen: Set<string> }, na: { geheimen: Set<string> }) => {
    const nieuw = [...na.geheimen].filter((g) => !voor.geheimen.has(g));
    expect(nieuw).toHaveLength(1);
    return nieuw[0]!;
  };
  const verloop = (email: string) =>
    Promise.all([
      db().collegaUitnodiging.updateMany({ where: { email }, data: { verlooptOp: new Date(Date.now() - 1000) } }),
      db().token.updateMany({ where: { gebruiker: { email } }, data: { verlooptOp: new Date(Date.now() - 1000) } }),
    ]);

  it("shows a new address and one with an account elsewhere as the same kind of row", async () => {
    await db().gebruiker.create({ data: { email: "wethouder@t.example", naam: "Wethouder", rol: "BEHEERDER" } });
    for (const [naam, email] of [
      ["Nel Nieuw", "nel@t.example"],
      ["Wim Wethouder", "wethouder@t.example"],
    ])
      expect((await mod.nodigCollegaUit(beheerA(), { naam, email, rol: "AANBIEDER_MEDEWERKER" })).ok).toBe(true);
    const [nieuw] = await rij("nel@t.example");
    const [bestaand] = await rij("wethouder@t.example");
    const vorm = ({ soort, rol, status }: { soort: string; rol: string; status: string }) => ({ soort, rol, status });
    expect(vorm(nieuw!)).toEqual({ soort: "uitnodiging", rol: "AANBIEDER_MEDEWERKER", status: "Uitgenodigd" });
    expect(vorm(bestaand!)).toEqual(vorm(nieuw!));
    expect(Math.abs(bestaand!.verlooptOp!.getTime() - nieuw!.verlooptOp!.getTime())).toBeLessThan(60_000);
    expect(bestaand!.naam).toBe("Wim Wethouder");
    // The existing account was not touched, and another organisation sees neither invitation.
    expect(await db().gebruiker.findUniqueOrThrow({ where: { email: "wethouder@t.example" } })).toMatchObject({
      aanbiederId: null,
      actief: true,
    });
    const b = await data(mod.collegas(als(ids.mwB!, "AANBIEDER_BEHEERDER", ids.b!)));
    expect(b.map((c) => c.email)).not.toContain("nel@t.example");
  });

  it("sends a new link when an expired invitation is sent again, by the list or by inviting the address again", async () => {
    await verloop("nel@t.example");
    const [verlopen] = await rij("nel@t.example");
    expect(verlopen!.status).toBe("Uitnodiging verlopen");
    const oud = await links("nel@t.example");
    expect(await mod.verstuurUitnodigingOpnieuw(beheerA(), { id: verlopen!.id })).toEqual({
      ok: true,
      melding: "Nel Nieuw heeft de uitnodiging opnieuw per e-mail gekregen. De link werkt weer 7 dagen.",
    });
    const nieuw = await links("nel@t.example");
    const tweede = nieuweLink(oud, nieuw);
    const { uitnodigingStatus: status } = await import("@/server/accounts/uitnodigen");
    const uitnodigingStatus = (token: string) => data(status(null, { token }));
    expect((await uitnodigingStatus(tweede)).status).toBe("geldig");
    for (const eerder of oud.geheimen) expect((await uitnodigingStatus(eerder)).status).not.toBe("geldig");
    expect((await rij("nel@t.example")).map((c) => c.status)).toEqual(["Uitgenodigd"]);

    // Inviting the pending address again is no "Je hebt al een account": a new link, still one row.
    await verloop("nel@t.example");
    expect((await mod.nodigCollegaUit(beheerA(), { naam: "Nel Nieuw", email: "nel@t.example", rol: "AANBIEDER_BEHEERDER" })).ok).toBe(true);
    const derde = nieuweLink(nieuw, await links("nel@t.example"));
    expect((await uitnodigingStatus(derde)).status).toBe("geldig");
    expect((await uitnodigingStatus(tweede)).status).not.toBe("geldig");
    expect(await rij("nel@t.example")).toMatchObject([{ status: "Uitgenodigd", rol: "AANBIEDER_BEHEERDER" }]);

    // The address with an account elsewhere: its owner hears of it again, and gets no link.
    const [bestaand] = await rij("wethouder@t.example");
    const voor = await links("wethouder@t.example");
    expect((await mod.verstuurUitnodigingOpnieuw(beheerA(), { id: bestaand!.id })).ok).toBe(true);
    expect(await links("wethouder@t.example")).toEqual({ aantal: voor.aantal + 1, geheimen: new Set() });
  });

  it("withdraws an invitation: the link stops, the row goes, an account made for it is deactivated", async () => {
    const [nel] = await rij("nel@t.example");
    const [wethouder] = await rij("wethouder@t.example");
    // Not from another organisation.
    expect(await mod.trekUitnodigingIn(als(ids.mwB!, "AANBIEDER_BEHEERDER", ids.b!), { id: nel!.id })).toMatchObject({ ok: false });
    expect(await mod.trekUitnodigingIn(beheerA(), { id: nel!.id })).toEqual({
      ok: true,
      melding: "De uitnodiging van Nel Nieuw is ingetrokken. De link in de e-mail werkt niet meer.",
    });
    expect((await mod.trekUitnodigingIn(beheerA(), { id: wethouder!.id })).ok).toBe(true);
    expect(await rij("nel@t.example")).toEqual([]);
    expect(await rij("wethouder@t.example")).toEqual([]);
    const { uitnodigingStatus: status } = await import("@/server/accounts/uitnodigen");
    const uitnodigingStatus = (token: string) => data(status(null, { token }));
    for (const geheim of (await links("nel@t.example")).geheimen) expect((await uitnodigingStatus(geheim)).status).not.toBe("geldig");
    expect((await db().gebruiker.findUniqueOrThrow({ where: { email: "nel@t.example" } })).actief).toBe(false);
    expect((await db().gebruiker.findUniqueOrThrow({ where: { email: "wethouder@t.example" } })).actief).toBe(true);
    // Once withdrawn it cannot be sent again.
    expect(await mod.verstuurUitnodigingOpnieuw(beheerA(), { id: nel!.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/niet gevonden/),
    });
  });

  it("lists an accepted invitation as an account, and names only an activated account of the own organisation", async () => {
    expect((await mod.nodigCollegaUit(beheerA(), { naam: "Ada Actief", email: "ada@t.example", rol: "AANBIEDER_MEDEWERKER" })).ok).toBe(
      true,
    );
    await db().gebruiker.update({ where: { email: "ada@t.example" }, data: { wachtwoordHash: "argon2id-test" } });
    expect(await rij("ada@t.example")).toMatchObject([{ soort: "account", status: "Actief" }]);
    expect(await mod.nodigCollegaUit(beheerA(), { naam: "Ada", email: "ada@t.example", rol: "AANBIEDER_MEDEWERKER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "ada@t.example heeft al een account bij jouw organisatie. Je ziet het in de lijst hierboven." },
    });
    expect(await rij("ada@t.example")).toHaveLength(1);
  });
});
