import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { jaartotalen, jaartotalenSql, maandRegels, maandRegelsSql } from "../src/server/declaraties/intern/queries";
import { maakPrismaClient, soortVan, type PrismaClient } from "../src/server/prisma-client";
import { queryplan, werkStatistiekBij } from "../src/server/sql-dialect";
import { MAP, opPostgres, run } from "./gedeeld";

// Issue 12: the gemeente's month queue and the per-product year totals at 1,000 toewijzingen ×
// 12 months (12,000 declaratieregels), on SQLite and (when available) PostgreSQL. Query time at
// p99 over repeated runs, and whether either reads the whole line table. Called from bench/run.ts;
// `npx tsx bench/declaraties.ts` runs it alone.

const TOEWIJZINGEN = 1_000;
const MAANDEN = 12;
const AANBIEDERS = 10;
const JAAR = 2025;

async function vul(db: PrismaClient) {
  const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const product = await db.product.findFirst({ where: { code: "OP_TREDE_3" } });
  if (!product) throw new Error("Referentiegegevens ontbreken (prisma/seed.ts)");
  const g = await db.gebruiker.create({ data: { email: `bench-${Date.now()}@bench.example`, naam: "Bench", rol: "TRAJECTREGISSEUR" } });
  const aanbieders: string[] = [];
  for (let a = 0; a < AANBIEDERS; a++) {
    const n = String(90_000_000 + a);
    const r = await db.aanbieder.create({
      data: {
        slug: `bench-${a}-${Date.now()}`,
        naam: `Bench aanbieder ${a}`,
        kvkNummer: n,
        agbCode: n,
        omschrijving: "-",
        contactNaam: "-",
        contactEmail: "b@bench.example",
        contractVan: d("2024-01-01"),
      },
    });
    aanbieders.push(r.id);
  }
  const inwoners = Array.from({ length: TOEWIJZINGEN }, (_, i) => ({
    id: `bench-i-${i}`,
    bsn: String(800_000_000 + i),
    voornamen: "Bench",
    achternaam: `Inwoner ${i}`,
    geboortedatum: d("1990-01-01"),
    straat: "Straat",
    huisnummer: "1",
    postcode: "7311AB",
    plaats: "Apeldoorn",
    uitkering: "PARTICIPATIEWET" as const,
    zoeknaam: `bench inwoner ${i}`,
  }));
  await db.inwoner.createMany({ data: inwoners });
  await db.toewijzing.createMany({
    data: inwoners.map((i, n) => ({
      id: `bench-t-${n}`,
      nummer: `TW-${JAAR}-${String(900_000 + n)}`,
      inwonerId: i.id,
      productCode: n % 4 === 0 ? "OP_TREDE_4" : "OP_TREDE_3",
      aanbiederId: aanbieders[n % AANBIEDERS]!,
      startdatum: d(`${JAAR}-01-01`),
      einddatum: d(`${JAAR + 1}-12-31`),
      urenPerWeek: 12,
      status: "GESTART" as const,
      gestartOp: d(`${JAAR}-01-01`),
      afgegevenDoorId: g.id,
    })),
  });
  const statussen = ["BETAALD", "GOEDGEKEURD", "INGEDIEND", "AFGEWEZEN"] as const;
  for (let m = 1; m <= MAANDEN; m++) {
    const maand = `${JAAR}-${String(m).padStart(2, "0")}`;
    await db.declaratieregel.createMany({
      data: inwoners.map((_, n) => ({
        nummer: `DR-${JAAR}-${String((m - 1) * TOEWIJZINGEN + n + 1).padStart(6, "0")}`,
        toewijzingId: `bench-t-${n}`,
        aanbiederId: aanbieders[n % AANBIEDERS]!,
        productCode: n % 4 === 0 ? "OP_TREDE_4" : "OP_TREDE_3",
        maand,
        periodeStart: d(`${maand}-01`),
        periodeEind: d(`${maand}-28`),
        volume: 40 + (n % 10),
        eenheid: "04",
        tariefCent: 1063,
        bedragCent: (40 + (n % 10)) * 1063,
        status: statussen[(n + m) % 4]!,
        bovenOmvang: n % 17 === 0,
        actiefSleutel: `bench-t-${n}:${maand}`,
        ingediendDoorId: g.id,
        ingediendOp: d(`${maand}-28`),
      })),
    });
  }
  await werkStatistiekBij(db);
  // PostgreSQL: VACUUM sets the visibility map, so the covering index is read without the table
  // (autovacuum does the same on a live database).
  if (soortVan(db) === "postgresql") await db.$executeRaw`VACUUM ANALYZE "Declaratieregel"`;
  return aanbieders;
}

