import { describe, expect, it } from "vitest";
import { registreerAanbieder as registreer } from "@/server/accounts/aanbieder-registreren";
import { testDb } from "../support/database";

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

describe("registreerAanbieder checks the caller in the pipeline", () => {
  it.each(["AANBIEDER_BEHEERDER", "AANBIEDER_MEDEWERKER", "CENTRUM", "TRAJECTREGISSEUR"])("refuses %s", async (rol) => {
    const r = await registreer(persoon(rol), invoer);
    expect(r).toEqual({
      ok: false,
      reden: "geen-toegang",
      fieldErrors: {},
      formError: "Je hebt geen toestemming om aanbieders te registreren.",
    });
  });
  it("refuses an anonymous caller", async () => {
    expect((await registreer(null, invoer)).ok).toBe(false);
    expect(await testDb.aanbieder.count({ where: { kvkNummer: "11112222" } })).toBe(0);
  });
  it("lets the beheerder register once, with the first user invited, and refuses duplicates", async () => {
    const r = await registreer(persoon("BEHEERDER"), invoer);
    expect(r).toEqual({
      ok: true,
      melding: "Kringloop Test is geregistreerd. De eerste gebruiker heeft een uitnodiging per e-mail gekregen.",
    });
    const g = await testDb.gebruiker.findUniqueOrThrow({ where: { email: "kim@test.example" }, include: { tokens: true } });
    expect(g.rol).toBe("AANBIEDER_BEHEERDER");
    expect(g.wachtwoordHash).toBeNull();
    expect(g.tokens).toHaveLength(1);
    expect(g.tokens[0]!.verlooptOp.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    const nogEens = await registreer(persoon("BEHEERDER"), invoer);
    expect(nogEens.ok).toBe(false);
    if (!nogEens.ok) expect(Object.keys(nogEens.fieldErrors).sort()).toEqual(["agbCode", "gebruikerEmail", "kvkNummer"]);
    const a = await testDb.aanbieder.findUniqueOrThrow({ where: { kvkNummer: "11112222" } });
    expect([a.contractVan.toISOString(), a.contractTot]).toEqual(["2026-01-01T00:00:00.000Z", null]);
  });
  it("refuses a contract date that does not exist instead of rolling it over (defect 7)", async () => {
    const r = await registreer(persoon("BEHEERDER"), {
      ...invoer,
      kvkNummer: "55556666",
      agbCode: "77778888",
      gebruikerEmail: "ander@test.example",
      contractVan: "2026-02-30",
    });
    expect(r).toMatchObject({ ok: false, fieldErrors: { contractVan: expect.stringContaining("bestaande datum") } });
    const tot = await registreer(persoon("BEHEERDER"), {
      ...invoer,
      kvkNummer: "55556666",
      agbCode: "77778888",
      gebruikerEmail: "ander@test.example",
      contractTot: "2026-04-31",
    });
    expect(tot).toMatchObject({ ok: false, fieldErrors: { contractTot: expect.stringContaining("bestaande datum") } });
    expect(await testDb.aanbieder.count({ where: { kvkNummer: "55556666" } })).toBe(0);
    const goed = await registreer(persoon("BEHEERDER"), {
      ...invoer,
      kvkNummer: "55556666",
      agbCode: "77778888",
      gebruikerEmail: "ander@test.example",
      contractVan: "2026-03-02",
      contractTot: "2027-02-28",
    });
    expect(goed.ok).toBe(true);
    const a = await testDb.aanbieder.findUniqueOrThrow({ where: { kvkNummer: "55556666" } });
    expect([a.contractVan.toISOString(), a.contractTot?.toISOString()]).toEqual(["2026-03-02T00:00:00.000Z", "2027-02-28T00:00:00.000Z"]);
  });
});
