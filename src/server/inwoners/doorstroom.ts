import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { bestandsnaam, naarCsv } from "@/domain/declaratie/csv";
import { AFSLUITREDEN_NAAM, AFSLUITREDENEN } from "@/domain/inwoner/afsluiten";
import { binnen, doorstroomIn, jaarperiode, perGroep, perInwoner, tredenOp, TREDEN, type Ladderstap } from "@/domain/inwoner/doorstroom";
import { orientatiesIn, trajectenIn, type TrajectPeriode } from "@/domain/inwoner/doorstroom-trajecten";
import { KOLOM, ORIENTATIE_MAAT, rapportjaar, rapportjaarSchema } from "@/domain/inwoner/doorstroom-rapport";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt } from "../pipeline";

// The doorstroom report (R-LAD-3, docs/decisions/0023): counts from the ladder history and the
// trajecten, per year. No name, BSN or id of an inwoner leaves this module.

const BRON = "/gemeente/doorstroom";

/** The report for a year (see `rapportjaar`); the read is logged once, without a betrokkene. */
export const doorstroomRapport = defineQuery({
  activiteit: "doorstroom-lezen",
  bron: BRON,
  toegang: "rapportage:doorstroom",
  wie: "gemeente",
  schema: rapportjaarSchema,
  auditZonderBetrokkene: true,
  toelichting: (invoer) => String(invoer.jaar),
  laad: ({ invoer, nu }) => berekenRapport(invoer.jaar, nu),
});

/** The figures alone: callers check the permission and write their own audit line. */
async function berekenRapport(jaar: number, nu: Date) {
  const periode = jaarperiode(jaar);
  const vandaag = vandaagInNederland(nu);
  // The trede "now" is on the last day of a past year, or today in this year.
  const peildag = periode.tot.getTime() < vandaag.getTime() ? periode.tot : vandaag;
  const [stappen, toewijzingen, orientaties, gesloten] = await Promise.all([
    db.ladderRegel.findMany({
      select: { inwonerId: true, datum: true, trede: true, createdAt: true, toewijzingId: true, orientatieId: true },
    }),
    db.toewijzing.findMany({
      where: { ingetrokkenOp: null, status: { not: "INGETROKKEN" } },
      select: {
        id: true,
        inwonerId: true,
        startdatum: true,
        einddatum: true,
        beeindigdOp: true,
        verlengingVanId: true,
        product: { select: { naam: true } },
        aanbieder: { select: { naam: true } },
        eindverantwoording: { select: { stapGemaakt: true } },
      },
    }),
    db.orientatie.findMany({ select: { id: true, inwonerId: true, startdatum: true, adviesOp: true, gestoptOp: true } }),
    db.inwoner.findMany({ where: { afgeslotenOp: { not: null } }, select: { id: true, afgeslotenOp: true, afsluitreden: true } }),
  ]);
  const histories = perInwoner(stappen.map((s): Ladderstap => ({ ...s, vastgelegdOp: s.createdAt })));
  const afgesloten = new Map(gesloten.map((i) => [i.id, i.afgeslotenOp!]));
  const tot = { van: periode.van, tot: peildag };
  const perioden = toewijzingen.map((t): TrajectPeriode => ({
    id: t.id,
    verlengingVanId: t.verlengingVanId,
    inwonerId: t.inwonerId,
    startdatum: t.startdatum,
    einde: t.beeindigdOp ?? t.einddatum,
    product: t.product.naam,
    aanbieder: t.aanbieder.naam,
    stapGemaakt: t.eindverantwoording?.stapGemaakt ?? null,
  }));
  const trajecten = trajectenIn(perioden, histories, periode, vandaag, afgesloten);
  const afsluitingen = AFSLUITREDENEN.map((reden) => ({
    reden,
    aantal: gesloten.filter((i) => i.afsluitreden === reden && binnen(i.afgeslotenOp!, tot)).length,
  }));

  return {
    jaar,
    peildag,
    treden: tredenOp(histories, peildag, afgesloten),
    doorstroom: doorstroomIn(histories, tot),
    lopend: peildag !== periode.tot,
    perProduct: perGroep(trajecten.perProduct),
    perAanbieder: perGroep(trajecten.perAanbieder),
    zonderTrede: trajecten.zonderTrede,
    orientaties: orientatiesIn(orientaties, histories, tot),
    afsluitingen,
  };
}

export type DoorstroomRapport = Awaited<ReturnType<typeof berekenRapport>>;

/** The report's tables in one CSV (for a spreadsheet in Dutch settings, like the declaraties exports). */
export const exporteerDoorstroom = defineUseCase({
  activiteit: "doorstroom-exporteren",
  bron: `${BRON}/export`,
  schema: z.object({ jaar: z.string().regex(/^\d{4}$/, "Kies een jaar.") }),
  toegang: "rapportage:doorstroom",
  wie: "gemeente",
  async uitvoeren({ invoer }) {
    const jaar = rapportjaar(invoer.jaar);
    // The pipeline checked the permission and writes this export's one audit line.
    const r = await berekenRapport(jaar, new Date());
    const rijen: (string | number)[][] = [
      ...TREDEN.map((t) => ["Inwoners op trede", "", `Trede ${t}`, r.treden[t - 1]!]),
      ...TREDEN.flatMap((van) =>
        TREDEN.map((naar) => ["Doorstroom", `Van trede ${van}`, `Naar trede ${naar}`, r.doorstroom.matrix[van - 1]![naar - 1]!]),
      ),
      ...(["perProduct", "perAanbieder"] as const).flatMap((soort) =>
        r[soort].flatMap((rij) =>
          (["aantal", "omhoog", "gelijk", "omlaag", "onbekend", "stapGemaakt", "stapNietGemaakt"] as const).map((k) => [
            soort === "perProduct" ? "Trajecten per product" : "Trajecten per aanbieder",
            rij.groep,
            KOLOM[k],
            rij[k],
          ]),
        ),
      ),
      ["Beëindigd zonder trede na traject", "", "Aantal", r.zonderTrede],
      ...(Object.keys(ORIENTATIE_MAAT) as (keyof typeof ORIENTATIE_MAAT)[]).map((k) => [
        "Oriëntaties",
        "",
        ORIENTATIE_MAAT[k],
        r.orientaties[k],
      ]),
      ...r.afsluitingen.map((a) => ["Afgesloten inwoners", AFSLUITREDEN_NAAM[a.reden], "Aantal", a.aantal]),
    ];
    const csv = naarCsv(
      ["Jaar", "Onderdeel", "Groep", "Maat", "Aantal"],
      rijen.map((x) => [String(jaar), ...x]),
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`doorstroom-${jaar}`) });
  },
});
