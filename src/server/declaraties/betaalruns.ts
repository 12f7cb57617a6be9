import "server-only";
import { z } from "zod";
import { datumVeld, vandaagInNederland, addDays } from "@/domain/kalender";
import { betaalbaar } from "@/domain/declaratie/correctie";
import { maakBetaalrunReferentie } from "@/domain/declaratie/regels";
import { formatEuro } from "@/domain/format";
import type { Prisma } from "@/generated/prisma/client";
import { db, isUniekFout } from "../db";
import { defineQuery, defineUseCase, formFout, gelukt } from "../pipeline";
import { gemeenteLezer } from "./intern/toegang";

// Payment runs (issue 12, declaratie:betalen): what a run would pay now, making one, and the
// latest runs. Four eyes (ADR 0019): a run pays only lines approved by someone else than the payer.

const BRON = "/gemeente/declaraties";

/**
 * What a payment run by `betalerId` would pay now: whole correction units only, never a credit
 * before the line it cancels, never lines the payer approved (four eyes). ADR 0019, 0029.
 */
async function betaalSelectie(tx: Prisma.TransactionClient, betalerId: string) {
  // Rejected lines link nothing and paid lines bind nothing: the open lines are the whole closure.
  const open = await tx.declaratieregel.findMany({
    where: { status: { in: ["INGEDIEND", "GOEDGEKEURD"] } },
    select: { id: true, status: true, correctieId: true, creditVanId: true, beoordeeldDoorId: true, aanbiederId: true, bedragCent: true },
  });
  const { ids } = betaalbaar(open, betalerId);
  const gekozen = new Set(ids);
  const goedgekeurd = open.filter((l) => l.status === "GOEDGEKEURD");
  return {
    regels: goedgekeurd.filter((l) => gekozen.has(l.id)),
    zelfGoedgekeurd: goedgekeurd.filter((l) => l.beoordeeldDoorId === betalerId).length,
    wachtOpCorrectie: goedgekeurd.filter((l) => !gekozen.has(l.id) && l.beoordeeldDoorId !== betalerId).length,
  };
}

/** What a payment run would pay now: approved lines, not approved by the payer (four eyes). */
export const tebetalen = defineQuery({
  activiteit: "betaalrun-voorbereiden",
  bron: `${BRON}#betaalrun`,
  toegang: "declaratie:betalen",
  wie: "gemeente",
  schema: z.object({}),
  // Totals per aanbieder: nothing personal, so no read record.
  laad: ({ gebruiker: g }) => laadTeBetalen(g.id),
});

async function laadTeBetalen(betalerId: string) {
  const s = await betaalSelectie(db, betalerId);
  const per = new Map<string, { aantal: number; bedragCent: number }>();
  for (const r of s.regels) {
    const t = per.get(r.aanbiederId) ?? { aantal: 0, bedragCent: 0 };
    per.set(r.aanbiederId, { aantal: t.aantal + 1, bedragCent: t.bedragCent + r.bedragCent });
  }
  const aanbieders = await db.aanbieder.findMany({
    where: { id: { in: [...per.keys()] } },
    select: { id: true, naam: true },
  });
  return {
    perAanbieder: [...per].map(([id, t]) => ({ aanbieder: aanbieders.find((a) => a.id === id)?.naam ?? "", ...t })),
    zelfGoedgekeurd: s.zelfGoedgekeurd,
    wachtOpCorrectie: s.wachtOpCorrectie,
  };
}

class Veranderd extends Error {}

export const maakBetaalrun = defineUseCase({
  activiteit: "betaalrun-maken",
  bron: `${BRON}#betaalrun`,
  schema: z.object({
    betaaldatum: datumVeld({
      leeg: "Vul de betaaldatum in.",
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 15-03-2026.",
      vanaf: (v) => addDays(v, -31),
      totEnMet: (v) => addDays(v, 60),
      buitenBereik: "Kies een betaaldatum vanaf een maand geleden tot twee maanden vooruit.",
    }),
  }),
  toegang: "declaratie:betalen",
  wie: "gemeente",
  geenToegang: "Je hebt geen toestemming om betaalruns te maken.",
  async uitvoeren({ invoer, gebruiker: g, nu, audit }) {
    const jaar = vandaagInNederland(nu).getUTCFullYear();
    for (let poging = 0; poging < 5; poging++) {
      try {
        const run = await db.$transaction(async (tx) => {
          const ids = (await betaalSelectie(tx, g.id)).regels.map((r) => r.id);
          if (ids.length === 0) return null;
          const volgnummer = (await tx.betaalrun.count({ where: { referentie: { startsWith: `BR-${jaar}-` } } })) + 1 + poging;
          const run = await tx.betaalrun.create({
            data: { referentie: maakBetaalrunReferentie(jaar, volgnummer), betaaldatum: invoer.betaaldatum, doorId: g.id },
          });
          const u = await tx.declaratieregel.updateMany({
            where: { id: { in: ids }, status: "GOEDGEKEURD" },
            data: { status: "BETAALD", betaalrunId: run.id },
          });
          // Never half a unit: a line decided otherwise in the meantime undoes the whole run.
          if (u.count !== ids.length) throw new Veranderd();
          const som = await tx.declaratieregel.aggregate({ where: { betaalrunId: run.id }, _sum: { bedragCent: true } });
          return { ...run, aantal: u.count, bedragCent: Number(som._sum.bedragCent ?? 0) };
        });
        if (!run) return formFout("Er zijn geen goedgekeurde regels om te betalen (regels die je zelf goedkeurde, betaalt een collega).");
        audit.toelichting = `${run.referentie}: ${run.aantal} regels, ${formatEuro(run.bedragCent)}`;
        return gelukt({
          melding: `Betaalrun ${run.referentie} is gemaakt: ${run.aantal} ${run.aantal === 1 ? "regel" : "regels"}, samen ${formatEuro(run.bedragCent)}.`,
          id: run.id,
          referentie: run.referentie,
        });
      } catch (e) {
        if (e instanceof Veranderd) return formFout("Er veranderde net iets aan de goedgekeurde regels. Maak de betaalrun opnieuw.");
        if (!isUniekFout(e)) throw e;
      }
    }
    return formFout("Het lukte niet een referentie te maken. Probeer het opnieuw.");
  },
});

/** The latest payment runs with their totals. */
export const betaalruns = defineQuery({
  ...gemeenteLezer,
  activiteit: "betaalruns-bekijken",
  bron: BRON,
  schema: z.object({}),
  laad: () => laadBetaalruns(),
});

async function laadBetaalruns() {
  const runs = await db.betaalrun.findMany({ orderBy: { createdAt: "desc" }, take: 24 });
  const sommen = await db.declaratieregel.groupBy({
    by: ["betaalrunId"],
    where: { betaalrunId: { in: runs.map((r) => r.id) } },
    _sum: { bedragCent: true },
    _count: { _all: true },
  });
  return runs.map((r) => {
    const s = sommen.find((x) => x.betaalrunId === r.id);
    return { ...r, aantal: s?._count._all ?? 0, bedragCent: Number(s?._sum.bedragCent ?? 0) };
  });
}
