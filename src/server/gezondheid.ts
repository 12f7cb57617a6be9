import "server-only";
import fs from "node:fs";
import path from "node:path";
import { wordtAfgesloten } from "./afsluiten";
import { db } from "./db";
import { env } from "./env";
import { log } from "./log";
import { versie } from "./versie";

// The probes (issue 23, docs/decisions/0040). /api/health/live: the process answers (a restart
// is the only cure when it does not). /api/health/ready: this instance can take work: the
// database answers, every migration shipped with this build is applied, and it is not shutting
// down. /api/health (kept for existing monitoring): the database, the version and the commit.
// No personal data and no settings in any answer.
const TIMEOUT_MS = 3000;

export type Gezondheid = { status: "ok" | "fout"; database: "ok" | "onbereikbaar"; version: string; commit: string };

export type Gereedheid = {
  status: "ok" | "fout";
  database: "ok" | "onbereikbaar" | "niet-gecontroleerd";
  migraties: "ok" | "ontbreken" | "niet-gecontroleerd";
  afsluiten: boolean;
};

/** A query against the database, refused after 3 s (a database that hangs is as bad as one that is gone). */
async function binnenTijd<T>(vraag: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      vraag,
      new Promise<never>((_, weiger) => (timer = setTimeout(() => weiger(new Error("database antwoordt niet binnen 3 s")), TIMEOUT_MS))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function databaseAntwoordt(): Promise<boolean> {
  try {
    await binnenTijd(db.$queryRaw`SELECT 1`);
    return true;
  } catch (err) {
    log.warn({ err }, "health check: database onbereikbaar");
    return false;
  }
}

/** Does the database answer (within 3 s)? */
export async function gezondheid(): Promise<Gezondheid> {
  const ok = await databaseAntwoordt();
  return { status: ok ? "ok" : "fout", database: ok ? "ok" : "onbereikbaar", ...versie() };
}

/**
 * The migrations shipped with this build: the folders of prisma/migrations (SQLite) or
 * prisma/postgres/migrations (PostgreSQL) that hold a migration.sql. Read once per process.
 */
let meegeleverd: string[] | null = null;
export function meegeleverdeMigraties(): string[] {
  if (meegeleverd) return meegeleverd;
  const map = path.resolve(/^postgres/.test(env.DATABASE_URL) ? "prisma/postgres/migrations" : "prisma/migrations");
  meegeleverd = fs
    .readdirSync(map, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(map, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  return meegeleverd;
}

/**
 * Every shipped migration is applied (finished, not rolled back). Migrations the database has and
 * this build does not are fine: during an upgrade the migrations run first, and the instances of
 * the old build keep serving until they are replaced (README, Productie).
 */
async function migratiesToegepast(): Promise<boolean> {
  const rijen = await binnenTijd(
    db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const toegepast = new Set(rijen.map((r) => r.migration_name));
  const ontbreekt = meegeleverdeMigraties().filter((m) => !toegepast.has(m));
  if (ontbreekt.length) log.warn({ ontbreekt }, "readiness: migraties niet toegepast");
  return ontbreekt.length === 0;
}

/** Can this instance take requests? 503 on /api/health/ready when not. */
export async function gereedheid(): Promise<Gereedheid> {
  if (wordtAfgesloten()) return { status: "fout", database: "niet-gecontroleerd", migraties: "niet-gecontroleerd", afsluiten: true };
  if (!(await databaseAntwoordt())) return { status: "fout", database: "onbereikbaar", migraties: "niet-gecontroleerd", afsluiten: false };
  let migraties: Gereedheid["migraties"];
  try {
    migraties = (await migratiesToegepast()) ? "ok" : "ontbreken";
  } catch (err) {
    // No _prisma_migrations table (an empty database) or no migration folder: not ready.
    log.warn({ err }, "readiness: migraties niet te controleren");
    migraties = "ontbreken";
  }
  return { status: migraties === "ok" ? "ok" : "fout", database: "ok", migraties, afsluiten: false };
}
