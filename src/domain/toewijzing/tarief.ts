import type { Waarschuwing } from "./bevinding";
import { assertCalendarDate } from "../kalender";
import type { ProductRegels } from "./product";

// R-TAR-1: tariffs per product per calendar year (cents, R-TAR-3). R-TAR-2: the tariff of the year
// of delivery applies, and a missing year is never replaced by 0 or by another year.
//
// At issue time:
// - a START year without a tariff is a warning (issue 21 item 20, ADR 0033): R-TAR-2 says a year
//   without a tariff blocks declarations, not the toewijzing; the inwoner should not wait for
//   beheer to enter next year's tariffs in early January. The toewijzing records no tariff then;
//   declaring looks the tariff up per year anyway (src/domain/declaratie/regels.ts);
// - op-trede (per hour) runs into later years whose hours are paid at those years' tariffs; a
//   later year without a tariff yet is a warning, because tariffs are set yearly and the next
//   year's is often not known when a two-year toewijzing is issued. It blocks declarations for
//   that year (R-TAR-2), not the toewijzing;
// - ontwikkeling (a fixed price per traject, declared once, R-DEC-2) is priced at the tariff of
//   the year the traject starts, so later years are not needed;
// - products priced by the municipality (oriëntatie, begeleiding groep) have no Werkt Mee tariff.

export type TariefRij = { productCode: string; jaar: number; bedragCent: number };

type Product = Pick<ProductRegels, "code" | "korteNaam" | "prijsEenheid">;

/** R-TAR-2: the tariff for a day of delivery, by its calendar year; null when none is set. */
export function tariefVoorDatum(tarieven: readonly TariefRij[], productCode: string, datum: Date): TariefRij | null {
  assertCalendarDate(datum);
  const jaar = datum.getUTCFullYear();
  return tarieven.find((t) => t.productCode === productCode && t.jaar === jaar) ?? null;
}

/** Does this product need a Werkt Mee tariff at all? */
export function heeftTariefNodig(product: Pick<ProductRegels, "prijsEenheid">): boolean {
  return product.prijsEenheid !== "GEMEENTELIJK";
}

export function geenTariefMelding(jaar: number, productNaam: string): string {
  return `Voor ${jaar} is nog geen tarief vastgesteld voor ${productNaam}.`;
}

/** R-TAR-2: a start year without a tariff is issued with a warning; declaring waits for the tariff. */
export function controleerTarief(product: Product, startdatum: Date, tarieven: readonly TariefRij[]): Waarschuwing[] {
  if (!heeftTariefNodig(product) || tariefVoorDatum(tarieven, product.code, startdatum)) return [];
  const jaar = startdatum.getUTCFullYear();
  const wat =
    product.prijsEenheid === "PER_UUR"
      ? `Uren die in ${jaar} gewerkt worden, kunnen pas gedeclareerd worden als dat tarief er is.`
      : "De vaste prijs kan pas gedeclareerd worden als dat tarief er is.";
  return [{ regel: "R-TAR-2", melding: `${geenTariefMelding(jaar, product.korteNaam)} ${wat}` }];
}

/** R-TAR-2: later years of an hourly toewijzing that have no tariff yet (ascending). */
export function ontbrekendeTariefjaren(product: Product, startdatum: Date, einddatum: Date, tarieven: readonly TariefRij[]): number[] {
  if (product.prijsEenheid !== "PER_UUR") return [];
  const jaren: number[] = [];
  for (let jaar = startdatum.getUTCFullYear() + 1; jaar <= einddatum.getUTCFullYear(); jaar++) {
    if (!tarieven.some((t) => t.productCode === product.code && t.jaar === jaar)) jaren.push(jaar);
  }
  return jaren;
}

/** R-TAR-2 as Waarschuwingen, one per later year without a tariff. */
export function tariefWaarschuwingen(product: Product, startdatum: Date, einddatum: Date, tarieven: readonly TariefRij[]): Waarschuwing[] {
  return ontbrekendeTariefjaren(product, startdatum, einddatum, tarieven).map((jaar) => ({
    regel: "R-TAR-2",
    melding: `${geenTariefMelding(jaar, product.korteNaam)} Uren die in ${jaar} gewerkt worden, kunnen pas gedeclareerd worden als dat tarief er is.`,
  }));
}
