import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder } from "../fixtures/werkplekken";
import { data } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/beheer/medewerkers");
let beheerder: { id: string; naam: string; email: string; rol: "BEHEERDER"; aanbiederId: null };
const ids: Record<string, string> = {};

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-beheer-medewerkers-${Date.now()}`;
  omgeving = await frisseDatabase();
  mod = await import("@/server/beheer/medewerkers");
  const { db } = omgeving;
  const g = await db.gebruiker.create({ data: { email: "bea@t.example", naam: "Bea", rol: "BEHEERDER" } });
  beheerder = { id: g.id, naam: g.naam, email: g.email, rol: "BEHEERDER", aanbiederId: null };
  ids.wendy = (await db.gebruiker.create({ data: { email: "wendy@t.example", naam: "Wendy", rol: "WMO_CONSULENT" } })).id;
  const a = await maakAanbieder(db, "Aanbieder A");
  ids.anna = (
    await db.gebruiker.create({ data: { email: "anna@t.example", naam: "Anna", rol: "AANBIEDER_BEHEERDER", aanbiederId: a.id } })
  ).id;
});
afterAll(async () => omgeving.opruimen());

const audits = (activiteit: string) => omgeving.db.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });

describe("staff accounts", () => {
  it("lists only gemeente staff", async () => {
    expect((await data(mod.medewerkers(beheerder))).map((m) => m.naam)).toEqual(["Bea", "Wendy"]);
  });

  it("invites a staff member with a gemeente role through the invitation machinery, and logs it", async () => {
    const r = await mod.nodigMedewerkerUit(beheerder, { naam: "Tom Traject", email: " Tom@T.example ", rol: "TRAJECTREGISSEUR" });
    expect(r).toEqual({ ok: true, melding: "Tom Traject heeft een uitnodiging per e-mail gekregen, als trajectregisseur." });
    const tom = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { email: "tom@t.example" }, include: { tokens: true } });
    expect(tom).toMatchObject({ rol: "TRAJECTREGISSEUR", aanbiederId: null, wachtwoordHash: null, actief: true });
    expect(tom.tokens.map((t) => t.soort)).toEqual(["UITNODIGING"]);
    expect((await audits("medewerker-uitnodigen"))[0]).toMatchObject({
      gebruikerId: beheerder.id,
      uitkomst: "gelukt",
      toelichting: `${tom.id}: Trajectregisseur`,
    });
    expect((await audits("gebruiker-uitnodigen")).map((a) => a.toelichting)).toEqual([tom.id]);
    expect((await data(mod.medewerkers(beheerder))).find((m) => m.id === tom.id)?.uitgenodigd).toBe(true);
  });

  it("refuses an existing e-mail address and an aanbieder role", async () => {
    expect(await mod.nodigMedewerkerUit(beheerder, { naam: "Wendy Twee", email: "wendy@t.example", rol: "CENTRUM" })).toEqual({
      ok: false,
      reden: "regel",
      formError: null,
      fieldErrors: { email: "Er is al een account met dit e-mailadres." },
    });
    expect(await mod.nodigMedewerkerUit(beheerder, { naam: "Xander", email: "x@t.example", rol: "AANBIEDER_BEHEERDER" })).toEqual({
      ok: false,
      reden: "ongeldig",
      formError: null,
      fieldErrors: { rol: "Kies een rol." },
    });
    expect(await omgeving.db.gebruiker.count({ where: { email: "x@t.example" } })).toBe(0);
  });

  it("changes a role, logged with old and new role; not one's own, not an aanbieder's account", async () => {
    expect(await mod.wijzigRol(beheerder, { id: ids.wendy!, rol: "TEAMMANAGER" })).toEqual({
      ok: true,
      melding: "Wendy is nu teammanager.",
    });
    expect((await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.wendy! } })).rol).toBe("TEAMMANAGER");
    expect((await audits("medewerker-rol-wijzigen")).map((a) => a.toelichting)).toEqual([`${ids.wendy}: Wmo-consulent → Teammanager`]);

    expect((await mod.wijzigRol(beheerder, { id: beheerder.id, rol: "CENTRUM" })).ok).toBe(false);
    expect((await mod.wijzigRol(beheerder, { id: ids.anna!, rol: "BEHEERDER" })).ok).toBe(false);
    expect((await mod.wijzigRol(beheerder, { id: ids.wendy!, rol: "AANBIEDER_MEDEWERKER" })).ok).toBe(false);
    expect((await mod.wijzigRol(beheerder, { id: ids.wendy!, rol: "GOD" })).ok).toBe(false);
    expect((await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.anna! } })).rol).toBe("AANBIEDER_BEHEERDER");
    expect((await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: beheerder.id } })).rol).toBe("BEHEERDER");
  });

  it("deactivates a staff member and ends their sessions; not oneself, not an aanbieder's account", async () => {
    const voor = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.wendy! } });
    expect(await mod.deactiveerMedewerker(beheerder, { id: ids.wendy! })).toEqual({
      ok: true,
      melding: "Het account van Wendy is gedeactiveerd. Wendy kan niet meer inloggen.",
    });
    const na = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.wendy! } });
    expect(na.actief).toBe(false);
    expect(na.sessieVersie).toBe(voor.sessieVersie + 1);
    expect((await audits("medewerker-deactiveren")).map((a) => a.toelichting)).toEqual([ids.wendy]);

    expect((await mod.deactiveerMedewerker(beheerder, { id: ids.wendy! })).ok).toBe(false); // already
    expect(await mod.deactiveerMedewerker(beheerder, { id: beheerder.id })).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: {},
      formError: "Je kunt je eigen account niet deactiveren.",
    });
    expect((await mod.deactiveerMedewerker(beheerder, { id: ids.anna! })).ok).toBe(false);
    expect((await omgeving.db.gebruiker.findUniqueOrThrow({ where: { id: ids.anna! } })).actief).toBe(true);
    expect((await mod.wijzigRol(beheerder, { id: ids.wendy!, rol: "CENTRUM" })).ok).toBe(false); // deactivated accounts keep their role
  });
});
