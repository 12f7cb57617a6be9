import { z } from "zod";
import { BEREIK, datumVeld } from "../kalender";
import { formatDatum } from "../format";
import { idVeld } from "../id";

// Issue 21 item 25 (docs/decisions/0034): an inwoner leaves the program with a reason from a fixed
// list and a date. The data stay for the history; the inwoner is left out of the current counts
// (R-LAD-3's "inwoners per trede") and of the default working lists. A closure made by mistake is
// undone with "heropenen".

export const AFSLUITREDENEN = ["VERHUISD", "OVERLEDEN", "BETAALD_WERK", "AOW", "ANDERS"] as const;
export type Afsluitreden = (typeof AFSLUITREDENEN)[number];

export const AFSLUITREDEN_NAAM: Record<Afsluitreden, string> = {
  VERHUISD: "Verhuisd naar een andere gemeente",
  OVERLEDEN: "Overleden",
  BETAALD_WERK: "Betaald werk gevonden",
  AOW: "AOW-leeftijd bereikt",
  ANDERS: "Anders",
};

const KIES_REDEN = "Kies waarom de inwoner wordt afgesloten.";
const TOELICHTING_ANDERS = "Schrijf bij 'Anders' in een paar woorden waarom de inwoner wordt afgesloten.";

/** The "Inwoner afsluiten" form; `id` is the inwoner's, bound in the page. */
export const afsluitSchema = z
  .object({
    id: idVeld,
    reden: z.preprocess((v) => v ?? "", z.enum(AFSLUITREDENEN, { error: KIES_REDEN })),
    datum: datumVeld({
      leeg: "Vul de datum in waarop de inwoner uit het programma gaat.",
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 01-03-2026.",
      ...BEREIK.verleden,
      buitenBereik: "Vul een datum in van 2000 tot en met vandaag. Sluit een inwoner af wanneer het zover is.",
    }),
    toelichting: z.preprocess((v) => v ?? "", z.string().trim().max(500, "De toelichting mag niet langer zijn dan 500 tekens.")),
  })
  .refine((a) => a.reden !== "ANDERS" || a.toelichting.length >= 3, { path: ["toelichting"], message: TOELICHTING_ANDERS });

export type AfsluitInvoer = z.output<typeof afsluitSchema>;

/** What the closure is checked against: the inwoner's trajecten and history. */
export type Afsluitsituatie = {
  /** The calendar day today in the Netherlands. */
  vandaag: Date;
  afgeslotenOp: Date | null;
  /** Toewijzingen not withdrawn: the status and the (effective) end. */
  toewijzingen: { nummer: string; status: string; einddatum: Date; beeindigdOp: Date | null }[];
  /** Oriëntaties still running (status LOPEND). */
  lopendeOrientaties: { nummer: string }[];
  /** The date of the latest ladder step. */
  laatsteStap: Date | null;
};

/**
 * Refused while a toewijzing runs (TOEGEWEZEN or GESTART and its end date not passed) or an
 * oriëntatie runs: ending those has consequences of its own (a WMO307 to the aanbieder, the
 * deadlines, an advice) that a closure must not skip. Not before the latest ladder step or the end
 * of a toewijzing, so the history stays in order.
 */
export function controleerAfsluiten(s: Afsluitsituatie, datum: Date): { veld: "datum" | null; melding: string } | null {
  if (s.afgeslotenOp) return { veld: null, melding: `Deze inwoner is al afgesloten op ${formatDatum(s.afgeslotenOp)}.` };
  const lopend = s.toewijzingen.filter(
    (t) => (t.status === "TOEGEWEZEN" || t.status === "GESTART") && t.einddatum.getTime() >= s.vandaag.getTime(),
  );
  if (lopend.length > 0)
    return {
      veld: null,
      melding: `Deze inwoner heeft nog een lopende toewijzing (${lopend.map((t) => t.nummer).join(", ")}). Beëindig of trek die eerst in; dan krijgt de aanbieder het bericht. Sluit de inwoner daarna af.`,
    };
  if (s.lopendeOrientaties.length > 0)
    return {
      veld: null,
      melding: `Deze inwoner heeft nog een lopende oriëntatie (${s.lopendeOrientaties.map((o) => o.nummer).join(", ")}). Laat het Centrum die eerst afronden of stoppen.`,
    };
  if (datum.getTime() > s.vandaag.getTime()) return { veld: "datum", melding: "De datum ligt niet in de toekomst." };
  if (s.laatsteStap && datum.getTime() < s.laatsteStap.getTime())
    return {
      veld: "datum",
      melding: `De datum ligt niet vóór de laatste trede in de ladderhistorie (${formatDatum(s.laatsteStap)}).`,
    };
  const einde = s.toewijzingen
    .filter((t) => t.status !== "INGETROKKEN")
    .map((t) => t.beeindigdOp ?? t.einddatum)
    .reduce<Date | null>((a, b) => (!a || b > a ? b : a), null);
  if (einde && datum.getTime() < einde.getTime())
    return { veld: "datum", melding: `De datum ligt niet vóór het einde van de laatste toewijzing (${formatDatum(einde)}).` };
  return null;
}

/** "Afgesloten op 3 maart 2026 — Verhuisd naar een andere gemeente" (with the explanation for "Anders"). */
export function afgeslotenTekst(i: { afgeslotenOp: Date; afsluitreden: Afsluitreden | null; afsluittoelichting: string | null }) {
  const reden = i.afsluitreden ? AFSLUITREDEN_NAAM[i.afsluitreden] : "reden onbekend";
  return `Afgesloten op ${formatDatum(i.afgeslotenOp)} — ${reden}${i.afsluittoelichting ? `: ${i.afsluittoelichting}` : ""}`;
}

/** Still in the program on this day (closed from `afgeslotenOp` on). */
export function inProgrammaOp(afgeslotenOp: Date | null, dag: Date): boolean {
  return afgeslotenOp === null || afgeslotenOp.getTime() > dag.getTime();
}
