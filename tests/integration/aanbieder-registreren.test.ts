import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let registreer: typeof import("@/server/accounts/aanbieder-registreren").registreerAanbieder;

const invoer = {
  naam: "Kringloop Test",
  kvkNummer: "11112222",
  agbCode: "33334444",
  website: "",
  contractVan: "2026-01-01",
  contractTot: "",
  contactNaam: "Kim",
  contactEmail: "kim@test.example",
  contactTelefoon: "",
  gebruikerNaam: "Kim",
  gebruikerEmail: "kim@test.example",
};
const persoon = (rol: string) => ({ id: "x", naam: "X", email: "x@test.example", rol: rol as never, aanbiederId: null });

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-${Date.now()}`;
  omgeving = await frisseDatabase();
  registreer = (await import("@/server/accounts/aanbieder-registreren")).registreerAanbieder;
});
afterAll(async () => omgeving.opruimen());

describe("registreerAanbieder checks the caller inside the use case", () => {
  it.each(["AANBIEDER_BEHEERDER", "AANBIEDER_MEDEWERKER", "CENTRUM", "TRAJECTREGISSEUR"])("refuses %s", async (rol) => {
    const r = await registreer(persoon(rol), invoer);
    expect(r).toEqual({ ok: false, fouten: {}, formulierfout: "Je hebt geen toestemming om aanbieders te registreren." });
  });
  it("refuses an anonymous caller", async () => {
    expect((await registreer(null, invoer)).ok).toBe(false);
    expect(await omgeving.db.aanbieder.count({ where: { kvkNummer: "11112222" } })).toBe(0);
  });
  it("lets the beheerder register once, with the first user invited, and refuses duplicates", async () => {
    const r = await registreer(persoon("BEHEERDER"), invoer);
    expect(r).toEqual({ ok: true, naam: "Kringloop Test" });
    const g = await omgeving.db.gebruiker.findUniqueOrThrow({ where: { email: "kim@test.example" }, include: { tokens: true } });
    expect(g.rol).toBe("AANBIEDER_BEHEERDER");
    expect(g.wachtwoordHash).toBeNull();
    expect(g.tokens).toHaveLength(1);
    expect(g.tokens[0]!.verlooptOp.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    const nogEens = await registreer(persoon("BEHEERDER"), invoer);
    expect(nogEens.ok).toBe(false);
    if (!nogEens.ok) expect(Object.keys(nogEens.fouten).sort()).toEqual(["agbCode", "gebruikerEmail", "kvkNummer"]);
  });
});
