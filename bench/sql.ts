import { performance } from "node:perf_hooks";
import { Prisma } from "../src/generated/prisma/client";
import { PER_PAGINA } from "../src/domain/zoekparameters";
import { Pc4Geocoder } from "../src/server/geo/pc4-geocoder";
import type { PrismaClient } from "../src/server/prisma-client";
import { paginaQuery, type Zoekvraag } from "../src/server/werkplekken/zoekquery";
import type { Combinatie } from "./zoekcombinaties";

const geocoder = new Pc4Geocoder("data/nl-pc4.csv");

function vraag(c: Combinatie): Zoekvraag {
  const l = geocoder.zoekPc4(c.postcode)!;
  return {
    q: "",
    branches: [c.branche],
    afstand: c.afstand,
    treden: c.filter.naam === "trede" ? [Number(c.filter.waarde)] : [],
    ontwikkeling: [],
    ontwikkelmogelijkheden: [],
    ondersteuning: c.filter.naam === "ondersteuning" ? [c.filter.waarde] : [],
    centrum: { latitude: l.latitude, longitude: l.longitude },
  };
}

/** Median wall time of one search in the database (first page with its count), over all combinations. */
export async function meetSql(db: PrismaClient, combinaties: Combinatie[], rondes = 3) {
  const tijden: number[] = [];
  for (const c of combinaties.slice(0, 20)) {
    // warm up
    await db.$queryRaw(paginaQuery(vraag(c), PER_PAGINA, 0));
  }
  for (let r = 0; r < rondes; r++) {
    for (const c of combinaties) {
      const v = vraag(c);
      const t0 = performance.now();
      await db.$queryRaw(paginaQuery(v, PER_PAGINA, 0)); // carries the count: one query per search
      tijden.push(performance.now() - t0);
    }
  }
  tijden.sort((a, b) => a - b);
  const p = (q: number) => tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))]!;
  return { p50: p(0.5), p99: p(0.99), n: tijden.length };
}

/** SQLite's plan for the page query; a "SCAN w" on Werkplek without an index is a full scan. */
export async function queryplan(db: PrismaClient, c: Combinatie) {
  const rijen = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${paginaQuery(vraag(c), PER_PAGINA, 0)}`);
  const regels = rijen.map((r) => r.detail);
  const volledigeScan = regels.some((d) => /^SCAN w\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));
  return { regels, volledigeScan };
}
