import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frisseDatabase } from "../support/testdb";

// Issue 11 defect 6: /producten reads "this year" in the Netherlands. At 23:30 UTC on 31 December
// 2026 it is 00:30 on 1 January 2027 in Apeldoorn: the 2027 tariffs are the ones in force.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let producten: typeof import("@/server/producten");

beforeAll(async () => {
  omgeving = await frisseDatabase();
  producten = await import("@/server/producten");
  await omgeving.db.tarief.create({ data: { productCode: "ONTW_3", jaar: 2027, bedragCent: 33333 } });
});
afterAll(async () => omgeving.opruimen());

describe("productenOverzicht", () => {
  it("at 23:30 UTC on 31 December it is already the next year in the Netherlands", async () => {
    const o = await producten.productenOverzicht(new Date("2026-12-31T23:30:00Z"));
    expect([o.huidigJaar, o.jaar]).toEqual([2027, 2027]);
    expect(o.producten.find((p) => p.code === "ONTW_3")?.tariefCent).toBe(33333);
  });
  it("one hour earlier (22:30 UTC, 23:30 Dutch time) it is still 2026: the latest tariffs up to 2026 (2024)", async () => {
    const o = await producten.productenOverzicht(new Date("2026-12-31T22:30:00Z"));
    expect([o.huidigJaar, o.jaar]).toEqual([2026, 2024]);
    expect(o.producten.find((p) => p.code === "ONTW_3")?.tariefCent).toBe(31904);
  });
});
