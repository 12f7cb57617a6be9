import { formatDatum } from "../format";
import type { Fout, Waarschuwing } from "./bevinding";
import { addDays, addMonths, assertCalendarDate } from "../kalender";

// R-PRD-1: Werkt Mee is for inwoners from 18 up to the AOW age. R-AOW-1: that age depends on the
// birth date and comes from a table that beheer extends (model AowLeeftijd).
//
// Birthdays that do not exist: someone born on 29 February turns 18 on 1 March in a common year,
// and the same holds for the AOW day (see addMonths: a missing day becomes the 1st of the next
// month). The date of reaching an age is "birth date + N years (+ M months)".
//
// Which days are allowed: the start must be on or after the 18th birthday, and the toewijzing must
// end before the AOW day. On the AOW day itself the inwoner HAS the AOW age, so "up to the AOW age"
// makes the day before it the last possible day. RULES allows refusing or capping an end date
// beyond it; we refuse and name the last possible day, because capping would silently change a
// fixed-length ontwikkeltraject (a fixed price per traject) into a shorter one, and for op-trede
// the person issuing should pick the end date knowingly.

/** One row of the AOW table, as the AowLeeftijd model: both bounds inclusive, null is open. */
export type AowRij = { geborenVanaf: Date | null; geborenTotMet: Date | null; jaren: number; maanden: number };

export type AowUitkomst = {
  /** The day the AOW age is reached. */
  datum: Date;
  jaren: number;
  maanden: number;
  /** R-AOW-1: the birth date is in no cohort of the table; the last known age was used. */
  geschat: boolean;
  /**
   * R-AOW-1 (issue 11 defect 11): born before the table's first cohort (before 1957 in the seed).
   * Those people had a LOWER AOW age than the earliest cohort, so the age used is an upper bound.
   */
  voorTabel: boolean;
  /** With `voorTabel`: the first birth date the table knows. */
  tabelVanaf?: Date;
};

/** R-PRD-1: the 18th birthday, the first day a toewijzing may start. */
export function achttienDatum(geboortedatum: Date): Date {
  return addMonths(geboortedatum, 18 * 12);
}

/**
 * R-AOW-1: the day the AOW age is reached. A birth date in no cohort uses the age of the latest
 * cohort that starts before it ("the last known age"), flagged as `geschat`.
 */
export function aowDatum(geboortedatum: Date, aowTabel: readonly AowRij[]): AowUitkomst {
  assertCalendarDate(geboortedatum);
  const t = geboortedatum.getTime();
  const passend = aowTabel.find(
    (r) => (!r.geborenVanaf || r.geborenVanaf.getTime() <= t) && (!r.geborenTotMet || t <= r.geborenTotMet.getTime()),
  );
  const rij = passend ?? laatstBekend(aowTabel, t);
  const voorTabel = !passend && aowTabel.every((r) => r.geborenVanaf !== null && t < r.geborenVanaf.getTime());
  return {
    datum: addMonths(geboortedatum, rij.jaren * 12 + rij.maanden),
    jaren: rij.jaren,
    maanden: rij.maanden,
    geschat: !passend,
    voorTabel,
    ...(voorTabel ? { tabelVanaf: new Date(Math.min(...aowTabel.map((r) => r.geborenVanaf!.getTime()))) } : {}),
  };
}

/** R-PRD-1: the last day a toewijzing may run: the day before the AOW day. */
export function laatsteDagVoorAow(geboortedatum: Date, aowTabel: readonly AowRij[]): Date {
  return addDays(aowDatum(geboortedatum, aowTabel).datum, -1);
}

export type LeeftijdInvoer = {
  geboortedatum: Date;
  startdatum: Date;
  /** Absent when not known yet: then only the start is checked. */
  einddatum?: Date | null;
  aowTabel: readonly AowRij[];
};

