import "server-only";
import { z } from "zod";
import { addDays, datumVeld, vandaagInNederland } from "@/domain/kalender";
import { bestandsnaam, csvDatum, naarCsv } from "@/domain/declaratie/csv";
import { betaalbaar, magCrediteren, vastePrijsVlag } from "@/domain/declaratie/correctie";
import { actiefSleutel, isMaand, maakBetaalrunReferentie, maandNaam, STATUS_NAAM, vlaggen } from "@/domain/declaratie/regels";
import { formatEuro } from "@/domain/format";
import { idVeld } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import type { Prisma } from "@/generated/prisma/client";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db, isUniekFout } from "../db";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { jaartotalen, maandRegels, maandtotalen } from "./queries";

// The gemeente's side of declaraties (issue 12): a queue per month and aanbieder with flagged
// lines first, approve or reject (declaratie:beoordelen), payment runs (declaratie:betalen) and the
// overviews with their CSV exports. Four eyes (ADR 0019): a payment run pays only lines approved by
// someone else than the payer.

const BRON = "/gemeente/declaraties";

export const magBeoordelen = (g: Ingelogd | null) => Boolean(g && !g.aanbiederId && mag(g.rol, "declaratie:beoordelen"));
export const magBetalen = (g: Ingelogd | null) => Boolean(g && !g.aanbiederId && mag(g.rol, "declaratie:betalen"));
const magZien = (g: Ingelogd | null) => magBeoordelen(g) || magBetalen(g);

export type QueueRegel = Awaited<ReturnType<typeof wachtrij>> extends infer W ? (W extends { regels: (infer R)[] } ? R : never) : never;

/** One month's lines (optionally of one aanbieder): those to check first, flagged ones on top. */
export async function wachtrij(g: Ingelogd | null, maand: string, aanbiederId?: string) {
  if (!magZien(g) || !isMaand(maand)) return null;
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
  const volgorde = (r: (typeof regels)[number]) => (r.status === "INGEDIEND" ? (r.gemarkeerd ? 0 : 1) : 2);
  regels.sort(
    (a, b) => volgorde(a) - volgorde(b) || a.aanbieder.naam.localeCompare(b.aanbieder.naam, "nl") || a.nummer.localeCompare(b.nummer),
  );
  for (const i of new Set(regels.map((r) => r.toewijzing.inwonerId))) await logVerwerking(g, "declaraties-beoordelen-bekijken", BRON, i);
  const aanbieders = await db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } });
  return { regels, aanbieders };
}

