import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let dienIn: typeof import("@/server/interesse/indienen").dienInteresseIn;
let gepubliceerd: { slug: string; id: string };
let concept: { slug: string };

const invoer = {
  naam: "Sanne de Vries",
  email: "sanne@example.nl",
  telefoon: "",
  postcode: "7311ab",
  bericht: "Graag!",
  toestemming: "ja",
};

beforeAll(async () => {
  process.env.INTERESSE_RATE_LIMIT = "3";
  omgeving = await frisseDatabase();
  dienIn = (await import("@/server/interesse/indienen")).dienInteresseIn;
  const a = await maakAanbieder(omgeving.db);
  gepubliceerd = await maakWerkplek(omgeving.db, { aanbiederId: a.id });
  concept = await maakWerkplek(omgeving.db, { aanbiederId: a.id, status: "CONCEPT" });
});
afterAll(async () => omgeving.opruimen());

describe("ik heb interesse (R-WP-5)", () => {
  it("stores the request for the gemeente with a reference and the moment of consent", async () => {
    const r = await dienIn(gepubliceerd.slug, invoer, "10.0.0.1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rij = await omgeving.db.interesse.findUniqueOrThrow({ where: { referentie: r.referentie } });
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
  });

  it("stores nothing when a field is wrong", async () => {
    const voor = await omgeving.db.interesse.count();
    const r = await dienIn(gepubliceerd.slug, { ...invoer, toestemming: "" }, "10.0.0.2");
    expect(r).toEqual({
      ok: false,
      veldfouten: { toestemming: "Geef toestemming, anders kunnen we je niet bellen of mailen." },
      formulierfout: null,
    });
    expect(await omgeving.db.interesse.count()).toBe(voor);
  });

  it("refuses a werkplek that is not published", async () => {
    const r = await dienIn(concept.slug, invoer, "10.0.0.3");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.formulierfout).toMatch(/niet meer beschikbaar/);
  });

  it("limits requests per sender and says so in Dutch", async () => {
    for (let i = 0; i < 3; i++) expect((await dienIn(gepubliceerd.slug, invoer, "10.0.0.9")).ok).toBe(true);
    const vierde = await dienIn(gepubliceerd.slug, invoer, "10.0.0.9");
    expect(vierde.ok).toBe(false);
    if (!vierde.ok) expect(vierde.formulierfout).toMatch(/Probeer het over een uur opnieuw/);
    expect((await dienIn(gepubliceerd.slug, invoer, "10.0.0.10")).ok).toBe(true);
  });
});