/** R-PRD-1 with R-AOW-1: every age problem of a toewijzing period. */
export function controleerLeeftijd({ geboortedatum, startdatum, einddatum, aowTabel }: LeeftijdInvoer): Fout[] {
  const achttien = achttienDatum(geboortedatum);
  const uitkomst = aowDatum(geboortedatum, aowTabel);
  const aow = uitkomst.datum;
  const laatsteDag = addDays(aow, -1);
  // R-AOW-1: never a silent estimate. The refusal says the cohort is unknown.
  const schatting = uitkomst.geschat ? ` ${onbekendCohortTekst(geboortedatum, uitkomst)}` : "";
  if (startdatum.getTime() < achttien.getTime()) {
    return [
      {
        regel: "R-PRD-1",
        veld: "startdatum",
        melding: `Werkt Mee is voor inwoners vanaf 18 jaar. Deze inwoner wordt 18 op ${formatDatum(achttien)}; de toewijzing kan op zijn vroegst dan beginnen.`,
      },
    ];
  }
  if (startdatum.getTime() > laatsteDag.getTime()) {
    return [
      {
        regel: "R-PRD-1",
        veld: "startdatum",
        melding: `Werkt Mee is voor inwoners tot de AOW-leeftijd. Deze inwoner bereikt de AOW-leeftijd op ${formatDatum(aow)}, dus voor deze startdatum.${schatting}`,
      },
    ];
  }
  if (einddatum && einddatum.getTime() > laatsteDag.getTime()) {
    return [
      {
        regel: "R-PRD-1",
        veld: "einddatum",
        melding: `Deze inwoner bereikt de AOW-leeftijd op ${formatDatum(aow)}. De toewijzing mag daarom uiterlijk tot en met ${formatDatum(laatsteDag)} lopen; de einddatum is nu ${formatDatum(einddatum)}.${schatting}`,
      },
    ];
  }
  return [];
}

/**
 * R-AOW-1: "an unknown cohort uses the last known age and is flagged". Flagged only when it can
 * matter: the toewijzing ends within 5 years of the estimated AOW day (new cohorts are announced
 * five years ahead, so a later change cannot reach further back). A 30-year-old gets no warning.
 */
export function aowWaarschuwing(geboortedatum: Date, einddatum: Date, aowTabel: readonly AowRij[]): Waarschuwing | null {
  const aow = aowDatum(geboortedatum, aowTabel);
  if (!aow.geschat) return null;
  // Before the table the real AOW age was lower: always flagged, whatever the end date.
  if (!aow.voorTabel && einddatum.getTime() < addMonths(aow.datum, -5 * 12).getTime()) return null;
  return { regel: "R-AOW-1", melding: onbekendCohortTekst(geboortedatum, aow) };
}

/** R-AOW-1: the flag for a birth date in no cohort of the table. */
export function onbekendCohortTekst(geboortedatum: Date, aow: AowUitkomst): string {
  if (aow.voorTabel) {
    return `De AOW-leeftijd voor inwoners geboren op ${formatDatum(geboortedatum)} is nog niet vastgelegd (onbekende groep): wie voor ${formatDatum(aow.tabelVanaf!)} is geboren, had een lagere AOW-leeftijd dan ${aowLeeftijdTekst(aow)}. Gerekend is voorlopig met ${aowLeeftijdTekst(aow)} (AOW op ${formatDatum(aow.datum)}), maar de echte AOW-datum ligt eerder. Laat de functioneel beheerder deze groep vastleggen.`;
  }
  return `De AOW-leeftijd voor inwoners geboren op ${formatDatum(geboortedatum)} is nog niet vastgelegd. Gerekend is met ${aowLeeftijdTekst(aow)} (de laatst bekende AOW-leeftijd): AOW op ${formatDatum(aow.datum)}. Controleer de einddatum als de nieuwe AOW-leeftijd bekend is.`;
}

/** "67 jaar", "67 jaar en 3 maanden" */
export function aowLeeftijdTekst({ jaren, maanden }: { jaren: number; maanden: number }): string {
  if (maanden === 0) return `${jaren} jaar`;
  return `${jaren} jaar en ${maanden} ${maanden === 1 ? "maand" : "maanden"}`;
}

function laatstBekend(aowTabel: readonly AowRij[], geboren: number): AowRij {
  if (aowTabel.length === 0) throw new Error("The AOW table is empty (R-AOW-1): seed it before issuing toewijzingen");
  const start = (r: AowRij) => r.geborenVanaf?.getTime() ?? Number.NEGATIVE_INFINITY;
  const eerder = aowTabel.filter((r) => start(r) <= geboren).sort((a, b) => start(b) - start(a));
  // Before every cohort (only with a table that has no open start): the earliest cohort is closest.
  return eerder[0] ?? [...aowTabel].sort((a, b) => start(a) - start(b))[0]!;
}
