import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { testPostgresUrl, postgresUrl } from "../support/postgres";

// Operations tests start real `next start` processes (scripts/serve.sh, as production, on the build that `npm test` made) on a
// database of their own: an SQLite file, or with TEST_DATABASE_URL a PostgreSQL database; and
// nginx in front of two of them (deploy/nginx).

export const opPostgres = testPostgresUrl() !== null;
export const databaseNaam = opPostgres ? "PostgreSQL" : "SQLite";

/** A new, migrated and seeded (demo data) database; returns its URL. */
export function nieuweDatabase(naam: string): string {
  const basis = testPostgresUrl();
  let url: string;
  if (basis) {
    url = postgresUrl(basis, `werktmee_ops_${naam}`);
    execFileSync("node", ["scripts/pg-database.mjs", "nieuw", url]);
  } else {
    const bestand = path.resolve(`var/ops/${naam}.db`);
    fs.mkdirSync(path.dirname(bestand), { recursive: true });
    for (const b of [bestand, `${bestand}-wal`, `${bestand}-shm`]) fs.rmSync(b, { force: true });
    url = `file:${bestand}`;
  }
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
  return url;
}

export type Server = {
  url: string;
  proces: ChildProcess;
  /** Every line the server wrote to stdout and stderr. */
  regels: string[];
  /** The JSON log lines. */
  logs(): Record<string, unknown>[];
  einde: Promise<number | null>;
  stop(signaal?: NodeJS.Signals): Promise<number | null>;
};

export async function startServer(poort: number, databaseUrl: string, extra: Record<string, string> = {}): Promise<Server> {
  const proces = spawn("bash", ["scripts/serve.sh"], {
    env: {
      ...process.env,
      PORT: String(poort),
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "ops-geheim-alleen-voor-tests",
      APP_URL: `http://localhost:${poort}`,
      MAIL_OUTBOX_DIR: "var/ops/outbox",
      INTERESSE_RATE_LIMIT: "100000",
      // The tasks run from their own command here (npm run taken), not on the server's schedule.
      TAKEN_PLANNEN: "uit",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const regels: string[] = [];
  for (const stroom of [proces.stdout!, proces.stderr!]) {
    let rest = "";
    stroom.on("data", (d: Buffer) => {
      const delen = (rest + d.toString()).split("\n");
      rest = delen.pop()!;
      regels.push(...delen);
    });
  }
  const einde = new Promise<number | null>((klaar) => proces.on("exit", (code, signaal) => klaar(code ?? (signaal ? -1 : null))));
  const url = `http://localhost:${poort}`;
  for (let i = 0; ; i++) {
    if (proces.exitCode !== null) throw new Error(`server stopte:\n${regels.join("\n")}`);
    try {
      if ((await fetch(`${url}/api/health`)).status > 0) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("server startte niet binnen 60 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    proces,
    regels,
    einde,
    logs: () =>
      regels.flatMap((r) => {
        try {
          const o = JSON.parse(r);
          return o && typeof o === "object" ? [o as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    async stop(signaal: NodeJS.Signals = "SIGTERM") {
      if (proces.exitCode === null) proces.kill(signaal);
      return einde;
    },
  };
}

export type Nginx = { url: string; map: string; stop(): Promise<void> };

/**
 * nginx with the portal's edge (deploy/nginx/grens.conf) on `poort`, in front of two instances,
 * as production runs; without root, everything in a folder of its own (deploy/nginx/proef.sh).
 * Give the instances TRUSTED_PROXIES=127.0.0.1 and APP_URL = this url.
 */
export async function startNginx(poort: number, poortA: number, poortB: number): Promise<Nginx> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "werktmee-nginx-"));
  const proces = spawn("bash", ["deploy/nginx/proef.sh", map, String(poort), String(poortA), String(poortB)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const einde = new Promise<void>((klaar) => proces.on("exit", () => klaar()));
  const url = `http://localhost:${poort}`;
  for (let i = 0; ; i++) {
    if (proces.exitCode !== null) throw new Error(`nginx stopte:\n${fs.readFileSync(path.join(map, "error.log"), "utf8")}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      // not listening yet
    }
    if (i > 40) throw new Error("nginx startte niet binnen 20 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    map,
    async stop() {
      if (proces.exitCode === null) proces.kill("SIGQUIT");
      await einde;
      fs.rmSync(map, { recursive: true, force: true });
    },
  };
}

const ontsnap = (s: string) =>
  s.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * Posts the "ik heb interesse" form the way a browser without JavaScript does: the page's hidden
 * server-action fields plus the visible ones. Returns the reference on success, else null.
 */
export async function stuurInteresse(basis: string, slug: string, velden: Record<string, string>, pagina?: string): Promise<string | null> {
  const html = pagina ?? (await (await fetch(`${basis}/werkplekken/${slug}`)).text());
  const form = new FormData();
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g))
    form.append(ontsnap(m[1]!), ontsnap(m[2] ?? ""));
  for (const [k, v] of Object.entries(velden)) form.append(k, v);
  const antwoord = await fetch(`${basis}/werkplekken/${slug}`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { Origin: basis },
  });
  const naar = antwoord.headers.get("location") ?? "";
  return /referentie=(AWM-[A-Z0-9]+)/.exec(naar)?.[1] ?? null;
}

export async function eersteWerkplek(basis: string): Promise<string> {
  const html = await (await fetch(`${basis}/werkplekken`)).text();
  return /href="\/werkplekken\/([a-z0-9-]+)"/.exec(html)![1]!;
}

/** A read straight from the database, with the driver itself (the Prisma client is ESM-only). */
export async function sql<T>(url: string, query: string): Promise<T[]> {
  if (url.startsWith("file:")) {
    const db = new Database(url.replace(/^file:/, ""), { readonly: true });
    try {
      return db.prepare(query).all() as T[];
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(query)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A write straight into the database (test set-up the way beheer would enter it). */
export async function schrijf(url: string, query: string): Promise<void> {
  if (url.startsWith("file:")) {
    const db = new Database(url.replace(/^file:/, ""));
    try {
      db.exec(query.replaceAll("now()", "CURRENT_TIMESTAMP"));
    } finally {
      db.close();
    }
    return;
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}
