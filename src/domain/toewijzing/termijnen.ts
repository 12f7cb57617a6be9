import { addDays, assertCalendarDate, daysBetween, vandaagInNederland } from "../kalender";
import { formatDatum } from "../format";

// R-TOE-5 / R-EV-1: "uiterlijk 6 weken voor afloop van de toewijzing" the aanbieder submits the
// eindverantwoording, plans the evaluatiegesprek and, where more is needed, asks for a
// herindicatie. Also on early termination: then pass the new (actual) einddatum.
//
// - 6 weeks = 42 calendar days before the einddatum (the last day of the toewijzing). The deadline
//   day itself is still on time; the day after it, the item is late.
// - A toewijzing shorter than 6 weeks would have its deadline before its start; then the deadline
//   is the startdatum (when given), the earliest moment anything can be asked of the aanbieder.
// - "binnenkort": due within the coming 6 weeks, today and the 42nd day included, so the back
//   office sees items in the same window the aanbieder works in.
// Whether an item is already done is the caller's to filter; these are the dates only.

export const TERMIJN_DAGEN = 42;

export type Termijnen = { eindverantwoording: Date; evaluatiegesprek: Date; herindicatie: Date };
export type TermijnStatus = "verlopen" | "binnenkort" | "later";

/** R-TOE-5 / R-EV-1: the three due dates of a toewijzing ending on `einddatum`. */
export function termijnen(einddatum: Date, startdatum?: Date): Termijnen {
  let uiterlijk = addDays(einddatum, -TERMIJN_DAGEN);
  if (startdatum && uiterlijk.getTime() < startdatum.getTime()) uiterlijk = startdatum;
  return { eindverantwoording: uiterlijk, evaluatiegesprek: uiterlijk, herindicatie: uiterlijk };
}

/** R-TOE-5: late (after the due day), due soon (today up to 42 days ahead) or later. */
export function termijnStatus(vandaag: Date, termijn: Date): TermijnStatus {
  const dagen = daysBetween(vandaag, termijn);
  if (dagen < 0) return "verlopen";
  return dagen <= TERMIJN_DAGEN ? "binnenkort" : "later";
}

/**
 * Does the toewijzing end within 6 weeks: its einddatum between today and 42 days ahead, both
 * included? One that has already ended does not "end soon".
 */
export function eindigtBinnenkort(einddatum: Date, vandaag: Date): boolean {
  assertCalendarDate(einddatum);
  const dagen = daysBetween(vandaag, einddatum);
  return dagen >= 0 && dagen <= TERMIJN_DAGEN;
}

// ---------------------------------------------------------------------------------------------
// True deadlines (issue 11, docs/decisions/0015): each deadline has a state, so a deadline that
// was met no longer shows as "verlopen" once its date has passed.
// ---------------------------------------------------------------------------------------------

/** Days after an early stop within which the eindverantwoording is due (ADR 0015). */
export const EV_NA_VROEGE_STOP_DAGEN = 14;

export type TermijnSoort = "eindverantwoording" | "evaluatiegesprek" | "herindicatie";

/**
 * - open: not done, the due day not passed (the due day itself is still on time);
 * - gedaan: done on or before the due day; te-laat: not done, the due day passed;
 * - te-laat-gedaan: done after the due day;
 * - niet-nodig: no longer asked (herindicatie once the eindverantwoording went in without a
 *   request; evaluatiegesprek and herindicatie after an early stop), see ADR 0015.
 */
export type TermijnToestand = "open" | "gedaan" | "te-laat" | "te-laat-gedaan" | "niet-nodig";

export type Termijn = {
  soort: TermijnSoort;
  uiterlijk: Date;
  toestand: TermijnToestand;
  /** When it was done (or, for niet-nodig, since when it is no longer needed). */
  op: Date | null;
};

/** The state of one deadline due on `uiterlijk`, done on `gedaanOp` (a calendar day) or not yet. */
export function termijnToestand(vandaag: Date, uiterlijk: Date, gedaanOp: Date | null): TermijnToestand {
  if (gedaanOp) return daysBetween(uiterlijk, gedaanOp) > 0 ? "te-laat-gedaan" : "gedaan";
  return daysBetween(vandaag, uiterlijk) < 0 ? "te-laat" : "open";
}