async function meet(f: () => Promise<unknown>, keer: number) {
  for (let i = 0; i < 5; i++) await f(); // warm up
  const tijden: number[] = [];
  for (let i = 0; i < keer; i++) {
    const t0 = performance.now();
    await f();
    tijden.push(performance.now() - t0);
  }
  tijden.sort((a, b) => a - b);
  const p = (q: number) => tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))]!;
  return { p50: p(0.5), p99: p(0.99) };
}

/** The figures on one database with 12,000 lines. */
async function meetOp(db: PrismaClient, titel: string) {
  const aanbieders = await vul(db);
  const maanden = Array.from({ length: MAANDEN }, (_, i) => `${JAAR}-${String(i + 1).padStart(2, "0")}`);
  let i = 0;
  // The queue of one month for one aanbieder (100 lines with their toewijzing and inwoner).
  const perAanbieder = await meet(() => maandRegels(db, maanden[i % MAANDEN]!, aanbieders[i++ % AANBIEDERS]!), 200);
  // The queue of one month for all aanbieders (1,000 lines).
  const heleMaand = await meet(() => maandRegels(db, maanden[i++ % MAANDEN]!), 60);
  const totalen = await meet(() => jaartotalen(db, JAAR), 200);
  const tabel = { naam: "Declaratieregel", alias: "r" };
  const planMaand = await queryplan(db, maandRegelsSql(maanden[3]!, aanbieders[0]!), tabel);
  const planJaar = await queryplan(db, jaartotalenSql(JAAR), tabel);
  const f = (x: number) => x.toFixed(2);
  console.log(
    `${titel}, 12.000 declaratieregels: wachtrij maand × aanbieder p99 ${f(perAanbieder.p99)} ms (mediaan ${f(perAanbieder.p50)}), hele maand p99 ${f(heleMaand.p99)} ms, jaartotalen per product p99 ${f(totalen.p99)} ms (mediaan ${f(totalen.p50)})`,
  );
  console.log(`Queryplan maand:\n  ${planMaand.regels.join("\n  ")}\nQueryplan jaartotalen:\n  ${planJaar.regels.join("\n  ")}`);
  return {
    wachtrij_p99: Number(f(perAanbieder.p99)),
    maand_p99: Number(f(heleMaand.p99)),
    jaartotalen_p99: Number(f(totalen.p99)),
    full_scan: planMaand.volledigeScan || planJaar.volledigeScan,
  };
}

function opPostgresMeten() {
  return opPostgres("werktmee_bench_declaraties", "Declaraties op PostgreSQL", async (url) => {
    run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
    run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url, SEED_DEMO: "false" });
    const db = maakPrismaClient(url);
    try {
      return await meetOp(db, "PostgreSQL");
    } finally {
      await db.$disconnect();
    }
  });
}

export async function benchDeclaraties() {
  console.log(`\n== Declaraties: ${TOEWIJZINGEN} toewijzingen × ${MAANDEN} maanden`);
  fs.mkdirSync(MAP, { recursive: true });
  const bestand = path.join(MAP, "declaraties.db");
  fs.rmSync(bestand, { force: true });
  const url = `file:${bestand}`;
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url, SEED_DEMO: "false" });
  const db = maakPrismaClient(url);
  let sqlite;
  try {
    sqlite = await meetOp(db, "SQLite");
  } finally {
    await db.$disconnect();
  }
  // Issue 22: the same queue read end to end through the front door, as a page reads it.
  const voordeur = JSON.parse(
    execFileSync("npx", ["tsx", "--conditions=react-server", "bench/voordeur.ts"], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" },
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1)!,
  ) as Record<string, number>;
  console.log(
    `SQLite, door de voordeur (toegang, schema, laden, ${voordeur.voordeur_wachtrij_regels} leesregels in het logboek): wachtrij p99 ${voordeur.voordeur_wachtrij_p99} ms (mediaan ${voordeur.voordeur_wachtrij_p50})`,
  );
  const pg = await opPostgresMeten();
  const alle = [sqlite, ...(pg ? [pg] : [])];
  return {
    // The slowest of the gemeente's month queue (one aanbieder) and the year totals, on either database.
    declaraties_ms: Math.max(...alle.flatMap((r) => [r.wachtrij_p99, r.jaartotalen_p99])),
    declaraties_sqlite: sqlite,
    ...(pg ? { declaraties_pg: pg } : {}),
    declaraties_full_scan: alle.some((r) => r.full_scan),
    ...voordeur,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchDeclaraties()
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
