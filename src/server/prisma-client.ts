import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";

// Shared by the app (src/server/db.ts), the seed, the benchmark and the tests, so every one of
// them talks to the database the same way. No "server-only" here: scripts import it too.
// The URL's scheme picks the database, here and nowhere else (docs/decisions/0010).

export type DatabaseSoort = "sqlite" | "postgresql";

export function databaseSoort(url: string): DatabaseSoort {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL moet beginnen met file: (SQLite) of postgresql:// (PostgreSQL).");
}

const soorten = new WeakMap<object, DatabaseSoort>();

/** Which database this client talks to. */
export function soortVan(client: PrismaClient): DatabaseSoort {
  const bekend = soorten.get(client);
  if (bekend) return bekend;
  // A transaction client is a view on its client and carries the generated client's provider.
  return (client as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * Interactive transactions get more time than Prisma's 5 s default. Under load (a busy 2-core
 * machine, a PostgreSQL restart) a transaction that expires is rolled back while its callback may
 * still be running; the demo seed on PostgreSQL then failed half-way on a foreign key
 * (WerkplekMogelijkheid_werkplekId_fkey). A slow transaction should finish, not be cut off.
 */
export const TRANSACTIE_OPTIES = { timeout: 20_000, maxWait: 10_000 } as const;

export function maakPrismaClient(url: string): PrismaClient {
  const soort = databaseSoort(url);
  // Both generated clients come from the same schema; the PostgreSQL one is used through the
  // SQLite client's type, which is the portable subset (no `mode: "insensitive"` and the like).
  const client =
    soort === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5000 }), transactionOptions: TRANSACTIE_OPTIES })
      : (new PostgresPrismaClient({
          adapter: new PrismaPg({ connectionString: url }),
          transactionOptions: TRANSACTIE_OPTIES,
        }) as unknown as PrismaClient);
  soorten.set(client, soort);
  return client;
}

/** Pragmas for a real server: WAL for concurrent readers, FULL sync for durability. Nothing on PostgreSQL. */
export async function zetSqlitePragmas(client: PrismaClient): Promise<void> {
  if (soortVan(client) !== "sqlite") return;
  await client.$queryRaw`PRAGMA journal_mode = WAL`;
  await client.$queryRaw`PRAGMA synchronous = FULL`;
  await client.$queryRaw`PRAGMA foreign_keys = ON`;
}

export type { PrismaClient };
