#!/usr/bin/env node
// prisma/schema.prisma is the one schema. Its PostgreSQL copy differs only in provider and the
// generated client's output path; this writes it (and `--check` fails when the copy is stale).
import fs from "node:fs";

const bron = fs.readFileSync("prisma/schema.prisma", "utf8");
const doel = "prisma/postgres/schema.prisma";
const kopie = bron
  .replace(
    /^\/\/ Canonical schema.*\n(\/\/.*\n)*/m,
    "// GENERATED from prisma/schema.prisma by scripts/generate-postgres-schema.mjs: do not edit.\n",
  )
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../src/generated/prisma"', 'output       = "../../src/generated/prisma-postgres"');

if (process.argv.includes("--check")) {
  if (!fs.existsSync(doel) || fs.readFileSync(doel, "utf8") !== kopie) {
    console.error(`${doel} is niet bijgewerkt: draai node scripts/generate-postgres-schema.mjs`);
    process.exit(1);
  }
} else {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(doel, kopie);
  console.log(`${doel} geschreven`);
}
