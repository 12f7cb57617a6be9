// Direct database work the WebAssembly engine gets wrong (defects 1 and 3 in decision 0001).
import pg from "pg";
import Database from "better-sqlite3";
import { isPostgresUrl, sqliteFilePath } from "./adapters.mjs";

const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

async function withPg(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** (1) A missing migrations table gives P1014 instead of "not initialised": create it empty. */
export async function ensureMigrationsTable(url) {
  if (isPostgresUrl(url)) return withPg(url, (c) => c.query(PG_MIGRATIONS_TABLE));
  const db = new Database(sqliteFilePath(url));
  try {
    db.exec(SQLITE_MIGRATIONS_TABLE);
  } finally {
    db.close();
  }
}

/** (3) `reset` does nothing on SQLite: drop every table, view, index and trigger ourselves. */
export async function resetDatabase(url) {
  const db = new Database(sqliteFilePath(url));
  try {
    const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table','view')").all();
    db.pragma("foreign_keys = OFF");
    for (const { type, name } of objects) db.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name.replaceAll('"', '""')}"`);
    db.pragma("foreign_keys = ON");
  } finally {
    db.close();
  }
  return null;
}
