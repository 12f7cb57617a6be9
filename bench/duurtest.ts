import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { DEMO_WACHTWOORD } from "../prisma/data/demo-gebruikers";
import { startNginx, startServer, stuurInteresse, type Server } from "../tests/ops/server";
import { MAP, run } from "./gedeeld";

// Reliability, measured (issue 23), on the production shape: two instances of the last build
// behind nginx (deploy/nginx) on one PostgreSQL server of our own (scripts/postgres-tijdelijk.sh).
//
// 1. Soak: 50 signed-in sessions (gemeente staff and aanbieder users) browse their pages and save
//    (an aanbieder's "vrije plekken", the form posted as a browser without JavaScript does) for
//    BENCH_SOAK_SECONDS (300). Reports requests, errors and p50/p95/p99 per kind.
// 2. PostgreSQL restarted under a bounded load (interest requests and sign-ins, 8 at a time):
//    how long each instance said not-ready, whether it recovered by itself, and whether every
//    acknowledged write (an interest request answered with its reference) is in the database.
//
// Figures, never assertions: the last line is one JSON object. `npx tsx bench/duurtest.ts`, or as
// part of `npm run bench`. BENCH_SKIP_BUILD=1 uses the last build.

const POORT = Number(process.env.BENCH_PORT ?? 3200) + 20;
const SOAK_SECONDEN = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const SESSIES = Number(process.env.BENCH_SOAK_SESSIONS ?? 50);
const GEHEIM = "duurtest-geheim-alleen-voor-de-bench";
const COOKIE = "authjs.session-token";

const PAGINAS = {
  gemeente: ["/gemeente", "/gemeente/toewijzingen", "/gemeente/inwoners", "/gemeente/interesse", "/gemeente/declaraties", "/werkplekken"],
  aanbieder: ["/aanbieder", "/aanbieder/toewijzingen", "/aanbieder/werkplekken", "/aanbieder/declaraties", "/werkplekken"],
};
const GEMEENTE = [
  "centrum@gemeente.example",
  "wmo-consulent@gemeente.example",
  "trajectregisseur@gemeente.example",
  "teammanager@gemeente.example",
];
const AANBIEDER = ["beheerder@aanbieder.example", "medewerker@aanbieder.example"];

function pgTijdelijk(...args: string[]): string {
  const r = spawnSync("bash", ["scripts/postgres-tijdelijk.sh", ...args], {
    encoding: "utf8",
    env: { ...process.env, PG_MAP_BESTAND: path.join(MAP, "duur-pg-map") },
  });
  if (r.status !== 0) throw new Error(`postgres-tijdelijk.sh ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

function percentiel(waarden: number[], p: number): number {
  if (waarden.length === 0) return 0;
  const s = [...waarden].sort((a, b) => a - b);
  return Number(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!.toFixed(1));
}

async function sessieCookie(url: string, email: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT id, naam, email, rol, "aanbiederId", "sessieVersie" FROM "Gebruiker" WHERE email = $1`, [email]);
    const g = rows[0];
    await c.query(`UPDATE "Gebruiker" SET "laatsteActiviteitOp" = now() WHERE id = $1`, [g.id]);
    // The claims of the jwt callback in src/server/auth/config.ts, as tests/e2e/fixtures.ts makes them.
    const waarde = await encode({
      token: { sub: g.id, name: g.naam, email: g.email, gid: g.id, rol: g.rol, aid: g.aanbiederId, sv: g.sessieVersie, begin: Date.now() },
      secret: GEHEIM,
      salt: COOKIE,
      maxAge: 8 * 60 * 60,
    });
    return `${COOKIE}=${waarde}`;
  } finally {
    await c.end();
  }
}

const ontsnap = (s: string) =>
  s.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The hidden fields of the first form on the page that has a field named `veld`. */
function formMet(html: string, veld: string): FormData | null {
  for (const m of html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)) {
    if (!m[1]!.includes(`name="${veld}"`)) continue;
    const form = new FormData();
    for (const h of m[1]!.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g))
      form.append(ontsnap(h[1]!), ontsnap(h[2] ?? ""));
    return form;
  }
  return null;
}

type Meting = { soort: string; ms: number; ok: boolean };

