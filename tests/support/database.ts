import { frisseDatabase, type TestDatabase } from "./testdb";

// The database of the current integration test file. Made by the setup file
// (tests/support/database-per-bestand.ts) before the test file's own imports are evaluated, so that
// server modules, which read DATABASE_URL when they are imported, can be imported statically:
//
//   import { testDb } from "../support/database";
//   import { wijzigBranche } from "@/server/beheer/branches";
//
// The setup file removes it again after the file's tests (afterAll).
const omgeving: TestDatabase = await frisseDatabase({ voorHetBestand: true });

/** The Prisma client of this test file's own database (reference data seeded). */
export const testDb = omgeving.db;

/** This file's database, with its path (SQLite) and its cleanup; for the setup file and backup tests. */
export const testDatabase = omgeving;
