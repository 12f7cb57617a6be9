import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PG_TEMPLATE, postgresUrl, testPostgresUrl } from "./postgres";

// One migrated template database per test run, made with the same `prisma migrate deploy` that
// `npm start` uses (through the offline schema-engine bridge); test files copy it. With
// TEST_DATABASE_URL the template is a PostgreSQL database that each test file clones.
export const TEMPLATE = path.resolve("var/test/template.db");

async function pgOpdracht(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export default async function setup() {
  fs.rmSync(path.dirname(TEMPLATE), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE}` },
    stdio: "pipe",
  });
  const pgUrl = testPostgresUrl();
  if (!pgUrl) return;
  await pgOpdracht(pgUrl, `DROP DATABASE IF EXISTS "${PG_TEMPLATE}" WITH (FORCE)`);
  await pgOpdracht(pgUrl, `CREATE DATABASE "${PG_TEMPLATE}"`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: postgresUrl(pgUrl, PG_TEMPLATE) },
    stdio: "pipe",
  });
}