async function soak(basis: string, url: string): Promise<Meting[]> {
  const metingen: Meting[] = [];
  const tot = Date.now() + SOAK_SECONDEN * 1000;
  const sessie = async (i: number) => {
    const aanbieder = i % 2 === 1;
    const email = aanbieder ? AANBIEDER[i % AANBIEDER.length]! : GEMEENTE[i % GEMEENTE.length]!;
    const cookie = await sessieCookie(url, email);
    const paginas = aanbieder ? PAGINAS.aanbieder : PAGINAS.gemeente;
    for (let n = 0; Date.now() < tot; n++) {
      const pad = paginas[n % paginas.length]!;
      const t0 = performance.now();
      let html = "";
      let ok: boolean;
      try {
        const a = await fetch(`${basis}${pad}`, { headers: { cookie }, redirect: "manual" });
        html = await a.text();
        ok = a.status === 200;
      } catch {
        ok = false;
      }
      metingen.push({ soort: "lezen", ms: performance.now() - t0, ok });
      // Every third visit of the aanbieder's start page saves its first werkplek's free places.
      if (aanbieder && pad === "/aanbieder" && n % 3 === 0) {
        const form = formMet(html, "plaatsenBeschikbaar");
        if (!form) {
          metingen.push({ soort: "opslaan", ms: 0, ok: false });
          continue;
        }
        form.append("plaatsenBeschikbaar", String(1 + (n % 5)));
        const t1 = performance.now();
        try {
          const a = await fetch(`${basis}${pad}`, { method: "POST", body: form, headers: { cookie, Origin: basis }, redirect: "manual" });
          const tekst = await a.text();
          ok = a.status < 400 && !/role="alert"/.test(tekst);
        } catch {
          ok = false;
        }
        metingen.push({ soort: "opslaan", ms: performance.now() - t1, ok });
      }
    }
  };
  await Promise.all(Array.from({ length: SESSIES }, (_, i) => sessie(i)));
  return metingen;
}

async function inloggen(basis: string, email: string): Promise<boolean> {
  const html = await (await fetch(`${basis}/inloggen`)).text();
  const form = formMet(html, "wachtwoord");
  if (!form) return false;
  form.append("email", email);
  form.append("wachtwoord", DEMO_WACHTWOORD);
  const a = await fetch(`${basis}/inloggen`, { method: "POST", body: form, headers: { Origin: basis }, redirect: "manual" });
  await a.text();
  return (a.headers.get("set-cookie") ?? "").includes(COOKIE);
}

