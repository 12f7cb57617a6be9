import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { maakPrismaClient } from "@/server/prisma-client";
import { seedReferentie } from "../../prisma/seed/referentie";
import { PG_TEMPLATE, postgresUrl, testPostgresUrl } from "./postgres";

export type TestDatabase = Awaited<ReturnType<typeof maakDatabase>>;

// The database the setup file made for the current test file (tests/support/database.ts), not yet
// handed out by frisseDatabase().
let vanHetBestand: TestDatabase | null = null;

/**
 * A fresh database for one test file, with the reference data seeded: a copy of the migrated
 * SQLite template, or with TEST_DATABASE_URL a new PostgreSQL database made from the migrated
 * template database. Sets DATABASE_URL so server modules imported afterwards use it.
 *
 * Integration test files already have one, made by the setup file (import `testDb` from
 * ../support/database); the first call in such a file hands out that one, still untouched, so a
 * file that has not moved to static imports yet does not pay for a second database. Its cleanup is
 * then the setup file's: `opruimen()` does nothing.
 */
export async function frisseDatabase(opties: { voorHetBestand?: boolean } = {}): Promise<TestDatabase> {
  if (opties.voorHetBestand) return (vanHetBestand = await maakDatabase());
  if (vanHetBestand) {
    const omgeving = vanHetBestand;
    vanHetBestand = null;
    process.env.DATABASE_URL = omgeving.url;
    return { ...omgeving, opruimen: async () => {} };
  }
  return maakDatabase();
}

async function maakDatabase() {
  const pgUrl = testPostgresUrl();
  let bestand = "";
  let opruimenDatabase: () => Promise<void>;
  if (pgUrl) {
    const naam = `werktmee_test_${randomUUID().replaceAll("-", "")}`;
    const beheer = new pg.Client({ connectionString: pgUrl });
    await beheer.connect();
    await beheer.query(`CREATE DATABASE "${naam}" TEMPLATE "${PG_TEMPLATE}"`);
    await beheer.end();
    process.env.DATABASE_URL = postgresUrl(pgUrl, naam);
    opruimenDatabase = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    bestand = path.resolve(`var/test/${randomUUID()}.db`);
    fs.copyFileSync(path.resolve("var/test/template.db"), bestand);
    process.env.DATABASE_URL = `file:${bestand}`;
    // With the -wal and -shm files that SQLite leaves beside it while a client (the server's own) is open.
    opruimenDatabase = async () => {
      for (const f of [bestand, `${bestand}-wal`, `${bestand}-shm`]) fs.rmSync(f, { force: true });
    };
  }
  const db = maakPrismaClient(process.env.DATABASE_URL);
  await seedReferentie(db);
  return {
    db,
    bestand,
    url: String(process.env.DATABASE_URL),
    async opruimen() {
      await db.$disconnect();
      await opruimenDatabase();
    },
  };
}
