import { Prisma } from "@/generated/prisma/client";
import type { PrismaClient } from "../prisma-client";

// The two reads of the gemeente that grow with the number of lines (issue 12): one month's queue
// and the per-product totals of a year. Shared by the pages, the benchmark (bench/declaraties.ts)
// and the query-plan test; no "server-only" for that reason. The raw SQL versions state the same
// WHERE as the Prisma queries, so the plan test checks the index those use.

export const regelSelect = {
  id: true,
  nummer: true,
  toewijzingId: true,
  aanbiederId: true,
  productCode: true,
  maand: true,
  periodeStart: true,
  periodeEind: true,
  volume: true,
  eenheid: true,
  tariefCent: true,
  bedragCent: true,
  status: true,
  bovenOmvang: true,
  reden: true,
  buitenPeriode: true,
  naStop: true,
  afwijsreden: true,
  creditVanId: true,
  beoordeeldDoorId: true,
  betaalrunId: true,
  ingediendOp: true,
  creditVan: { select: { nummer: true } },
  aanbieder: { select: { naam: true } },
  toewijzing: {
    select: {
      nummer: true,
      inwonerId: true,
      startdatum: true,
      einddatum: true,
      gestartOp: true,
      beeindigdOp: true,
      urenPerWeek: true,
      product: { select: { korteNaam: true } },
      inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
    },
  },
} as const;

/** One month's lines (of one aanbieder, or all), with what the queue shows. Index [maand, aanbiederId, status]. */
export function maandRegels(db: PrismaClient, maand: string, aanbiederId?: string) {
  return db.declaratieregel.findMany({
    where: { maand, ...(aanbiederId ? { aanbiederId } : {}) },
    select: regelSelect,
    orderBy: [{ aanbiederId: "asc" }, { nummer: "asc" }],
  });
}

/** Per product and status: count, volume and amount of one year. Covering index [maand, productCode, status, bedragCent, volume]. */
export async function jaartotalen(db: PrismaClient, jaar: number) {
  const rijen = await db.declaratieregel.groupBy({
    by: ["productCode", "status"],
    where: { maand: { gte: `${jaar}-01`, lte: `${jaar}-12` } },
    _sum: { bedragCent: true, volume: true },
    _count: { _all: true },
  });
  return rijen.map((r) => ({
    productCode: r.productCode,
    status: r.status,
    aantal: r._count._all,
    volume: Number(r._sum.volume ?? 0),
    bedragCent: Number(r._sum.bedragCent ?? 0),
  }));
}

/** Per aanbieder and status for one month. Index [maand, aanbiederId, status]. */
export async function maandtotalen(db: PrismaClient, maand: string) {
  const rijen = await db.declaratieregel.groupBy({
    by: ["aanbiederId", "status"],
    where: { maand },
    _sum: { bedragCent: true },
    _count: { _all: true },
  });
  return rijen.map((r) => ({
    aanbiederId: r.aanbiederId,
    status: r.status,
    aantal: r._count._all,
    bedragCent: Number(r._sum.bedragCent ?? 0),
  }));
}

/** The SQL of maandRegels' line lookup, for the query plan. */
export function maandRegelsSql(maand: string, aanbiederId: string) {
  return Prisma.sql`SELECT r."id", r."nummer", r."bedragCent" FROM "Declaratieregel" r WHERE r."maand" = ${maand} AND r."aanbiederId" = ${aanbiederId}`;
}

/** The SQL of jaartotalen, for the query plan. */
export function jaartotalenSql(jaar: number) {
  return Prisma.sql`SELECT r."productCode", r."status", COUNT(*), SUM(r."bedragCent"), SUM(r."volume") FROM "Declaratieregel" r WHERE r."maand" >= ${`${jaar}-01`} AND r."maand" <= ${`${jaar}-12`} GROUP BY r."productCode", r."status"`;
}