export type TrajectFeiten = {
  startdatum: Date;
  einddatum: Date;
  /** The stop date the aanbieder reported (or the gemeente's early end), when there is one. */
  beeindigdOp: Date | null;
  /** Eindverantwoording.ingediendOp as a calendar day (first submission). */
  evIngediendOp: Date | null;
  /** The day the aanbieder first proposed a moment in the round that ended accepted (ADR 0015). */
  evaluatieGeplandOp: Date | null;
  /** The day the first Herindicatieverzoek was submitted. */
  herindicatieIngediendOp: Date | null;
  /**
   * Issue 21 item 19 (ADR 0033): the gemeente changed the end date (ToewijzingWijziging). When the
   * end now lies before the one first issued, it is an early stop decided on `besluitOp` (the day
   * of the last change).
   */
  eindeDoorGemeente?: { oorspronkelijkeEinddatum: Date; besluitOp: Date } | null;
  /** Issue 21 item 23: the day a verlenging of this period was issued (directly or on a request). */
  verlengdOp?: Date | null;
  /** Issue 21 item 23: the submitted eindverantwoording proposes a next period (R-EV-2 §5). */
  evVraagtVervolg?: boolean;
};

/** Did the toewijzing stop before its einddatum? */
export function vroegGestopt(f: Pick<TrajectFeiten, "einddatum" | "beeindigdOp">): boolean {
  return f.beeindigdOp !== null && daysBetween(f.beeindigdOp, f.einddatum) > 0;
}

/**
 * The end first issued and the day of the last change, from the gemeente's changes of the end
 * date (oldest first); null without changes.
 */
export function eindeDoorGemeenteVan(wijzigingen: { oudeEinddatum: Date; createdAt: Date }[]): TrajectFeiten["eindeDoorGemeente"] {
  const eerste = wijzigingen[0];
  const laatste = wijzigingen.at(-1);
  return eerste && laatste ? { oorspronkelijkeEinddatum: eerste.oudeEinddatum, besluitOp: vandaagInNederland(laatste.createdAt) } : null;
}

/** Issue 21 item 19: did the gemeente end or shorten it, to before the end first issued? */
function gemeenteEinde(f: TrajectFeiten) {
  const g = f.eindeDoorGemeente;
  return g && daysBetween(f.einddatum, g.oorspronkelijkeEinddatum) > 0 ? g : null;
}

/**
 * R-TOE-5 / R-EV-1: the three deadlines of a toewijzing with their state on `vandaag`.
 * Early stop (ADR 0015): the eindverantwoording stays due, on the earlier of the original due day
 * and the stop date + 14 days; the evaluatiegesprek and the herindicatie are no longer needed
 * (unless already done). An end or shortening by the gemeente is an early stop too, measured from
 * the end first issued, and its 14 days count from the decision when that is later than the stop
 * (ADR 0033): the decision never makes something due before it was taken. Once the (actual) end
 * has passed, an evaluatiegesprek or herindicatie not done is no longer needed either (item 18).
 * The herindicatie is also not needed once a verlenging was issued, or once the
 * eindverantwoording went in without proposing a next period.
 */
