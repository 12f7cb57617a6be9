import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

// The offline schema-engine bridge (docs/decisions/0001) drives real Prisma CLI commands.
const prisma = (args: string[], url: string) =>
  execFileSync("npx", ["prisma", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: "pipe" });

describe("schema-engine bridge", () => {
  it("answers --version like the native engine", () => {
    expect(execFileSync("scripts/schema-engine/bin.sh", ["--version"], { encoding: "utf8" })).toMatch(/^schema-engine-cli \S+/);
  });

  it("deploys the committed migrations to a new SQLite file, then finds no drift", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bridge-"));
    const url = `file:${path.join(dir, "t.db")}`;
    expect(prisma(["migrate", "deploy"], url)).toMatch(/successfully applied/);

    const db = new Database(path.join(dir, "t.db"));
    const tabellen = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name);
    const toegepast = db.prepare('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').all();
    db.close();
    expect(tabellen).toEqual(expect.arrayContaining(["Werkplek", "Aanbieder", "Tarief", "_prisma_migrations"]));
    expect(toegepast.length).toBe(fs.readdirSync("prisma/migrations").filter((d) => /^\d+_/.test(d)).length);

    // diff's output travels back through the CLI's print request (defect 6): an empty script.
    const diff = prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"], url);
    expect(diff).toMatch(/empty migration/i);
    expect(prisma(["migrate", "status"], url)).toMatch(/Database schema is up to date/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("prints the full script for an empty database", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bridge-"));
    const url = `file:${path.join(dir, "leeg.db")}`;
    const sql = prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], url);
    expect(sql).toContain('CREATE TABLE "Werkplek"');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
