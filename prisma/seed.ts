import "dotenv/config";
import { execFileSync } from "node:child_process";
import { parseEnv } from "../src/server/env";
import { maakPrismaClient, zetSqlitePragmas } from "../src/server/prisma-client";
import { seedDemoDeclaraties } from "./seed/declaraties";
import { seedDemo } from "./seed/demo";
import { seedDemoDoorstroom } from "./seed/doorstroom";
import { seedDemoGebruikers } from "./seed/gebruikers";
import { seedDemoInwoners } from "./seed/inwoners";
import { seedDemoIwmo } from "./seed/iwmo";
import { seedDemoOrientaties } from "./seed/orientaties";
import { seedReferentie } from "./seed/referentie";
import { seedDemoToewijzingen } from "./seed/toewijzingen";

// Run by `npm start` after the migrations: reference data always (idempotent), demo data only
// into an empty database. SEED_DEMO=false leaves the demo data out (e.g. production).
async function main() {
  const instellingen = parseEnv(process.env);
  const db = maakPrismaClient(instellingen.DATABASE_URL);
  try {
    await zetSqlitePragmas(db);
    await seedReferentie(db);
    const demo = instellingen.SEED_DEMO && (await seedDemo(db));
    if (instellingen.SEED_DEMO && (await seedDemoGebruikers(db))) console.log("Demo-accounts aangemaakt (zie README).");
    if (instellingen.SEED_DEMO && (await seedDemoInwoners(db))) console.log("Demo-inwoners aangemaakt.");
    if (instellingen.SEED_DEMO && (await seedDemoOrientaties(db))) console.log("Demo-oriëntaties aangemaakt.");
    if (instellingen.SEED_DEMO && (await seedDemoToewijzingen(db))) console.log("Demo-toewijzingen aangemaakt.");
    if (instellingen.SEED_DEMO && (await seedDemoDeclaraties(db))) console.log("Demo-declaraties aangemaakt.");
    if (instellingen.SEED_DEMO && (await seedDemoIwmo(db))) console.log("Demo-toewijzingen voor iWmo-berichten aangemaakt.");
    if (instellingen.SEED_DEMO && (await seedDemoDoorstroom(db))) console.log("Demo-doorstroom aangemaakt.");
    // The demo data is written straight into the tables, not through the use cases that make the
    // iWmo messages beside each change: the outbox is brought up to date once, as the scheduled
    // task `npm run taken -- iwmo-bijwerken` does (pages never write, issue 22; the task
    // runner, issue 23). A process of its own: the server modules need the react-server condition.
    if (demo) {
      await db.$disconnect();
      execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/taken.ts", "iwmo-bijwerken"], {
        stdio: "inherit",
        env: process.env,
      });
    }
    console.log(demo ? "Referentiegegevens en demogegevens geladen." : "Referentiegegevens bijgewerkt.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
