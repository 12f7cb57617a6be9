import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { maakPrismaClient } from "@/server/prisma-client";
import { seedReferentie } from "../../prisma/seed/referentie";

/**
 * A fresh SQLite file for one test file, copied from the migrated template, with the reference
 * data seeded. Sets DATABASE_URL so server modules imported afterwards use it.
 */
export async function frisseDatabase() {
  const bestand = path.resolve(`var/test/${randomUUID()}.db`);
  fs.copyFileSync(path.resolve("var/test/template.db"), bestand);
  process.env.DATABASE_URL = `file:${bestand}`;
  const db = maakPrismaClient(process.env.DATABASE_URL);
  await seedReferentie(db);
  return {
    db,
    bestand,
    async opruimen() {
      await db.$disconnect();
      fs.rmSync(bestand, { force: true });
    },
  };
}
