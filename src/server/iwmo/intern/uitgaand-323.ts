import "server-only";
import { leesBericht } from "@/domain/iwmo/lees";
import { log } from "../../log";
import { maak323, splitsRegels, type DeclaratieregelIwmo } from "./declaratie";
import type { Tx } from "./opslag";
import type { Ctx } from "./uitgaand-bouw";

// Declaraties (issue 12's Declaratieregel) → WMO323, recorded as the aanbieder's message: the
// lines not yet in a 323, per aanbieder per calendar month (the line's `maand`). A line already
// sent is known by its ReferentieNummer in the 323s written before. A credit line (negative volume
// and amount) goes as DebetCredit C with the credited line as VorigReferentieNummer. A line that
// breaks the declaratie rules (TR319, TR307/308, TR346, TR321) (e.g. flagged buitenPeriode after a
// change) is left out and reported; the others go.

export type Groep323 = { aanbiederId: string; maand: string };

/** The unsent lines per aanbieder and month (all of them, or one group's), each with its maker. */
export async function verzamel323(tx: Tx, alleen?: Groep323): Promise<{ sleutel: string; maak: (ctx: Ctx) => Promise<unknown> }[]> {
  const verzonden = new Set<string>();
  for (const b of await tx.iwmoBericht.findMany({ where: { soort: "323", richting: "UIT" }, select: { xml: true } })) {
    const g = leesBericht("323", b.xml);
    if (g.soort === "323") for (const p of g.prestaties) verzonden.add(p.referentieNummer);
  }
  const regels = await tx.declaratieregel.findMany({
    // A line that arrived in an imported 323 is the aanbieder's own message already: not sent again.
    // A rejected line had no effect and is never declared (issue 21 item 8); a reversal by the
    // gemeente is the gemeente's own decision, not something the aanbieder declares (ADR 0029).
    where: {
      ...(alleen ?? {}),
      toewijzing: { iwmoCategorie: { not: null } },
      iwmoBerichtId: null,
      status: { not: "AFGEWEZEN" },
      doorGemeente: false,
    },
    orderBy: [{ ingediendOp: "asc" }, { nummer: "asc" }],
    include: { creditVan: { select: { nummer: true, referentieNummer: true } } },
  });
  const perGroep = new Map<string, DeclaratieregelIwmo[]>();
  for (const r of regels) {
    if (verzonden.has(r.nummer.slice(0, 20))) continue;
    const sleutel = `${r.aanbiederId}:${r.maand}`;
    perGroep.set(sleutel, [
      ...(perGroep.get(sleutel) ?? []),
      {
        id: r.id,
        nummer: r.nummer,
        toewijzingId: r.toewijzingId,
        periodeStart: r.periodeStart,
        periodeEind: r.periodeEind,
        volume: Math.abs(r.volume),
        eenheid: r.eenheid,
        tariefCent: r.tariefCent,
        bedragCent: Math.abs(r.bedragCent),
        // VorigReferentieNummer: the number the aanbieder declared the credited line under (its own
        // ReferentieNummer when the line came in a WMO323).
        creditVan: r.creditVanId ? { nummer: r.creditVan?.referentieNummer ?? r.creditVan?.nummer ?? r.creditVanId } : null,
        boveOmvangToegestaan: r.bovenOmvang,
      },
    ]);
  }
  return [...perGroep].map(([sleutel, lijnen]) => ({
    sleutel,
    maak: async (ctx: Ctx) => {
      const { goed, fouten } = await splitsRegels(ctx.tx, lijnen);
      for (const f of fouten) log.warn({ bron: "iwmo" }, `323 ${sleutel}: regel niet verzonden: ${f}`);
      return goed.length ? maak323(ctx.tx, ctx.gemeente, goed, ctx.nu) : null;
    },
  }));
}

/**
 * A new line of one aanbieder's month, in the transaction that stores it: the 323 of that month
 * that still waits to be sent is made again with the new line in it (one 323 per month and
 * download, as before), or a new one is made when the last one was sent.
 */
export async function maak323Bij(ctx: Ctx, groep: Groep323) {
  await ctx.tx.iwmoBericht.deleteMany({
    where: {
      soort: "323",
      richting: "UIT",
      status: "TE_VERZENDEN",
      aanbiederId: groep.aanbiederId,
      bronSleutel: { startsWith: `323:${groep.aanbiederId}:${groep.maand}:` },
    },
  });
  for (const m of await verzamel323(ctx.tx, groep)) await m.maak(ctx);
}
