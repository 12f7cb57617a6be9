import { addDays, calendarDate } from "../kalender";

// R-LAD-3: progress up the participatieladder ("doorstroom") is the program's goal and must be
// reportable. Counted from the ladder history alone (docs/decisions/0023): an inwoner's trede on a
// day is the last step recorded on or before it; counts only, never a person.

export const TREDEN = [1, 2, 3, 4, 5, 6] as const;

export type Ladderstap = {
  inwonerId: string;
  /** The calendar day of the step (00:00 UTC). */
  datum: Date;
  trede: number;
  /** When it was recorded: orders two steps of one day. */
  vastgelegdOp: Date;
  /** The traject whose end this step records ("Na traject TW-…"). */
  toewijzingId: string | null;
  /** The oriëntatie whose advice this step records ("Na oriëntatie OR-…"). */
  orientatieId?: string | null;
};

export type Beweging = "omhoog" | "gelijk" | "omlaag";

export const beweging = (van: number, naar: number): Beweging => (naar > van ? "omhoog" : naar < van ? "omlaag" : "gelijk");

/** The steps per inwoner, oldest first. */
export function perInwoner(stappen: readonly Ladderstap[]): Map<string, Ladderstap[]> {
  const uit = new Map<string, Ladderstap[]>();
  for (const s of stappen) {
    const lijst = uit.get(s.inwonerId);
    if (lijst) lijst.push(s);
    else uit.set(s.inwonerId, [s]);
  }
  for (const lijst of uit.values())
    lijst.sort((a, b) => a.datum.getTime() - b.datum.getTime() || a.vastgelegdOp.getTime() - b.vastgelegdOp.getTime());
  return uit;
}

/** The trede on a day: the last step recorded on or before it; null before the first step. */
export function tredeOp(stappen: readonly Ladderstap[], dag: Date): number | null {
  let trede: number | null = null;
  for (const s of stappen) {
    if (s.datum.getTime() > dag.getTime()) break;
    trede = s.trede;
  }
  return trede;
}

/**
 * How many inwoners stand on each trede on a day (index 0 is trede 1). Only those still in the
 * program that day: an inwoner closed on or before it (`afgesloten`: inwonerId → day) is left out
 * (issue 21 item 25).
 */
export function tredenOp(histories: Map<string, Ladderstap[]>, dag: Date, afgesloten: ReadonlyMap<string, Date> = new Map()): number[] {
  const aantallen = TREDEN.map(() => 0);
  for (const [inwonerId, stappen] of histories) {
    const dicht = afgesloten.get(inwonerId);
    if (dicht && dicht.getTime() <= dag.getTime()) continue;
    const t = tredeOp(stappen, dag);
    if (t !== null && t >= 1 && t <= 6) aantallen[t - 1]!++;
  }
  return aantallen;
}

export type Jaarperiode = { jaar: number; van: Date; tot: Date };

export function jaarperiode(jaar: number): Jaarperiode {
  return { jaar, van: calendarDate(`${jaar}-01-01`), tot: calendarDate(`${jaar}-12-31`) };
}

export const binnen = (d: Date, p: { van: Date; tot: Date }) => d.getTime() >= p.van.getTime() && d.getTime() <= p.tot.getTime();

export type Doorstroom = {
  /** Inwoners with at least one step recorded in the period. */
  inwoners: number;
  omhoog: number;
  gelijk: number;
  omlaag: number;
  /** matrix[van - 1][naar - 1]: from the trede before the period to the trede at its end. */
  matrix: number[][];
};

/**
 * Movement in a period, for every inwoner with a step recorded in it: from the trede the day before
 * the period (or, for someone new, the first step in it) to the trede on its last day.
 */
export function doorstroomIn(histories: Map<string, Ladderstap[]>, p: { van: Date; tot: Date }): Doorstroom {
  const d: Doorstroom = { inwoners: 0, omhoog: 0, gelijk: 0, omlaag: 0, matrix: TREDEN.map(() => TREDEN.map(() => 0)) };
  const dagErvoor = addDays(p.van, -1);
  for (const stappen of histories.values()) {
    const eerste = stappen.find((s) => binnen(s.datum, p));
    if (!eerste) continue;
    const van = tredeOp(stappen, dagErvoor) ?? eerste.trede;
    const naar = tredeOp(stappen, p.tot)!;
    if (van < 1 || van > 6 || naar < 1 || naar > 6) continue;
    d.inwoners++;
    d[beweging(van, naar)]++;
    d.matrix[van - 1]![naar - 1]!++;
  }
  return d;
}

export type TrajectUitkomst = {
  groep: string;
  /** The trede when the traject began (the first period of a verlenging chain); null if unknown. */
  bijStart: number | null;
  /** The trede recorded after the traject. */
  na: number;
  /** R-EV-3 for an ontwikkeling product: did the eindverantwoording say the step was made? */
  stapGemaakt: boolean | null;
};

export type Groepsrij = {
  groep: string;
  aantal: number;
  omhoog: number;
  gelijk: number;
  omlaag: number;
  /** Trede at the start not known (no step before the traject began). */
  onbekend: number;
  stapGemaakt: number;
  stapNietGemaakt: number;
};

/** Trajects per product or aanbieder: how many ended higher, the same or lower on the ladder. */
export function perGroep(uitkomsten: readonly TrajectUitkomst[]): Groepsrij[] {
  const rijen = new Map<string, Groepsrij>();
  for (const u of uitkomsten) {
    let r = rijen.get(u.groep);
    if (!r) {
      r = { groep: u.groep, aantal: 0, omhoog: 0, gelijk: 0, omlaag: 0, onbekend: 0, stapGemaakt: 0, stapNietGemaakt: 0 };
      rijen.set(u.groep, r);
    }
    r.aantal++;
    if (u.bijStart === null) r.onbekend++;
    else r[beweging(u.bijStart, u.na)]++;
    if (u.stapGemaakt === true) r.stapGemaakt++;
    if (u.stapGemaakt === false) r.stapNietGemaakt++;
  }
  return [...rijen.values()].sort((a, b) => a.groep.localeCompare(b.groep, "nl"));
}
