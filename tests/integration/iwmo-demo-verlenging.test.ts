import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesBericht } from "@/domain/iwmo/lees";
import { seedDemo } from "../../prisma/seed/demo";
import { seedDemoDoorstroom } from "../../prisma/seed/doorstroom";
import { seedDemoGebruikers } from "../../prisma/seed/gebruikers";
import { frisseDatabase } from "../support/testdb";

// Issue 21 item 16 on the demo data outside testers see: the doorstroom seed's ontwikkeling
// verlenging allocates 0 stuks, as every verlenging issued in the portal does (ADR 0031).

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;

beforeAll(async () => {
  omgeving = await frisseDatabase();
  await seedDemo(omgeving.db);
  await seedDemoGebruikers(omgeving.db);
  expect(await seedDemoDoorstroom(omgeving.db)).toBe(true);
}, 120_000);
afterAll(async () => omgeving?.opruimen());

describe("the demo's ontwikkeling verlenging", () => {
  it("allocates no second stuk: its 301 says Volume 0, the first period 1", async () => {
    const uitgaand = await import("@/server/iwmo/intern/uitgaand");
    const verlengingen = await omgeving.db.toewijzing.findMany({
      where: { verlengingVanId: { not: null }, product: { categorie: "ONTWIKKELING" } },
      select: { id: true, iwmoVolume: true, verlengingVan: { select: { iwmoVolume: true } } },
    });
    expect(verlengingen.length).toBeGreaterThan(0);
    expect(verlengingen.map((v) => [v.verlengingVan!.iwmoVolume, v.iwmoVolume])).toEqual(verlengingen.map(() => [1, 0]));
    expect((await uitgaand.werkUitgaandBij()).fouten).toEqual([]);
    for (const v of verlengingen) {
      const b = await omgeving.db.iwmoBericht.findFirstOrThrow({ where: { bronSleutel: `301:toewijzing:${v.id}` } });
      expect(leesBericht("301", b.xml)).toMatchObject({
        producten: [{ redenWijziging: "04", omvang: { volume: 0, eenheid: "82", frequentie: "6" } }],
      });
    }
  });
});