const beoordeel = {
  toegang: "declaratie:beoordelen",
  magGebruiker: (g: Ingelogd) => !g.aanbiederId,
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
      if (lijnen.some((l) => l.status !== "INGEDIEND")) throw new AlBeoordeeld();
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

export const keurGoed = defineUseCase({
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

export const wijsAf = defineUseCase({
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

// ---------------------------------------------------------------------------------------------
// Payment runs
// ---------------------------------------------------------------------------------------------

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
export async function tebetalen(g: Ingelogd | null) {
  if (!magBetalen(g)) return null;
  const s = await betaalSelectie(db, g!.id);
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
  magGebruiker: (g) => !g.aanbiederId,
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

export async function betaalruns(g: Ingelogd | null) {
  if (!magZien(g)) return [];
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

// ---------------------------------------------------------------------------------------------
// Overviews
// ---------------------------------------------------------------------------------------------

const STATUSSEN = ["INGEDIEND", "GOEDGEKEURD", "AFGEWEZEN", "BETAALD"] as const;
type Totaal = Record<(typeof STATUSSEN)[number], number>;
const leeg = (): Totaal => ({ INGEDIEND: 0, GOEDGEKEURD: 0, AFGEWEZEN: 0, BETAALD: 0 });

/** Totals per aanbieder for one month, per status (cents). */
export async function overzichtPerAanbieder(g: Ingelogd | null, maand: string) {
  if (!magZien(g) || !isMaand(maand)) return null;
  const [rijen, aanbieders] = await Promise.all([maandtotalen(db, maand), db.aanbieder.findMany({ select: { id: true, naam: true } })]);
  const per = new Map<string, Totaal & { aantal: number }>();
  for (const r of rijen) {
    const t = per.get(r.aanbiederId) ?? { ...leeg(), aantal: 0 };
    t[r.status] += r.bedragCent;
    t.aantal += r.aantal;
    per.set(r.aanbiederId, t);
  }
  return [...per.entries()]
    .map(([id, t]) => ({ aanbieder: aanbieders.find((a) => a.id === id)?.naam ?? id, ...t }))
    .sort((a, b) => a.aanbieder.localeCompare(b.aanbieder, "nl"));
}

/** Totals per product for one year: spent (paid) so far, approved, submitted (cents, hours/units). */
export async function overzichtPerProduct(g: Ingelogd | null, jaar: number) {
  if (!magZien(g)) return null;
  const [rijen, producten] = await Promise.all([
    jaartotalen(db, jaar),
    db.product.findMany({ select: { code: true, korteNaam: true, volgorde: true } }),
  ]);
  const per = new Map<string, Totaal & { volumeBetaald: number }>();
  for (const r of rijen) {
    const t = per.get(r.productCode) ?? { ...leeg(), volumeBetaald: 0 };
    t[r.status] += r.bedragCent;
    if (r.status === "BETAALD") t.volumeBetaald += r.volume;
    per.set(r.productCode, t);
  }
  return [...per.entries()]
    .map(([code, t]) => {
      const p = producten.find((x) => x.code === code);
      return { code, product: p?.korteNaam ?? code, volgorde: p?.volgorde ?? 99, ...t };
    })
    .sort((a, b) => a.volgorde - b.volgorde);
}

// ---------------------------------------------------------------------------------------------
// CSV exports: use cases, so the route handlers go through the pipeline (permission inside).
// ---------------------------------------------------------------------------------------------

export type Csv = { csv: string; bestandsnaam: string };

export const exporteerBetaalrun = defineUseCase({
  activiteit: "betaalrun-exporteren",
  bron: "/gemeente/declaraties/export/betaalrun",
  schema: z.object({ id: idVeld }),
  toegang: "declaratie:betalen",
  magGebruiker: (g) => !g.aanbiederId,
  laad: ({ invoer }) => db.betaalrun.findUnique({ where: { id: invoer.id } }),
  nietGevonden: "Deze betaalrun bestaat niet.",
  async uitvoeren({ doel: run, audit }) {
    const regels = await db.declaratieregel.findMany({
      where: { betaalrunId: run.id },
      orderBy: [{ aanbiederId: "asc" }, { nummer: "asc" }],
      include: {
        aanbieder: { select: { naam: true, agbCode: true } },
        toewijzing: { select: { nummer: true } },
        creditVan: { select: { nummer: true } },
      },
    });
    audit.toelichting = `${run.referentie}: ${regels.length} regels`;
    const csv = naarCsv(
      [
        "Betaalrun",
        "Betaaldatum",
        "Aanbieder",
        "AGB-code",
        "Regel",
        "Toewijzing",
        "Product",
        "Maand",
        "Periode van",
        "Periode tot en met",
        "Volume",
        "Eenheid",
        "Tarief (€)",
        "Bedrag (€)",
        "Credit van",
      ],
      regels.map((r) => [
        run.referentie,
        csvDatum(run.betaaldatum),
        r.aanbieder.naam,
        r.aanbieder.agbCode,
        r.nummer,
        r.toewijzing.nummer,
        r.productCode,
        r.maand,
        csvDatum(r.periodeStart),
        csvDatum(r.periodeEind),
        r.volume,
        r.eenheid === "04" ? "uur" : "stuks",
        r.tariefCent,
        r.bedragCent,
        r.creditVan?.nummer ?? null,
      ]),
      ["Tarief (€)", "Bedrag (€)"],
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`betaalrun-${run.referentie}`) });
  },
});

export const exporteerOverzicht = defineUseCase({
  activiteit: "declaratie-overzicht-exporteren",
  bron: "/gemeente/declaraties/export/overzicht",
  schema: z.union([
    z.object({ soort: z.literal("aanbieder"), maand: z.string().refine(isMaand, "Kies een maand.") }),
    z.object({
      soort: z.literal("product"),
      jaar: z
        .string()
        .regex(/^\d{4}$/, "Kies een jaar.")
        .transform(Number),
    }),
  ]),
  toegang: "declaratie:beoordelen",
  magGebruiker: (g) => !g.aanbiederId,
  async uitvoeren({ invoer, gebruiker: g }) {
    const bedragen = STATUSSEN.map((s) => `${STATUS_NAAM[s]} (€)`);
    if (invoer.soort === "aanbieder") {
      const rijen = (await overzichtPerAanbieder(g, invoer.maand)) ?? [];
      const csv = naarCsv(
        ["Maand", "Aanbieder", "Regels", ...bedragen],
        rijen.map((r) => [invoer.maand, r.aanbieder, r.aantal, ...STATUSSEN.map((s) => r[s])]),
        bedragen,
      );
      return gelukt({ csv, bestandsnaam: bestandsnaam(`declaraties-per-aanbieder-${invoer.maand}`) });
    }
    const rijen = (await overzichtPerProduct(g, invoer.jaar)) ?? [];
    const csv = naarCsv(
      ["Jaar", "Product", "Code", "Betaalde eenheden", ...bedragen],
      rijen.map((r) => [String(invoer.jaar), r.product, r.code, r.volumeBetaald, ...STATUSSEN.map((s) => r[s])]),
      bedragen,
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`declaraties-per-product-${invoer.jaar}`) });
  },
});

export { maandNaam };