async function herstartOnderLast(basis: string, url: string, pgMap: string, instanties: Server[]) {
  const erkend: string[] = [];
  let pogingen = 0;
  let mislukt = 0;
  let aanmeldingen = 0;
  const slug = /href="\/werkplekken\/([a-z0-9-]+)"/.exec(await (await fetch(`${basis}/werkplekken`)).text())![1]!;
  const nietKlaar = instanties.map(() => ({ eerste: 0, laatste: 0, keren: 0 }));
  let stop = false;
  const peiler = (async () => {
    while (!stop) {
      await Promise.all(
        instanties.map(async (s, i) => {
          let status: number;
          try {
            // An answer slower than 2 s counts as not ready, as a load balancer's probe would.
            status = (await fetch(`${s.url}/api/health/ready`, { signal: AbortSignal.timeout(2000) })).status;
            if (status === 404) status = (await fetch(`${s.url}/api/health`, { signal: AbortSignal.timeout(2000) })).status;
          } catch {
            status = 0;
          }
          if (status !== 200) {
            const n = nietKlaar[i]!;
            n.keren++;
            n.eerste ||= Date.now();
            n.laatste = Date.now();
          }
        }),
      );
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const begin = Date.now();
  const last = async (i: number) => {
    for (let n = 0; Date.now() - begin < 60_000; n++) {
      pogingen++;
      try {
        if (n % 4 === 3) {
          if (await inloggen(basis, GEMEENTE[i % GEMEENTE.length]!)) aanmeldingen++;
          else mislukt++;
          continue;
        }
        const ref = await stuurInteresse(basis, slug, {
          naam: `Duur ${i}x${n}`,
          email: "",
          telefoon: "0612345678",
          postcode: "7311AA",
          bericht: `Duurtest ${i}x${n}`,
          toestemming: "ja",
        });
        if (ref) erkend.push(ref);
        else mislukt++;
      } catch {
        mislukt++;
      }
    }
  };
  const lasten = Array.from({ length: 8 }, (_, i) => last(i));
  // 15 s into the load PostgreSQL stops (fast: connections are cut), and is started 10 s later.
  await new Promise((r) => setTimeout(r, 15_000));
  const gestopt = Date.now();
  pgTijdelijk("herstart", pgMap, "10");
  const weerOp = Date.now();
  await Promise.all(lasten);
  stop = true;
  await peiler;
  const herstel = nietKlaar.map((n) => (n.laatste ? Number(((n.laatste - weerOp) / 1000).toFixed(1)) : null));

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ referentie: string }>(`SELECT referentie FROM "Interesse" WHERE referentie = ANY($1)`, [erkend]);
  await c.end();
  return {
    restart_requests: pogingen,
    restart_acknowledged: erkend.length,
    restart_sign_ins: aanmeldingen,
    restart_failed_unacknowledged: mislukt,
    restart_lost: erkend.length - rows.length,
    restart_db_down_s: Number(((weerOp - gestopt) / 1000).toFixed(1)),
    restart_not_ready_polls: nietKlaar.map((n) => n.keren),
    restart_ready_after_db_up_s: herstel,
  };
}

export async function duurtest(): Promise<Record<string, unknown> | null> {
  fs.mkdirSync(MAP, { recursive: true });
  let basisUrl: string;
  try {
    basisUrl = pgTijdelijk("start");
  } catch (e) {
    console.log(`\n== Duurtest: overgeslagen (geen PostgreSQL op deze machine): ${(e as Error).message}`);
    return null;
  }
  const pgMap = fs.readFileSync(path.join(MAP, "duur-pg-map"), "utf8").trim();
  const instanties: Server[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    const u = new URL(basisUrl);
    u.pathname = "/werktmee_duur";
    const url = u.toString();
    run("node", ["scripts/pg-database.mjs", "nieuw", url]);
    run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
    run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url });
    if (process.env.BENCH_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
    const basis = `http://localhost:${POORT}`;
    const instelling = {
      AUTH_SECRET: GEHEIM,
      TRUSTED_PROXIES: "127.0.0.1",
      APP_URL: basis,
      INTERESSE_RATE_LIMIT: "1000000",
      LOG_LEVEL: "warn",
    };
    instanties.push(...(await Promise.all([startServer(POORT + 1, url, instelling), startServer(POORT + 2, url, instelling)])));
    nginx = await startNginx(POORT, POORT + 1, POORT + 2);

    console.log(`\n== Duurtest: ${SESSIES} ingelogde sessies, ${SOAK_SECONDEN} s, twee instanties achter nginx, PostgreSQL`);
    const m = await soak(basis, url);
    const perSoort = (soort: string) => {
      const s = m.filter((x) => x.soort === soort);
      const ms = s.map((x) => x.ms);
      return {
        n: s.length,
        fouten: s.filter((x) => !x.ok).length,
        p50: percentiel(ms, 50),
        p95: percentiel(ms, 95),
        p99: percentiel(ms, 99),
      };
    };
    const lezen = perSoort("lezen");
    const opslaan = perSoort("opslaan");
    for (const [t, r] of [
      ["lezen", lezen],
      ["opslaan", opslaan],
    ] as const)
      console.log(`${t}: ${r.n} verzoeken, ${r.fouten} fouten, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`);

    console.log(`\n== PostgreSQL herstart onder last (interesse-aanvragen en inloggen, 8 tegelijk, 60 s)`);
    const herstart = await herstartOnderLast(basis, url, pgMap, instanties);
    console.log(herstart);
    return {
      soak_sessions: SESSIES,
      soak_seconds: SOAK_SECONDEN,
      soak_requests: lezen.n + opslaan.n,
      soak_errors: lezen.fouten + opslaan.fouten,
      soak_read_p50_ms: lezen.p50,
      soak_read_p99_ms: lezen.p99,
      soak_save_p50_ms: opslaan.p50,
      soak_save_p99_ms: opslaan.p99,
      ...herstart,
    };
  } finally {
    await nginx?.stop();
    await Promise.all(instanties.map((s) => s.stop()));
    pgTijdelijk("stop", pgMap);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  duurtest()
    .then((c) => console.log(JSON.stringify(c)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
