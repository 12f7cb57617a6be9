import { performance } from "node:perf_hooks";
import { PER_PAGINA } from "../src/domain/zoekparameters";
import { Pc4Geocoder } from "../src/server/geo/pc4-geocoder";
import type { PrismaClient } from "../src/server/prisma-client";
import { queryplan as plan } from "../src/server/sql-dialect";
import { paginaQuery, type Zoekvraag } from "../src/server/werkplekken/intern/zoekquery";
import type { Combinatie } from "./zoekcombinaties";

const geocoder = new Pc4Geocoder("data/nl-pc4.csv");

function vraag(c: Combinatie): Zoekvraag {
  const l = geocoder.zoekPc4(c.postcode)!;
  return {
    q: "",
    vrij: false,
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

/** The database's plan for the page query (SQLite or PostgreSQL); a full scan of Werkplek is flagged. */
export async function queryplan(db: PrismaClient, c: Combinatie) {
  return plan(db, paginaQuery(vraag(c), PER_PAGINA, 0), { naam: "Werkplek", alias: "w" });
}
