import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// One canonical schema, one migrations folder per database; the URL's scheme picks them.
// See docs/decisions/0001-prisma-offline-schema-engine.md.
const url = process.env.DATABASE_URL ?? "file:./data/werktmee.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

// Prisma looks for its native schema engine; where it could not be downloaded (air-gapped
// networks with only an npm mirror) our WebAssembly bridge stands in for it.
const nativeEngine = fs
  .readdirSync(path.join(process.cwd(), "node_modules", "@prisma", "engines"), { withFileTypes: true })
  .some((e) => e.isFile() && e.name.startsWith("schema-engine"));
if (!nativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(process.cwd(), "scripts", "schema-engine", "bin.sh");
}

export default defineConfig({
  schema: isPostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPostgres ? "prisma/postgres/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url },
});
