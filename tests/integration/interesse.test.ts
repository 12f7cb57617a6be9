import { beforeAll, describe, expect, it, vi } from "vitest";
import { dienInteresseIn as dienIn } from "@/server/interesse/indienen";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { testDb } from "../support/database";

// The sender's address comes from the request headers; here each test says who is sending. The
// limit is set before the imports: settings are read once (tests/support/database-per-bestand.ts).
const afzender = vi.hoisted(() => {
  process.env.INTERESSE_RATE_LIMIT = "3";
  return { adres: "10.0.0.1" };
});
vi.mock("@/server/verzoek", () => ({ clientAdres: async () => afzender.adres }));

let gepubliceerd: { slug: string; id: string };
let concept: { slug: string };

const invoer = {
  naam: "Sanne de Vries",
  email: "sanne@example.nl",
  telefoon: "",
  postcode: "7311ab",
  bericht: "Graag!",
  toestemming: "ja",
  website: "",
};

/** One request for the published werkplek from `adres`. */
async function verstuur(adres: string, over: Record<string, unknown> = {}, omgevingNu?: { nu: Date }) {
  afzender.adres = adres;
  return dienIn(null, { ...invoer, slug: gepubliceerd.slug, ...over }, omgevingNu);
}

beforeAll(async () => {
  const a = await maakAanbieder(testDb);
  gepubliceerd = await maakWerkplek(testDb, { aanbiederId: a.id });
  concept = await maakWerkplek(testDb, { aanbiederId: a.id, status: "CONCEPT" });
});

describe("ik heb interesse (R-WP-5)", () => {
  it("stores the request for the gemeente with a reference and the moment of consent", async () => {
    const r = await verstuur("10.0.0.1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rij = await testDb.interesse.findUniqueOrThrow({ where: { referentie: r.referentie! } });
    expect(rij).toMatchObject({
      werkplekId: gepubliceerd.id,
      naam: "Sanne de Vries",
      email: "sanne@example.nl",
      telefoon: null,
      postcode: "7311 AB",
      bericht: "Graag!",
      status: "NIEUW",
    });
    expect(rij.toestemmingOp.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Personal data of someone without an account: logged with the request as pseudonym.
    const log = await testDb.auditRegel.findFirstOrThrow({ where: { activiteit: "interesse-indienen" } });
    expect(log).toMatchObject({ uitkomst: "gelukt", betrokkene: `interesse:${rij.id}`, gebruikerId: null });
    expect(JSON.stringify(log)).not.toMatch(/Sanne|sanne@example/);
  });

  it("stores nothing when a field is wrong", async () => {
    const voor = await testDb.interesse.count();
    const r = await verstuur("10.0.0.2", { toestemming: "" });
    expect(r).toEqual({
      ok: false,
      reden: "ongeldig",
      fieldErrors: { toestemming: "Geef toestemming, anders kunnen we je niet bellen of mailen." },
      formError: null,
    });
    expect(await testDb.interesse.count()).toBe(voor);
  });

  it("refuses a werkplek that is not published", async () => {
    const r = await verstuur("10.0.0.3", { slug: concept.slug });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.formError).toMatch(/niet meer beschikbaar/);
  });

  it("pretends success for a robot (the hidden field is filled) and stores nothing", async () => {
    const voor = await testDb.interesse.count();
    expect(await verstuur("10.0.0.4", { website: "http://spam.example", naam: "Robot" })).toMatchObject({ ok: true, referentie: null });
    expect(await testDb.interesse.count()).toBe(voor);
  });

  it("limits requests per sender and says so in Dutch", async () => {
    for (let i = 0; i < 3; i++) expect((await verstuur("10.0.0.9", { naam: `Persoon ${i}` })).ok).toBe(true);
    const vierde = await verstuur("10.0.0.9", { naam: "Persoon 4" });
    expect(vierde.ok).toBe(false);
    if (!vierde.ok) expect(vierde.formError).toMatch(/Probeer het over een uur opnieuw/);
    expect((await verstuur("10.0.0.10", { naam: "Persoon 4" })).ok).toBe(true);
  });
});

describe("defect 4: crafted arguments never reach the database", () => {
  it.each([[{ contains: "" }], [123], [null], [["a"]], [{ not: "x" }], ["../../etc"], [""]])(
    "refuses the bound slug %j with a clear message and stores nothing",
    async (slug) => {
      const voor = await testDb.interesse.count();
      const r = await verstuur("10.0.1.1", { slug, naam: "Niemand Genoemd" });
      expect(r).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/niet meer beschikbaar/) } });
      expect(await testDb.interesse.count()).toBe(voor);
    },
  );

  it.each([[null], ["naam=x"], [["a"]], [123]])("refuses the payload %j as unreadable, never a throw", async (ruw) => {
    const r = await dienIn(null, ruw);
    expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/kon niet worden gelezen/) });
  });

  it("refuses crafted field values with Dutch field messages", async () => {
    const voor = await testDb.interesse.count();
    const r = await verstuur("10.0.1.2", { naam: { contains: "" }, email: ["a@b.nl"], toestemming: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["email", "naam", "toestemming"]);
    expect(await testDb.interesse.count()).toBe(voor);
  });
});

describe("defect 10: the same request sent again is one aanvraag", () => {
  it("five identical requests in a row store one aanvraag and give the same referentie each time", async () => {
    const zelfde = { naam: "Eva Herhaal", email: "eva@example.nl", bericht: "Ik wil graag komen kijken." };
    const voor = await testDb.interesse.count({ where: { naam: "Eva Herhaal" } });
    const referenties = [];
    for (let i = 0; i < 5; i++) {
      const r = await verstuur("10.0.2.1", zelfde);
      expect(r.ok).toBe(true);
      if (r.ok) referenties.push(r.referentie);
    }
    expect(new Set(referenties).size).toBe(1);
    expect(await testDb.interesse.count({ where: { naam: "Eva Herhaal" } })).toBe(voor + 1);
    // The same person typing it slightly differently (case, spaces) is still the same request.
    const anders = await verstuur("10.0.2.2", { ...zelfde, naam: " eva  herhaal ", email: "EVA@example.nl", postcode: "7311 AB" });
    expect(anders).toMatchObject({ ok: true, referentie: referenties[0] });
    // Repeats cost no place in the rate limit (3 per sender here).
    expect(await testDb.interesse.count({ where: { naam: "Eva Herhaal" } })).toBe(voor + 1);
  });

  it("another message, another werkplek or a later moment is a new aanvraag", async () => {
    const a = await maakAanbieder(testDb);
    const ander = await maakWerkplek(testDb, { aanbiederId: a.id });
    const basis = { naam: "Ruud Opnieuw", telefoon: "06 12345678", email: "" };
    const eerste = await verstuur("10.0.3.1", basis);
    const anderBericht = await verstuur("10.0.3.2", { ...basis, bericht: "Nog een vraag." });
    const andereWerkplek = await verstuur("10.0.3.3", { ...basis, slug: ander.slug });
    const later = await verstuur("10.0.3.4", basis, { nu: new Date(Date.now() + 11 * 60_000) });
    const refs = [eerste, anderBericht, andereWerkplek, later].map((r) => (r.ok ? r.referentie : null));
    expect(refs.every(Boolean)).toBe(true);
    expect(new Set(refs).size).toBe(4);
  });
});
