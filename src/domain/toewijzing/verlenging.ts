import { formatDatum } from "../format";
import type { Fout } from "./bevinding";
import { addDays } from "./calendar-date";
import type { ProductRegels } from "./product";

// R-TOE-4: a verlenging is a new period linked to the earlier ones of the same product for the
// same inwoner. Ontwikkeling may be extended once (000 §2.3: "kan indien nodig een keer worden
// verlengd"), op-trede repeatedly, oriëntatie not at all (RULES gives it no extension).
//
// A verlenging starts exactly on the day after the previous period ends: it continues the same
// traject, so a gap would leave days without a toewijzing and an overlap would pay twice. When
// there is a gap, it is a new toewijzing (a new indication), not a verlenging.

/** One earlier period in the chain (the first toewijzing and any extensions so far). */
export type EerderePeriode = { productCode: string; startdatum: Date; einddatum: Date };

type Product = Pick<ProductRegels, "code" | "korteNaam" | "verlenging" | "categorie">;

/** 0 for a first toewijzing, 1 for the first verlenging, and so on. */
export function verlengingsnummer(keten: readonly EerderePeriode[]): number {
  return keten.length;
}

/** R-TOE-4: the start date of the next period: the day after the latest end in the chain. */
export function startVerlenging(keten: readonly EerderePeriode[]): Date {
  if (keten.length === 0) throw new Error("A verlenging needs at least one earlier period");
  const laatsteEinde = Math.max(...keten.map((p) => p.einddatum.getTime()));
  return addDays(new Date(laatsteEinde), 1);
}

/** R-TOE-4: may this product get one more period after this chain? */
export function magVerlengen(product: Pick<Product, "verlenging">, keten: readonly EerderePeriode[]): boolean {
  if (product.verlenging === "HERHAALD") return true;
  if (product.verlenging === "EENMALIG") return keten.length === 1;
  return false;
}

/** R-TOE-4 as Fouten; an empty chain is a first toewijzing and always passes. */
export function controleerVerlenging(product: Product, keten: readonly EerderePeriode[], startdatum: Date): Fout[] {
  if (keten.length === 0) return [];
  if (keten.some((p) => p.productCode !== product.code)) {
    return [
      {
        regel: "R-TOE-4",
        veld: "productCode",
        melding: `Een verlenging is voor hetzelfde product als de vorige periode. Kies ${product.korteNaam} niet als verlenging van een ander product; geef dan een nieuwe toewijzing af.`,
      },
    ];
  }
  if (!magVerlengen(product, keten)) {
    const melding =
      product.verlenging === "EENMALIG"
        ? `${product.korteNaam} is al een keer verlengd. Een ${product.categorie === "ONTWIKKELING" ? "ontwikkeltraject" : "toewijzing van dit product"} kan maar één keer worden verlengd.`
        : `${product.korteNaam} kan niet worden verlengd.`;
    return [{ regel: "R-TOE-4", veld: "productCode", melding }];
  }
  const verwacht = startVerlenging(keten);
  if (startdatum.getTime() !== verwacht.getTime()) {
    return [
      {
        regel: "R-TOE-4",
        veld: "startdatum",
        melding: `Een verlenging begint op de dag na het einde van de vorige periode. Die eindigt op ${formatDatum(addDays(verwacht, -1))}, dus de startdatum is ${formatDatum(verwacht)}.`,
      },
    ];
  }
  return [];
}
