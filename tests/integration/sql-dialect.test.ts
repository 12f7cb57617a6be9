import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { soortVan } from "@/server/prisma-client";
import { queryplan, werkStatistiekBij } from "@/server/sql-dialect";
import { testDb } from "../support/database";

// The functions that hide where SQLite and PostgreSQL differ, on whichever database this run uses.

describe(`sql-dialect`, () => {
  it("knows which database it talks to", () => {
    expect(soortVan(testDb)).toBe(process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite");
  });

  it("reports a full scan of a table read from end to end", async () => {
    await werkStatistiekBij(testDb);
    const plan = await queryplan(testDb, Prisma.sql`SELECT w."titel" FROM "Werkplek" w WHERE w."omschrijving" LIKE ${"%fiets%"}`, {
      naam: "Werkplek",
      alias: "w",
    });
    expect(plan.regels.length).toBeGreaterThan(0);
    expect(plan.volledigeScan).toBe(true);
  });

  it("reports no full scan when an index is used", async () => {
    // On a near-empty table PostgreSQL prefers a sequential scan; forbid it for this check.
    if (soortVan(testDb) === "postgresql") {
      await testDb.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const plan = await queryplan(tx as never, Prisma.sql`SELECT w."id" FROM "Werkplek" w WHERE w."slug" = ${"x"}`, {
          naam: "Werkplek",
          alias: "w",
        });
        expect(plan.volledigeScan).toBe(false);
      });
      return;
    }
    const plan = await queryplan(testDb, Prisma.sql`SELECT w."id" FROM "Werkplek" w WHERE w."slug" = ${"x"}`, {
      naam: "Werkplek",
      alias: "w",
    });
    expect(plan.volledigeScan).toBe(false);
  });
});
