import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

// Shared by the app (src/server/db.ts), the seed, the benchmark and the tests, so every one of
// them talks to the database the same way. No "server-only" here: scripts import it too.
export function maakPrismaClient(url: string): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error("Only SQLite (file:) URLs are wired up yet; PostgreSQL comes with its own generated client.");
  }
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5000 }) });
  return client;
}

/** Pragmas for a real server: WAL for concurrent readers, FULL sync for durability. */
export async function zetSqlitePragmas(client: PrismaClient): Promise<void> {
  await client.$queryRaw`PRAGMA journal_mode = WAL`;
  await client.$queryRaw`PRAGMA synchronous = FULL`;
  await client.$queryRaw`PRAGMA foreign_keys = ON`;
}

export type { PrismaClient };
