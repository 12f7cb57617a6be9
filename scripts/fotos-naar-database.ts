import "dotenv/config";
import { parseEnv } from "../src/server/env";
import { fotosUitMap } from "./backup-lib";

// npx tsx scripts/fotos-naar-database.ts [MAP]: once, after upgrading an installation that kept
// photos in a folder (docs/decisions/0039). Copies the photo files the database names into the
// database in DATABASE_URL; MAP is the old uploads folder (default UPLOADS_DIR or var/uploads).
// Safe to run again; the folder may be removed once it reports nothing missing.
const map = process.argv[2] ?? process.env.UPLOADS_DIR ?? "var/uploads";
fotosUitMap(parseEnv(process.env).DATABASE_URL, map)
  .then((uit) => {
    if (uit.ontbreken.length) process.exitCode = 1;
  })
  .catch((e: unknown) => {
    console.error(`Foto's kopiëren mislukt: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
