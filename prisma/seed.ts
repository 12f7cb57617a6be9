import "dotenv/config";
import { maakPrismaClient, zetSqlitePragmas } from "../src/server/prisma-client";
import { seedDemo } from "./seed/demo";
import { seedDemoGebruikers } from "./seed/gebruikers";
import { seedDemoInwoners } from "./seed/inwoners";
import { seedReferentie } from "./seed/referentie";

// Run by `npm start` after the migrations: reference data always (idempotent), demo data only
// into an empty database. SEED_DEMO=false leaves the demo data out (e.g. production).
async function main() {
  const db = maakPrismaClient(process.env.DATABASE_URL ?? "file:./data/werktmee.db");
  try {
    await zetSqlitePragmas(db);
    await seedReferentie(db);
    const demo = process.env.SEED_DEMO !== "false" && (await seedDemo(db));
    if (process.env.SEED_DEMO !== "false" && (await seedDemoGebruikers(db))) console.log("Demo-accounts aangemaakt (zie README).");
    if (process.env.SEED_DEMO !== "false" && (await seedDemoInwoners(db))) console.log("Demo-inwoners aangemaakt.");
    console.log(demo ? "Referentiegegevens en demogegevens geladen." : "Referentiegegevens bijgewerkt.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
