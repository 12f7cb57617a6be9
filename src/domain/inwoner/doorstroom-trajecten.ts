import { beweging, binnen, tredeOp, type Ladderstap, type TrajectUitkomst } from "./doorstroom";

// R-LAD-3, issue 21 items 24 and 26 (docs/decisions/0023, 0034): the trajecten and the oriëntaties
// in the doorstroom report. A verlenging chain is one traject: counted once, from the start of its
// first period to the trede recorded after its last period, with the last period's "stap gemaakt".

/** A toewijzing that was not withdrawn; `einde` is the stop date or else the end date. */
export type TrajectPeriode = {
  id: string;
  verlengingVanId: string | null;
  inwonerId: string;
  startdatum: Date;
  einde: Date;
  product: string;
  aanbieder: string;
  /** R-EV-3: the eindverantwoording's "stap gemaakt" (ontwikkeling), else null. */
  stapGemaakt: boolean | null;
};

export type Keten = { eerste: TrajectPeriode; laatste: TrajectPeriode; ids: Set<string> };

/** The chains: every period belongs to exactly one, from its first period along the verlengingen. */
export function ketens(perioden: readonly TrajectPeriode[]): Keten[] {
  const perId = new Map(perioden.map((p) => [p.id, p]));
  const vervolg = new Map<string, TrajectPeriode>();
  for (const p of perioden) if (p.verlengingVanId && perId.has(p.verlengingVanId)) vervolg.set(p.verlengingVanId, p);
  const uit: Keten[] = [];
  for (const eerste of perioden) {
    if (eerste.verlengingVanId && perId.has(eerste.verlengingVanId)) continue;
    const ids = new Set([eerste.id]);
    let laatste = eerste;
    for (let v = vervolg.get(laatste.id); v && !ids.has(v.id); v = vervolg.get(laatste.id)) {
      ids.add(v.id);
      laatste = v;
    }
    uit.push({ eerste, laatste, ids });
  }
  return uit;
}

export type Trajecten = {
  perProduct: TrajectUitkomst[];
  perAanbieder: TrajectUitkomst[];
  /** Chains whose last period ended in the period (up to today) with no trede after it. */
  zonderTrede: number;
};

/**
 * Each chain whose trede after its last period was recorded in the period (the latest such step
 * when there are several), against the trede when its first period began. Steps recorded after an
 * earlier period are an interim state, not the traject's outcome. A chain that ended without a
 * trede is work still to do, unless the inwoner has been closed since (`afgesloten` by `vandaag`).
 */
export function trajectenIn(
  perioden: readonly TrajectPeriode[],
  histories: ReadonlyMap<string, Ladderstap[]>,
  p: { van: Date; tot: Date },
  vandaag: Date,
  afgesloten: ReadonlyMap<string, Date> = new Map(),
): Trajecten {
  const uit: Trajecten = { perProduct: [], perAanbieder: [], zonderTrede: 0 };
  for (const k of ketens(perioden)) {
    const stappen = histories.get(k.laatste.inwonerId) ?? [];
    const na = stappen.filter((s) => s.toewijzingId === k.laatste.id).at(-1);
    if (!na) {
      const dicht = afgesloten.get(k.laatste.inwonerId);
      if (binnen(k.laatste.einde, p) && k.laatste.einde <= vandaag && !(dicht && dicht <= vandaag)) uit.zonderTrede++;
      continue;
    }
    if (!binnen(na.datum, p)) continue;
    const eerder = stappen.filter((s) => !s.toewijzingId || !k.ids.has(s.toewijzingId));
    const u = { bijStart: tredeOp(eerder, k.eerste.startdatum), na: na.trede, stapGemaakt: k.laatste.stapGemaakt };
    uit.perProduct.push({ ...u, groep: k.laatste.product });
    uit.perAanbieder.push({ ...u, groep: k.laatste.aanbieder });
  }
  return uit;
}

export type OrientatieRij = {
  id: string;
  inwonerId: string;
  startdatum: Date;
  /** The day of the advice (AFGEROND), or null. */
  adviesOp: Date | null;
  /** The day it was stopped early (GESTOPT), or null. */
  gestoptOp: Date | null;
};

export type Orientaties = {
  gestart: number;
  afgerond: number;
  gestopt: number;
  /** Running on the last day of the period. */
  lopend: number;
  /** Of the afgerond ones: the trede after it against the trede at its start. */
  omhoog: number;
  gelijk: number;
  omlaag: number;
  /** A trede after it, but none known at its start. */
  onbekend: number;
  /** Afgerond with an advice but no trede recorded after it. */
  zonderTrede: number;
};

/** Issue 21 item 26: the oriëntaties of a period and their outcome (ADR 0018: the trede after it). */
export function orientatiesIn(rijen: readonly OrientatieRij[], histories: ReadonlyMap<string, Ladderstap[]>, p: { van: Date; tot: Date }) {
  const o: Orientaties = { gestart: 0, afgerond: 0, gestopt: 0, lopend: 0, omhoog: 0, gelijk: 0, omlaag: 0, onbekend: 0, zonderTrede: 0 };
  for (const r of rijen) {
    if (binnen(r.startdatum, p)) o.gestart++;
    const einde = r.adviesOp ?? r.gestoptOp;
    if (r.startdatum <= p.tot && (!einde || einde > p.tot)) o.lopend++;
    if (r.gestoptOp && !r.adviesOp && binnen(r.gestoptOp, p)) o.gestopt++;
    if (!r.adviesOp || !binnen(r.adviesOp, p)) continue;
    o.afgerond++;
    const stappen = histories.get(r.inwonerId) ?? [];
    const na = stappen.filter((s) => s.orientatieId === r.id).at(-1);
    if (!na) {
      o.zonderTrede++;
      continue;
    }
    const bijStart = tredeOp(
      stappen.filter((s) => s.orientatieId !== r.id),
      r.startdatum,
    );
    if (bijStart === null) o.onbekend++;
    else o[beweging(bijStart, na.trede)]++;
  }
  return o;
}
