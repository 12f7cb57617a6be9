import "dotenv/config";
import { parseEnv } from "../src/server/env";
import { zetTerug } from "./backup-lib";

// npm run restore -- FILE [--overschrijven]: puts a backup back into the database in DATABASE_URL.
// Stop the server(s) first. A database that holds data is only overwritten with --overschrijven.
const args = process.argv.slice(2);
const bestand = args.find((a) => !a.startsWith("--"));
if (!bestand) {
  console.error("Gebruik: npm run restore -- BESTAND [--overschrijven]");
  process.exit(2);
}
zetTerug(parseEnv(process.env).DATABASE_URL, bestand, {
  overschrijven: args.includes("--overschrijven") || args.includes("--force"),
}).catch((e: unknown) => {
  console.error(`Terugzetten mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
