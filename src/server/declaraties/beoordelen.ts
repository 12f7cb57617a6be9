import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { wachtOpBeoordeling } from "@/domain/declaratie/beoordeling";
import { magCrediteren, vastePrijsVlag } from "@/domain/declaratie/correctie";
import { maandVeld } from "@/domain/declaratie/invoer";
import { actiefSleutel, vlaggen } from "@/domain/declaratie/regels";
import { idVeld } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { defineQuery, defineUseCase, formFout, gelukt } from "../pipeline";
import { gemeenteLezer } from "./intern/toegang";
import { maandRegels } from "./intern/queries";

// The gemeente checks declaraties (issue 12): a queue per month and aanbieder with flagged lines
// first, approve or reject (declaratie:beoordelen). Payment runs are in ./betaalruns.ts, the
// overviews in ./overzichten.ts and the CSV exports in ./export.ts. Four eyes (ADR 0019): a
// payment run pays only lines approved by someone else than the payer.

const BRON = "/gemeente/declaraties";

/** One month's lines (optionally of one aanbieder): those to check first, flagged ones on top. */
export const wachtrij = defineQuery({
  ...gemeenteLezer,
  activiteit: "declaraties-beoordelen-bekijken",
  bron: BRON,
  schema: z.object({ maand: maandVeld, aanbiederId: idVeld.optional() }),
  laad: async ({ gebruiker: g, invoer }) => ({
    ...(await laadWachtrij(invoer.maand, invoer.aanbiederId)),
    /** Whether this reader may approve and reject (a payer only reads). */
    magBeoordelen: mag(g.rol, "declaratie:beoordelen"),
  }),
  betrokkenen: (w) => w.regels.map((r) => r.toewijzing.inwonerId),
});

async function laadWachtrij(maand: string, aanbiederId?: string) {
  const rijen = await maandRegels(db, maand, aanbiederId);
  const regels = rijen.map((r) => {
    const v = vlaggen(r, r.toewijzing);
    // Item 6: a fixed price of a traject that stopped early, or declared before its first month ended.
    const vastePrijs = vastePrijsVlag({ ...r, ingediendDag: vandaagInNederland(r.ingediendOp) }, r.toewijzing);
    const vlag = {
      bovenOmvang: r.bovenOmvang,
      buitenPeriode: r.buitenPeriode || v.buitenPeriode,
      naStop: r.naStop || v.naStop,
      vastePrijs,
    };
    return {
      ...r,
      inwonerNaam: volledigeNaam(r.toewijzing.inwoner),
      vlag,
      gemarkeerd: vlag.bovenOmvang || vlag.buitenPeriode || vlag.naStop || vastePrijs !== null,
      // ADR 0029: the lines judged together with this one (a correction is one unit).
      correctieNummers: r.correctieId ? rijen.filter((x) => x.correctieId === r.correctieId).map((x) => x.nummer) : [r.nummer],
      terugdraaibaar: magCrediteren(r.status, { isCredit: r.creditVanId !== null, telt: r.actiefSleutel !== null }) === true,
    };
  });
  const volgorde = (r: (typeof regels)[number]) => (wachtOpBeoordeling(r.status) ? (r.gemarkeerd ? 0 : 1) : 2);
  regels.sort(
    (a, b) => volgorde(a) - volgorde(b) || a.aanbieder.naam.localeCompare(b.aanbieder.naam, "nl") || a.nummer.localeCompare(b.nummer),
  );
  const aanbieders = await db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } });
  return { regels, aanbieders };
}

const beoordeel = {
  toegang: "declaratie:beoordelen",
  wie: "gemeente",
  geenToegang: "Je hebt geen toestemming om declaraties te beoordelen.",
  laad: ({ invoer }: { invoer: { id: string } }) =>
    db.declaratieregel.findUnique({ where: { id: invoer.id }, include: { toewijzing: { select: { inwonerId: true } } } }),
  nietGevonden: "Deze declaratieregel bestaat niet.",
} as const;

/**
 * ADR 0029: the lines judged together with `r`: its correction unit (a credit line and the line
 * that replaces it, or a reversal alone), or the line alone.
 */
async function eenheid(tx: Prisma.TransactionClient, r: { id: string; correctieId: string | null }) {
  if (!r.correctieId) return tx.declaratieregel.findMany({ where: { id: r.id }, orderBy: { nummer: "asc" } });
  return tx.declaratieregel.findMany({ where: { correctieId: r.correctieId }, orderBy: { nummer: "asc" } });
}

