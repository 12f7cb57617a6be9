import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { maakPrismaClient } from "../src/server/prisma-client";
import { werkStatistiekBij } from "../src/server/sql-dialect";
import { benchDeclaraties } from "./declaraties";
import { duurtest } from "./duurtest";
import { MAP, opPostgres, run } from "./gedeeld";
import { lighthouse } from "./lighthouse";
import { meetSql, queryplan } from "./sql";
import { alsUrl, zoekcombinaties } from "./zoekcombinaties";

// npm run bench: build, fill a separate database with 10,000 werkplekken, serve it, load a
// static page and the catalogue search (rotating through 240 different searches) with
// autocannon, weigh the search page's HTML and score three pages with Lighthouse (mobile), then
// time the search SQL alone at 10,000 and 100,000 werkplekken and show its plan; then the soak and
// the PostgreSQL restart under load on two instances behind nginx (bench/duurtest.ts).
// The last line printed is one JSON object with the figures.

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DUUR = Number(process.env.BENCH_SECONDS ?? 20);
const STATISCH = "/toegankelijkheid";

function vulDatabase(bestand: string, aantal: number) {
  const url = `file:${bestand}`;
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  run("npx", ["tsx", "scripts/seed-bulk.ts", String(aantal)], { DATABASE_URL: url });
  return url;
}

async function wachtOpServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("De server is gestopt");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("De server startte niet binnen 60 s");
}

/**
 * CPU time (user + system, ms) the server process has used so far, from /proc: with the request
 * count it gives the cost of one request, which scheduling noise on a shared machine moves far
 * less than requests per second. Null where there is no /proc.
 */
function cpuMs(pid: number | undefined): number | null {
  try {
    const velden = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / KLOKTIKKEN;
  } catch {
    return null;
  }
}
const KLOKTIKKEN = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

async function belast(titel: string, paden: string[], pid?: number) {
  let i = 0;
  const cpu0 = cpuMs(pid);
  const resultaat = await autocannon({
    url: `http://localhost:${PORT}`,
    connections: 10,
    duration: DUUR,
    requests: [{ setupRequest: (req) => ({ ...req, path: paden[i++ % paden.length]! }) }],
  });
  const cpu1 = cpuMs(pid);
  const cpuPerVerzoek = cpu0 !== null && cpu1 !== null ? Number(((cpu1 - cpu0) / resultaat.requests.total).toFixed(2)) : null;
  const fouten = resultaat.errors + resultaat.timeouts + resultaat.non2xx;
  console.log(
    `${titel}: ${resultaat.requests.average.toFixed(0)} req/s, p50 ${resultaat.latency.p50} ms, p97.5 ${resultaat.latency.p97_5} ms, p99 ${resultaat.latency.p99} ms, ${resultaat.requests.total} verzoeken, ${fouten} fouten${cpuPerVerzoek === null ? "" : `, ${cpuPerVerzoek} ms CPU per verzoek`}`,
  );
  if (fouten > 0) throw new Error(`${titel}: ${fouten} mislukte verzoeken`);
  return { ...resultaat, cpuPerVerzoek };
}

/**
 * The same search SQL on PostgreSQL, same 10,000 and 100,000 rows, when one is available:
 * TEST_DATABASE_URL, or a throw-away server (scripts/postgres-tijdelijk.sh). Null without one.
 */
async function meetPostgres(combinaties: ReturnType<typeof zoekcombinaties>) {
  return opPostgres("werktmee_bench", "PostgreSQL", async (url) => {
    console.log(`\n== PostgreSQL: dezelfde zoekquery bij 10.000 en 100.000 werkplekken`);
    run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
    run("npx", ["tsx", "scripts/seed-bulk.ts", String(10_000)], { DATABASE_URL: url });
    let db = maakPrismaClient(url);
    await werkStatistiekBij(db);
    const sql10k = await meetSql(db, combinaties);
    const plan10k = await queryplan(
      db,
      combinaties.find((c) => c.filter.naam === "ondersteuning")!,
    );
    await db.$disconnect();
    console.log(`PostgreSQL, 10.000 werkplekken: mediaan ${sql10k.p50.toFixed(2)} ms, p99 ${sql10k.p99.toFixed(2)} ms`);
    run("npx", ["tsx", "scripts/seed-bulk.ts", String(90_000)], { DATABASE_URL: url });
    db = maakPrismaClient(url);
    await werkStatistiekBij(db);
    const sql100k = await meetSql(db, combinaties);
    const plan100k = await queryplan(
      db,
      combinaties.find((c) => c.filter.naam === "ondersteuning")!,
    );
    await db.$disconnect();
    console.log(`PostgreSQL, 100.000 werkplekken: mediaan ${sql100k.p50.toFixed(2)} ms, p99 ${sql100k.p99.toFixed(2)} ms`);
    console.log(`Queryplan PostgreSQL bij 100.000:\n  ${plan100k.regels.join("\n  ")}`);
    return {
      pg_sql_ms_10k: Number(sql10k.p50.toFixed(2)),
      pg_sql_ms_100k: Number(sql100k.p50.toFixed(2)),
      // at 10,000 rows a sequential scan can be the cheaper plan; the index must carry 100,000
      pg_full_scan: plan100k.volledigeScan,
      pg_full_scan_10k: plan10k.volledigeScan,
    };
  });
}

