import "server-only";
import { z } from "zod";
import { AUDIT_PER_PAGINA, auditFilterSchema } from "@/domain/beheer/auditfilter";
import { beginVanDagInNederland, addDays } from "@/domain/kalender";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { defineQuery } from "../pipeline";

// The audit log viewer (action "auditlog:lezen"). AuditRegel has no relation to Gebruiker (a row
// must outlive its user and may have none), so the users of one page are fetched in one query.
// Looking up the trail of one inwoner (a betrokkene filter) is itself a processing of personal
// data and is logged; browsing the log in general is not, or every page view would add rows.

const BRON = "/gemeente/beheer/auditlog";
/** A "contains" filter that matches more users than this is too broad to be useful. */
const MAX_GEBRUIKERS = 500;

export const auditActiviteiten = defineQuery({
  activiteit: "auditlog-activiteiten-bekijken",
  bron: BRON,
  toegang: "auditlog:lezen",
  schema: z.object({}),
  async laad() {
    const groepen = await db.auditRegel.groupBy({ by: ["activiteit"], orderBy: { activiteit: "asc" } });
    return groepen.map((r) => r.activiteit);
  },
});

/** One page of the log. A filter on one inwoner (betrokkene) is a read of their trail: logged. */
export const zoekAuditregels = defineQuery({
  activiteit: "auditlog-betrokkene-zoeken",
  bron: BRON,
  toegang: "auditlog:lezen",
  schema: auditFilterSchema,
  laad: async ({ invoer: filter }) => {
    const where: Prisma.AuditRegelWhereInput = {};
    if (filter.activiteit) where.activiteit = filter.activiteit;
    if (filter.uitkomst) where.uitkomst = filter.uitkomst;
    if (filter.betrokkene) where.betrokkene = filter.betrokkene;
    if (filter.van || filter.totEnMet) {
      where.tijdstip = {
        ...(filter.van ? { gte: beginVanDagInNederland(filter.van) } : {}),
        ...(filter.totEnMet ? { lt: beginVanDagInNederland(addDays(filter.totEnMet, 1)) } : {}),
      };
    }
    let teVeelGebruikers = false;
    if (filter.gebruiker) {
      const { tekst, exact } = filter.gebruiker;
      const ids = (
        await db.gebruiker.findMany({
          where: { email: exact ? tekst : { contains: tekst } },
          select: { id: true },
          take: MAX_GEBRUIKERS + 1,
        })
      ).map((u) => u.id);
      teVeelGebruikers = ids.length > MAX_GEBRUIKERS;
      where.gebruikerId = { in: ids.slice(0, MAX_GEBRUIKERS) };
    }

    const totaal = await db.auditRegel.count({ where });
    const aantalPaginas = Math.max(1, Math.ceil(totaal / AUDIT_PER_PAGINA));
    const pagina = Math.min(filter.pagina, aantalPaginas);
    const rijen = await db.auditRegel.findMany({
      where,
      orderBy: [{ tijdstip: "desc" }, { id: "desc" }],
      skip: (pagina - 1) * AUDIT_PER_PAGINA,
      take: AUDIT_PER_PAGINA,
    });
    const gebruikerIds = [...new Set(rijen.flatMap((r) => (r.gebruikerId ? [r.gebruikerId] : [])))];
    const gebruikers = new Map(
      (await db.gebruiker.findMany({ where: { id: { in: gebruikerIds } }, select: { id: true, naam: true, email: true } })).map((u) => [
        u.id,
        u,
      ]),
    );

    return {
      rijen: rijen.map((r) => ({ ...r, gebruiker: r.gebruikerId ? (gebruikers.get(r.gebruikerId) ?? null) : null })),
      totaal,
      pagina,
      aantalPaginas,
      /** The requested page was past the last one; the last page is shown. */
      paginaAangepast: pagina !== filter.pagina,
      teVeelGebruikers,
    };
  },
  betrokkenen: (_data, filter) => filter.betrokkene,
});