/** "DR-1" or "DR-1 en DR-2 zijn samen". */
const samen = (nummers: string[], enkel: string, meer: string) =>
  nummers.length === 1 ? `${nummers[0]} ${enkel}` : `${nummers.slice(0, -1).join(", ")} en ${nummers.at(-1)} ${meer}`;

class AlBeoordeeld extends Error {}

/** Runs one decision on a whole unit in one transaction; "al beoordeeld" when any line was decided. */
async function beslis(
  r: { id: string; nummer: string; correctieId: string | null },
  werk: (tx: Prisma.TransactionClient, ids: string[], lijnen: Awaited<ReturnType<typeof eenheid>>) => Promise<void>,
): Promise<string[] | null> {
  try {
    return await db.$transaction(async (tx) => {
      const lijnen = await eenheid(tx, r);
      if (lijnen.some((l) => !wachtOpBeoordeling(l.status))) throw new AlBeoordeeld();
      await werk(
        tx,
        lijnen.map((l) => l.id),
        lijnen,
      );
      return lijnen.map((l) => l.nummer);
    });
  } catch (e) {
    if (e instanceof AlBeoordeeld) return null;
    throw e;
  }
}

export const keurDeclaratieGoed = defineUseCase({
  ...beoordeel,
  activiteit: "declaratie-goedkeuren",
  bron: BRON,
  schema: z.object({ id: idVeld }),
  async uitvoeren({ doel: r, gebruiker: g, nu, audit }) {
    audit.betrokkene = r.toewijzing.inwonerId;
    // ADR 0029: a correction is approved as a whole (its credit and its replacement together).
    const nummers = await beslis(r, async (tx, ids) => {
      const u = await tx.declaratieregel.updateMany({
        where: { id: { in: ids }, status: "INGEDIEND" },
        data: { status: "GOEDGEKEURD", beoordeeldDoorId: g.id, beoordeeldOp: nu },
      });
      if (u.count !== ids.length) throw new AlBeoordeeld();
    });
    if (!nummers) return formFout(`${r.nummer} is al beoordeeld.`);
    audit.toelichting = `${nummers.join(", ")}: goedgekeurd`;
    return gelukt({ melding: `${samen(nummers, "is goedgekeurd.", "zijn samen goedgekeurd.")}` });
  },
});

export const wijsDeclaratieAf = defineUseCase({
  ...beoordeel,
  activiteit: "declaratie-afwijzen",
  bron: BRON,
  schema: z.object({
    id: idVeld,
    afwijsreden: z
      .string({ error: "Schrijf waarom de regel wordt afgewezen; de aanbieder leest het." })
      .trim()
      .min(5, "Schrijf waarom de regel wordt afgewezen; de aanbieder leest het.")
      .max(1000, "Houd de reden korter dan 1000 tekens."),
  }),
  async uitvoeren({ invoer, doel: r, gebruiker: g, nu, audit }) {
    audit.betrokkene = r.toewijzing.inwonerId;
    // A rejected line no longer counts: the month may be declared again. A rejected correction
    // (ADR 0029) is sent back whole, with one reason, and the line it credited counts again.
    const nummers = await beslis(r, async (tx, ids, lijnen) => {
      const u = await tx.declaratieregel.updateMany({
        where: { id: { in: ids }, status: "INGEDIEND" },
        data: { status: "AFGEWEZEN", beoordeeldDoorId: g.id, beoordeeldOp: nu, afwijsreden: invoer.afwijsreden, actiefSleutel: null },
      });
      if (u.count !== ids.length) throw new AlBeoordeeld();
      for (const c of lijnen) {
        if (!c.creditVanId) continue;
        const oud = await tx.declaratieregel.findUniqueOrThrow({
          where: { id: c.creditVanId },
          include: { toewijzing: { select: { product: { select: { categorie: true } } } } },
        });
        await tx.declaratieregel.update({
          where: { id: oud.id },
          data: { actiefSleutel: actiefSleutel(oud.toewijzing.product.categorie, oud.toewijzingId, oud.maand) },
        });
      }
    });
    if (!nummers) return formFout(`${r.nummer} is al beoordeeld.`);
    audit.toelichting = `${nummers.join(", ")}: afgewezen`;
    return gelukt({
      melding:
        nummers.length === 1
          ? `${r.nummer} is afgewezen. De aanbieder ziet de reden.`
          : `${samen(nummers, "", "zijn samen afgewezen.")} De eerdere regel telt weer; de aanbieder ziet de reden.`,
    });
  },
});
