import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/database";
import * as producten from "@/server/producten";

// Issue 11 defect 6: /producten reads "this year" in the Netherlands. At 23:30 UTC on 31 December
// 2026 it is 00:30 on 1 January 2027 in Apeldoorn: the 2027 tariffs are the ones in force.

beforeAll(async () => {
  await testDb.tarief.create({ data: { productCode: "ONTW_3", jaar: 2027, bedragCent: 33333 } });
});

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
