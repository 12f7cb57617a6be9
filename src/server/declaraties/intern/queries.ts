import { Prisma } from "@/generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";

// The two reads of the gemeente that grow with the number of lines (issue 12): one month's queue
// and the per-product totals of a year. Shared by the pages, the benchmark (bench/declaraties.ts)
// and the query-plan test; no "server-only" for that reason. The raw SQL versions state the same
// WHERE as the Prisma queries, so the plan test checks the index those use.

type Status = "INGEDIEND" | "GOEDGEKEURD" | "AFGEWEZEN" | "BETAALD";

type Rij = {
  id: string;
  nummer: string;
  toewijzingId: string;
  aanbiederId: string;
  productCode: string;
  maand: string;
  periodeStart: Date;
  periodeEind: Date;
  volume: number;
  eenheid: string;
  tariefCent: number;
  bedragCent: number;
  status: Status;
  bovenOmvang: boolean;
  reden: string | null;
  buitenPeriode: boolean;
  naStop: boolean;
  afwijsreden: string | null;
  creditVanId: string | null;
  correctieId: string | null;
  actiefSleutel: string | null;
  doorGemeente: boolean | number;
  ingediendOp: Date;
  beoordeeldDoorId: string | null;
  betaalrunId: string | null;
  creditVanNummer: string | null;
  aanbiederNaam: string;
  tNummer: string;
  inwonerId: string;
  startdatum: Date;
  einddatum: Date;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  urenPerWeek: number | null;
  korteNaam: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
};

/** One month's lines with their toewijzing, inwoner, product and aanbieder: ONE query (index [maand, aanbiederId, status]). */
export function maandRegelsSql(maand: string, aanbiederId?: string) {
  return Prisma.sql`SELECT r."id", r."nummer", r."toewijzingId", r."aanbiederId", r."productCode", r."maand", r."periodeStart", r."periodeEind",
      r."volume", r."eenheid", r."tariefCent", r."bedragCent", r."status", r."bovenOmvang", r."reden", r."buitenPeriode", r."naStop",
      r."afwijsreden", r."creditVanId", r."correctieId", r."actiefSleutel", r."doorGemeente", r."ingediendOp", r."beoordeeldDoorId", r."betaalrunId",
      (SELECT c."nummer" FROM "Declaratieregel" c WHERE c."id" = r."creditVanId") AS "creditVanNummer", a."naam" AS "aanbiederNaam",
      t."nummer" AS "tNummer", t."inwonerId", t."startdatum", t."einddatum", t."gestartOp", t."beeindigdOp", t."urenPerWeek",
      p."korteNaam", i."voornamen", i."tussenvoegsel", i."achternaam"
    FROM "Declaratieregel" r
    JOIN "Toewijzing" t ON t."id" = r."toewijzingId"
    JOIN "Product" p ON p."code" = t."productCode"
    JOIN "Inwoner" i ON i."id" = t."inwonerId"
    JOIN "Aanbieder" a ON a."id" = r."aanbiederId"
    WHERE r."maand" = ${maand}${aanbiederId ? Prisma.sql` AND r."aanbiederId" = ${aanbiederId}` : Prisma.empty}
    ORDER BY r."aanbiederId", r."nummer"`;
}

/** One month's lines (of one aanbieder, or all), shaped as the queue shows them. */
export async function maandRegels(db: PrismaClient, maand: string, aanbiederId?: string) {
  const rijen = await db.$queryRaw<Rij[]>(maandRegelsSql(maand, aanbiederId));
  return rijen.map((r) => ({
    id: r.id,
    nummer: r.nummer,
    toewijzingId: r.toewijzingId,
    aanbiederId: r.aanbiederId,
    productCode: r.productCode,
    maand: r.maand,
    periodeStart: r.periodeStart,
    periodeEind: r.periodeEind,
    volume: Number(r.volume),
    eenheid: r.eenheid,
    tariefCent: Number(r.tariefCent),
    bedragCent: Number(r.bedragCent),
    status: r.status,
    bovenOmvang: Boolean(r.bovenOmvang),
    reden: r.reden,
    buitenPeriode: Boolean(r.buitenPeriode),
    naStop: Boolean(r.naStop),
    afwijsreden: r.afwijsreden,
    creditVanId: r.creditVanId,
    correctieId: r.correctieId,
    actiefSleutel: r.actiefSleutel,
    doorGemeente: Boolean(r.doorGemeente),
    // SQLite returns a DateTime from raw SQL as text or number; PostgreSQL as a Date.
    ingediendOp: new Date(r.ingediendOp),
    beoordeeldDoorId: r.beoordeeldDoorId,
    betaalrunId: r.betaalrunId,
    creditVan: r.creditVanNummer ? { nummer: r.creditVanNummer } : null,
    aanbieder: { naam: r.aanbiederNaam },
    toewijzing: {
      nummer: r.tNummer,
      inwonerId: r.inwonerId,
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      gestartOp: r.gestartOp,
      beeindigdOp: r.beeindigdOp,
      urenPerWeek: r.urenPerWeek === null ? null : Number(r.urenPerWeek),
      product: { korteNaam: r.korteNaam },
      inwoner: { voornamen: r.voornamen, tussenvoegsel: r.tussenvoegsel, achternaam: r.achternaam },
    },
  }));
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

/** The SQL of jaartotalen, for the query plan. */
export function jaartotalenSql(jaar: number) {
  return Prisma.sql`SELECT r."productCode", r."status", COUNT(*), SUM(r."bedragCent"), SUM(r."volume") FROM "Declaratieregel" r WHERE r."maand" >= ${`${jaar}-01`} AND r."maand" <= ${`${jaar}-12`} GROUP BY r."productCode", r."status"`;
}
