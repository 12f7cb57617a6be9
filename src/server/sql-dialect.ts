import { Prisma } from "@/generated/prisma/client";
import { soortVan, type PrismaClient } from "./prisma-client";

// The few places where SQLite and PostgreSQL need different SQL, each behind one function with a
// test on both (tests/integration/sql-dialect.test.ts). Everything else is the same SQL.
// No "server-only": the benchmark and the durability checks use these too.

export type Queryplan = { regels: string[]; volledigeScan: boolean };

/**
 * The database's plan for a query, and whether it reads the table `tabel` (by alias) from end to
 * end: SQLite's EXPLAIN QUERY PLAN "SCAN alias" without an index, PostgreSQL's "Seq Scan on".
 */
export async function queryplan(db: PrismaClient, query: Prisma.Sql, tabel: { naam: string; alias: string }): Promise<Queryplan> {
  if (soortVan(db) === "sqlite") {
    const rijen = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${query}`);
    const regels = rijen.map((r) => r.detail);
    const scan = new RegExp(`^SCAN ${tabel.alias}\\b`);
    return { regels, volledigeScan: regels.some((d) => scan.test(d) && !/USING (COVERING )?INDEX/.test(d)) };
  }
  const rijen = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query}`);
  const regels = rijen.map((r) => r["QUERY PLAN"]);
  const scan = new RegExp(`Seq Scan on "?${tabel.naam}"?( ${tabel.alias})?\\b`);
  return { regels, volledigeScan: regels.some((d) => scan.test(d)) };
}

/** Refreshes the planner's statistics (after a bulk load): ANALYZE on both. */
export async function werkStatistiekBij(db: PrismaClient): Promise<void> {
  await db.$executeRaw`ANALYZE`;
}

/**
 * Serialises the transaction `tx` with every other one that locks the same `sleutel`, until it
 * ends: PostgreSQL's transaction-scoped advisory lock. SQLite runs one write transaction at a time
 * anyway (the caller's first statement is a write), so there it needs nothing.
 */
export async function vergrendel(db: PrismaClient, tx: Prisma.TransactionClient, sleutel: string): Promise<void> {
  if (soortVan(db) === "sqlite") return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${sleutel}))`;
}