export function trajectTermijnen(f: TrajectFeiten, vandaag: Date): Termijn[] {
  const gemeente = gemeenteEinde(f);
  const basis = termijnen(gemeente?.oorspronkelijkeEinddatum ?? f.einddatum, f.startdatum).eindverantwoording;
  // The early stop: the aanbieder's stop before the end, else the gemeente's earlier end.
  const stop = vroegGestopt(f) ? f.beeindigdOp! : gemeente ? f.einddatum : null;
  let evUiterlijk = basis;
  if (stop) {
    const vanaf = gemeente && daysBetween(stop, gemeente.besluitOp) > 0 ? gemeente.besluitOp : stop;
    const naStop = addDays(vanaf, EV_NA_VROEGE_STOP_DAGEN);
    if (naStop.getTime() < evUiterlijk.getTime()) evUiterlijk = naStop;
  }
  // The last day of the toewijzing; from the day after, nothing about a next period is asked.
  const einde = f.beeindigdOp && daysBetween(f.beeindigdOp, f.einddatum) > 0 ? f.beeindigdOp : f.einddatum;
  const voorbij = daysBetween(einde, vandaag) > 0;
  const nietNodigSinds = stop ?? (voorbij ? einde : null);
  const ev: Termijn = {
    soort: "eindverantwoording",
    uiterlijk: evUiterlijk,
    toestand: termijnToestand(vandaag, evUiterlijk, f.evIngediendOp),
    op: f.evIngediendOp,
  };
  const evaluatie: Termijn =
    nietNodigSinds && !f.evaluatieGeplandOp
      ? { soort: "evaluatiegesprek", uiterlijk: basis, toestand: "niet-nodig", op: nietNodigSinds }
      : {
          soort: "evaluatiegesprek",
          uiterlijk: basis,
          toestand: termijnToestand(vandaag, basis, f.evaluatieGeplandOp),
          op: f.evaluatieGeplandOp,
        };
  let herindicatie: Termijn;
  if (f.herindicatieIngediendOp) {
    herindicatie = {
      soort: "herindicatie",
      uiterlijk: basis,
      toestand: termijnToestand(vandaag, basis, f.herindicatieIngediendOp),
      op: f.herindicatieIngediendOp,
    };
  } else if (f.verlengdOp) {
    herindicatie = { soort: "herindicatie", uiterlijk: basis, toestand: "niet-nodig", op: f.verlengdOp };
  } else if (nietNodigSinds) {
    herindicatie = { soort: "herindicatie", uiterlijk: basis, toestand: "niet-nodig", op: nietNodigSinds };
  } else if (f.evIngediendOp && !f.evVraagtVervolg) {
    herindicatie = { soort: "herindicatie", uiterlijk: basis, toestand: "niet-nodig", op: f.evIngediendOp };
  } else {
    herindicatie = { soort: "herindicatie", uiterlijk: basis, toestand: termijnToestand(vandaag, basis, null), op: null };
  }
  return [ev, evaluatie, herindicatie];
}

/** Does this deadline still ask for something (open or late)? Done and not-needed ones do not. */
export function telt(t: Termijn): boolean {
  return t.toestand === "open" || t.toestand === "te-laat";
}

/** Open and due within the coming 6 weeks (today and the 42nd day included), or late. */
export function vraagtAandacht(t: Termijn, vandaag: Date): boolean {
  return t.toestand === "te-laat" || (t.toestand === "open" && termijnStatus(vandaag, t.uiterlijk) === "binnenkort");
}

/** "Never started": still toegewezen after the planned startdatum. Stays flagged until started or withdrawn. */
export function nooitGestart(status: string, startdatum: Date, vandaag: Date): boolean {
  return status === "TOEGEWEZEN" && daysBetween(startdatum, vandaag) > 0;
}

export const TERMIJN_NAAM: Record<TermijnSoort, string> = {
  eindverantwoording: "Eindverantwoording",
  evaluatiegesprek: "Evaluatiegesprek plannen",
  herindicatie: "Herindicatie aanvragen",
};

/** One way on screen: "Gedaan op 3 mei 2027", "Te laat (uiterlijk 20 juli 2026)". */
export function termijnTekst(t: Termijn): string {
  switch (t.toestand) {
    case "open":
      return `Open, uiterlijk ${formatDatum(t.uiterlijk)}`;
    case "gedaan":
      return `Gedaan op ${formatDatum(t.op!)}`;
    case "te-laat":
      return `Te laat (uiterlijk ${formatDatum(t.uiterlijk)})`;
    case "te-laat-gedaan":
      return `Te laat gedaan op ${formatDatum(t.op!)} (uiterlijk ${formatDatum(t.uiterlijk)})`;
    case "niet-nodig":
      return "Niet meer nodig";
  }
}
