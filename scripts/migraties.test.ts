import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresUrl, testPostgresUrl } from "../tests/support/postgres";

// SQLite and PostgreSQL each have their own migrations folder (docs/decisions/0010). They stay in
// step: the same migrations by name, and each folder brings an empty database to the schema.
const namen = (map: string) =>
  fs
    .readdirSync(map)
    .filter((d) => /^\d+_/.test(d))
    .sort();

describe("the two migrations folders", () => {
  it("hold the same migrations, each with a migration.sql", () => {
    expect(namen("prisma/postgres/migrations")).toEqual(namen("prisma/migrations"));
    for (const n of namen("prisma/postgres/migrations")) expect(fs.existsSync(`prisma/postgres/migrations/${n}/migration.sql`)).toBe(true);
    expect(fs.readFileSync("prisma/postgres/migrations/migration_lock.toml", "utf8")).toMatch(/provider = "postgresql"/);
  });

  it("have no semicolon in a comment: the PostgreSQL migration is split on every semicolon", () => {
    for (const n of namen("prisma/postgres/migrations")) {
      const regels = fs.readFileSync(`prisma/postgres/migrations/${n}/migration.sql`, "utf8").split("\n");
      expect(regels.filter((r) => /--.*;/.test(r)).map((r) => `${n}: ${r}`)).toEqual([]);
    }
  });

  it("bring an empty SQLite file to exactly the schema (no column lost by a table redefinition)", () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "migraties-"));
    try {
      const prisma = (args: string[]) =>
        execFileSync("npx", ["prisma", ...args], {
          env: { ...process.env, DATABASE_URL: `file:${path.join(map, "leeg.db")}` },
          encoding: "utf8",
          stdio: "pipe",
        });
      expect(prisma(["migrate", "deploy"])).toMatch(/successfully applied/);
      const diff = prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"]);
      expect(diff).toMatch(/empty migration/i);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!testPostgresUrl())(
    "bring an empty PostgreSQL database to exactly the schema",
    async () => {
      const basis = testPostgresUrl()!;
      const naam = `werktmee_migraties_${process.pid}`;
      const beheer = new pg.Client({ connectionString: basis });
      await beheer.connect();
      await beheer.query(`DROP DATABASE IF EXISTS "${naam}"`);
      await beheer.query(`CREATE DATABASE "${naam}"`);
      try {
        const prisma = (args: string[]) =>
          execFileSync("npx", ["prisma", ...args], {
            env: { ...process.env, DATABASE_URL: postgresUrl(basis, naam) },
            encoding: "utf8",
            stdio: "pipe",
          });
        expect(prisma(["migrate", "deploy"])).toMatch(/successfully applied/);
        const diff = prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/postgres/schema.prisma", "--script"]);
        expect(diff).toMatch(/empty migration/i);
      } finally {
        await beheer.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
        await beheer.end();
      }
    },
    120_000,
  );
});