async function main() {
  fs.rmSync(MAP, { recursive: true, force: true });
  fs.mkdirSync(MAP, { recursive: true });
  const combinaties = zoekcombinaties();
  console.log(`\n== Build`);
  run("npx", ["next", "build"]);

  console.log(`\n== Database met 10.000 werkplekken`);
  const url10k = vulDatabase(path.join(MAP, "10k.db"), 10_000);

  console.log(`\n== HTTP (autocannon, 10 verbindingen, ${DUUR} s per meting)`);
  // The production server, the way scripts/serve.sh starts it (with its V8 settings).
  const server = spawn("bash", ["scripts/serve.sh"], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: url10k, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  let statisch, zoeken, htmlBytes, lh;
  try {
    await wachtOpServer(`http://localhost:${PORT}${STATISCH}`, server);
    await belast("opwarmen", [STATISCH, ...combinaties.slice(0, 20).map(alsUrl)]);
    statisch = await belast(`statische pagina ${STATISCH}`, [STATISCH], server.pid);
    zoeken = await belast(
      `zoeken (${combinaties.length} combinaties van postcode + afstand + branche + filter)`,
      combinaties.map(alsUrl),
      server.pid,
    );

    console.log(`\n== Zoekpagina en Lighthouse (mobiel)`);
    const zoekpagina = `http://localhost:${PORT}/werkplekken?postcode=7311&afstand=10`;
    const html = await (await fetch(zoekpagina)).text();
    htmlBytes = Buffer.byteLength(html);
    const resultaten = (html.match(/<li><article class="kaartje">/g) ?? []).length;
    console.log(`HTML van ${zoekpagina}: ${htmlBytes} bytes bij ${resultaten} resultaten`);
    const detail = /href="(\/werkplekken\/[a-z0-9-]+)"/.exec(html)?.[1];
    lh = lighthouse([`http://localhost:${PORT}/`, zoekpagina, ...(detail ? [`http://localhost:${PORT}${detail}`] : [])], MAP);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }

  console.log(`\n== SQL alleen (eerste pagina met telling), ${combinaties.length} combinaties × 3`);
  const db10k = maakPrismaClient(url10k);
  const sql10k = await meetSql(db10k, combinaties);
  const plan = await queryplan(
    db10k,
    combinaties.find((c) => c.filter.naam === "ondersteuning")!,
  );
  await db10k.$disconnect();
  console.log(`10.000 werkplekken: mediaan ${sql10k.p50.toFixed(2)} ms, p99 ${sql10k.p99.toFixed(2)} ms`);

  const bestand100k = path.join(MAP, "100k.db");
  fs.copyFileSync(path.join(MAP, "10k.db"), bestand100k);
  run("npx", ["tsx", "scripts/seed-bulk.ts", String(90_000)], { DATABASE_URL: `file:${bestand100k}` });
  const db100k = maakPrismaClient(`file:${bestand100k}`);
  const sql100k = await meetSql(db100k, combinaties);
  const plan100k = await queryplan(
    db100k,
    combinaties.find((c) => c.filter.naam === "ondersteuning")!,
  );
  await db100k.$disconnect();
  console.log(`100.000 werkplekken: mediaan ${sql100k.p50.toFixed(2)} ms, p99 ${sql100k.p99.toFixed(2)} ms`);
  console.log(`\nQueryplan (zoekopdracht met postcode, afstand, branche en ondersteuning):\n  ${plan100k.regels.join("\n  ")}`);

  const pg = await meetPostgres(combinaties);
  const declaraties = await benchDeclaraties();
  // The soak and the database restart (bench/duurtest.ts): about 8 minutes; BENCH_DUURTEST=false skips them.
  const duur = process.env.BENCH_DUURTEST === "false" ? null : await duurtest();

  const cijfers = {
    static_rps: Math.round(statisch.requests.average),
    search_rps: Math.round(zoeken.requests.average),
    search_p50_ms: zoeken.latency.p50,
    search_p99_ms: zoeken.latency.p99,
    ratio: Number((zoeken.requests.average / statisch.requests.average).toFixed(2)),
    // the server's CPU per request (scripts/serve.sh execs node, so its pid is the server's)
    static_cpu_ms: statisch.cpuPerVerzoek,
    search_cpu_ms: zoeken.cpuPerVerzoek,
    sql_ms_10k: Number(sql10k.p50.toFixed(2)),
    sql_ms_100k: Number(sql100k.p50.toFixed(2)),
    full_scan: plan.volledigeScan || plan100k.volledigeScan,
    search_html_bytes: htmlBytes,
    ...(lh ? { lh_perf_min: Math.min(...lh.map((l) => l.perf)), lh_a11y_min: Math.min(...lh.map((l) => l.a11y)) } : {}),
    ...(pg ?? {}),
    ...declaraties,
    ...(duur ?? {}),
  };
  console.log(JSON.stringify(cijfers));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
