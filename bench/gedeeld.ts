import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// What the benchmarks share: their working folder, running a command, and a PostgreSQL database to
// measure on (TEST_DATABASE_URL, or a throw-away server from scripts/postgres-tijdelijk.sh).

export const MAP = path.resolve("var/bench");

export function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

/**
 * Runs `meet` with the URL of a fresh, empty PostgreSQL database named `naam`, dropped afterwards.
 * Null, with a line saying why, when BENCH_POSTGRES=false or no PostgreSQL is available.
 */
export async function opPostgres<T>(naam: string, titel: string, meet: (url: string) => Promise<T>): Promise<T | null> {
  if (process.env.BENCH_POSTGRES === "false") {
    console.log(`\n== ${titel}: overgeslagen (BENCH_POSTGRES=false)`);
    return null;
  }
  let basis = process.env.TEST_DATABASE_URL;
  let stop = () => {};
  if (!basis) {
    const mapBestand = path.join(MAP, `pg-map-${naam}`);
    fs.mkdirSync(MAP, { recursive: true });
    const r = spawnSync("bash", ["scripts/postgres-tijdelijk.sh", "start"], {
      encoding: "utf8",
      env: { ...process.env, PG_MAP_BESTAND: mapBestand },
    });
    if (r.status !== 0) {
      console.log(`\n== ${titel}: overgeslagen (geen PostgreSQL op deze machine; zet TEST_DATABASE_URL)`);
      return null;
    }
    basis = r.stdout.trim();
    const map = fs.readFileSync(mapBestand, "utf8").trim();
    stop = () => void spawnSync("bash", ["scripts/postgres-tijdelijk.sh", "stop", map]);
  }
  try {
    const u = new URL(basis);
    u.pathname = `/${naam}`;
    const url = u.toString();
    run("node", ["scripts/pg-database.mjs", "nieuw", url]);
    try {
      return await meet(url);
    } finally {
      run("node", ["scripts/pg-database.mjs", "weg", url]);
    }
  } finally {
    stop();
  }
}
