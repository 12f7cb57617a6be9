import "server-only";
import { db } from "../../db";
import { jaartotalen, maandtotalen } from "./queries";

// The totals behind the gemeente's overviews and their CSV exports (issue 12), for a caller that
// was already checked (../overzichten.ts, ../export.ts).

export const STATUSSEN = ["INGEDIEND", "GOEDGEKEURD", "AFGEWEZEN", "BETAALD"] as const;
type Totaal = Record<(typeof STATUSSEN)[number], number>;
const leeg = (): Totaal => ({ INGEDIEND: 0, GOEDGEKEURD: 0, AFGEWEZEN: 0, BETAALD: 0 });

/** Totals per aanbieder for one month, per status (cents). */
export async function totalenPerAanbieder(maand: string) {
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
export async function totalenPerProduct(jaar: number) {
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
