import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { idSchema } from "@/domain/id";
import { AFSLUITREDEN_NAAM, afsluitSchema, controleerAfsluiten } from "@/domain/inwoner/afsluiten";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";

// Issue 21 item 25 (docs/decisions/0034): closing an inwoner ("afsluiten") with a reason and a
// date, and reopening ("heropenen") a closure made by mistake. Both through the pipeline with
// `inwoner:afsluiten`; the audit line names the inwoner (pseudonym) and the reason key, never the
// free-text explanation.

const GEEN_TOEGANG = "Je mag inwoners niet afsluiten of heropenen.";

export const sluitInwonerAf = defineUseCase({
  activiteit: "inwoner-afsluiten",
  bron: "/gemeente/inwoners/[id]#afsluiten",
  schema: afsluitSchema,
  toegang: "inwoner:afsluiten",
  geenToegang: GEEN_TOEGANG,
  wie: "gemeente",
  betrokkene: (a) => a.id,
  laad: ({ invoer }) =>
    db.inwoner.findUnique({
      where: { id: invoer.id },
      select: {
        id: true,
        afgeslotenOp: true,
        toewijzingen: {
          where: { ingetrokkenOp: null },
          select: { nummer: true, status: true, einddatum: true, beeindigdOp: true },
        },
        orientaties: { where: { status: "LOPEND" }, select: { nummer: true } },
        ladder: { orderBy: { datum: "desc" }, take: 1, select: { datum: true } },
      },
    }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: a, doel: i, audit, nu }) {
    const fout = controleerAfsluiten(
      {
        vandaag: vandaagInNederland(nu),
        afgeslotenOp: i.afgeslotenOp,
        toewijzingen: i.toewijzingen,
        lopendeOrientaties: i.orientaties,
        laatsteStap: i.ladder[0]?.datum ?? null,
      },
      a.datum,
    );
    if (fout) return fout.veld ? veldFouten({ [fout.veld]: fout.melding }) : formFout(fout.melding);
    // Only while still open: two closures at once leave the first.
    const r = await db.inwoner.updateMany({
      where: { id: i.id, afgeslotenOp: null },
      data: { afgeslotenOp: a.datum, afsluitreden: a.reden, afsluittoelichting: a.toelichting || null },
    });
    if (r.count === 0) return formFout("Deze inwoner is al afgesloten.");
    audit.toelichting = `reden: ${a.reden}`;
    return gelukt({ melding: `De inwoner is afgesloten per ${formatDatum(a.datum)}: ${AFSLUITREDEN_NAAM[a.reden].toLowerCase()}.` });
  },
});

export const heropenInwoner = defineUseCase({
  activiteit: "inwoner-heropenen",
  bron: "/gemeente/inwoners/[id]#afsluiten",
  schema: idSchema,
  toegang: "inwoner:afsluiten",
  geenToegang: GEEN_TOEGANG,
  wie: "gemeente",
  betrokkene: (a) => a.id,
  laad: ({ invoer }) => db.inwoner.findUnique({ where: { id: invoer.id }, select: { id: true, afgeslotenOp: true, afsluitreden: true } }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ doel: i, audit }) {
    const r = await db.inwoner.updateMany({
      where: { id: i.id, afgeslotenOp: { not: null } },
      data: { afgeslotenOp: null, afsluitreden: null, afsluittoelichting: null },
    });
    if (r.count === 0) return formFout("Deze inwoner is niet afgesloten.");
    // What was undone stays readable in the log.
    audit.toelichting = `was afgesloten op ${i.afgeslotenOp!.toISOString().slice(0, 10)}, reden: ${i.afsluitreden}`;
    return gelukt({ melding: "De inwoner is heropend en doet weer mee in de lijsten en de aantallen." });
  },
});
