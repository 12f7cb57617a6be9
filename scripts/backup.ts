import "dotenv/config";
import { parseEnv } from "../src/server/env";
import { maakBackup } from "./backup-lib";

// npm run backup -- FILE: a backup of the database in DATABASE_URL (SQLite while the server runs).
const bestand = process.argv[2];
if (!bestand) {
  console.error("Gebruik: npm run backup -- BESTAND");
  process.exit(2);
}
maakBackup(parseEnv(process.env).DATABASE_URL, bestand).catch((e: unknown) => {
  console.error(`Back-up mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
