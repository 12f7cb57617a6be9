import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresUrl, testPostgresUrl } from "../tests/support/postgres";

// ADR 0029's data migration on both databases: existing corrections (a credit line and the line
// made with it) become one unit; other lines stay outside any unit.

const NAAM = "20261207160100_correctie_als_eenheid";
const eerder = (map: string) =>
  fs
    .readdirSync(map)
    .filter((d) => /^\d+_/.test(d) && d < NAAM)
    .sort()
    .map((d) => fs.readFileSync(path.join(map, d, "migration.sql"), "utf8"));

const KOLOMMEN = `"id","nummer","toewijzingId","aanbiederId","productCode","maand","periodeStart","periodeEind","volume","eenheid","tariefCent","bedragCent","creditVanId","status","ingediendOp"`;
// An original (paid), its credit and replacement (made together), an unrelated line of the same
// month made at another moment, and a line of another month.
const RIJEN: (string | number | null)[][] = [
  ["o", "DR-2026-000001", "t", "a", "P", "2026-03", "2026-03-01", "2026-03-31", 40, "04", 1063, 42520, null, "BETAALD", "2026-04-03"],
  ["c", "DR-2026-000002", "t", "a", "P", "2026-03", "2026-03-01", "2026-03-31", -40, "04", 1063, -42520, "o", "INGEDIEND", "2026-05-10"],
  ["n", "DR-2026-000003", "t", "a", "P", "2026-03", "2026-03-01", "2026-03-31", 30, "04", 1063, 31890, null, "INGEDIEND", "2026-05-10"],
  ["x", "DR-2026-000004", "u", "a", "P", "2026-03", "2026-03-01", "2026-03-31", 20, "04", 1063, 21260, null, "INGEDIEND", "2026-05-10"],
  ["y", "DR-2026-000005", "t", "a", "P", "2026-04", "2026-04-01", "2026-04-30", 20, "04", 1063, 21260, null, "INGEDIEND", "2026-05-10"],
];
const VERWACHT = [
  ["c", "c"],
  ["n", "c"],
  ["o", null],
  ["x", null],
  ["y", null],
];

describe(`migration ${NAAM}`, () => {
  it("groups existing corrections into units on SQLite", () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-"));
    const db = new Database(path.join(map, "t.db"));
    try {
      db.pragma("foreign_keys = OFF");
      for (const sql of eerder("prisma/migrations")) db.exec(sql);
      // The rows stand alone (no toewijzing or aanbieder behind them); migrations turn the check on.
      db.pragma("foreign_keys = OFF");
      const zet = db.prepare(`INSERT INTO "Declaratieregel" (${KOLOMMEN}) VALUES (${RIJEN[0]!.map(() => "?").join(",")})`);
      for (const r of RIJEN) zet.run(...r);
      db.exec(fs.readFileSync(`prisma/migrations/${NAAM}/migration.sql`, "utf8"));
      const na = db.prepare(`SELECT "id", "correctieId", "doorGemeente" FROM "Declaratieregel" ORDER BY "id"`).all() as {
        id: string;
        correctieId: string | null;
        doorGemeente: number;
      }[];
      expect(na.map((r) => [r.id, r.correctieId])).toEqual(VERWACHT);
      expect(na.every((r) => r.doorGemeente === 0)).toBe(true);
    } finally {
      db.close();
      fs.rmSync(map, { recursive: true, force: true });
    }
  });

  it.skipIf(!testPostgresUrl())(
    "groups existing corrections into units on PostgreSQL",
    async () => {
      const basis = testPostgresUrl()!;
      const naam = `werktmee_correctie_${process.pid}`;
      const beheer = new pg.Client({ connectionString: basis });
      await beheer.connect();
      await beheer.query(`DROP DATABASE IF EXISTS "${naam}"`);
      await beheer.query(`CREATE DATABASE "${naam}"`);
      const db = new pg.Client({ connectionString: postgresUrl(basis, naam) });
      await db.connect();
      try {
        for (const sql of eerder("prisma/postgres/migrations")) await db.query(sql);
        // The rows stand alone: no toewijzing or aanbieder behind them.
        await db.query("SET session_replication_role = replica");
        for (const r of RIJEN) {
          await db.query(`INSERT INTO "Declaratieregel" (${KOLOMMEN}) VALUES (${r.map((_, i) => `$${i + 1}`).join(",")})`, r);
        }
        await db.query(fs.readFileSync(`prisma/postgres/migrations/${NAAM}/migration.sql`, "utf8"));
        const na = await db.query(`SELECT "id", "correctieId", "doorGemeente" FROM "Declaratieregel" ORDER BY "id"`);
        expect(na.rows.map((r) => [r.id, r.correctieId])).toEqual(VERWACHT);
        expect(na.rows.every((r) => r.doorGemeente === false)).toBe(true);
      } finally {
        await db.end();
        await beheer.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
        await beheer.end();
      }
    },
    120_000,
  );
});
