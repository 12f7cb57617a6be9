import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// One migrated template database per test run, made with the same `prisma migrate deploy` that
// `npm start` uses (through the offline schema-engine bridge); test files copy it.
export const TEMPLATE = path.resolve("var/test/template.db");

export default function setup() {
  fs.rmSync(path.dirname(TEMPLATE), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE}` },
    stdio: "pipe",
  });
}
