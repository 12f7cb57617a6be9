import type { Fout } from "./bevinding";
import type { ProductRegels } from "./product";

// R-TOE-3: an op-trede toewijzing has an extent in hours per week; R-IWMO: it is sent as volume +
// eenheid 04 (uur) + frequentie 2 (per week). iWmo volumes are whole numbers of their unit, so the
// hours are whole hours. The maximum of 40 is a full working week: unpaid work with support beyond
// that is not plausible and most likely a typo (e.g. a month's hours).

export const MAX_UREN_PER_WEEK = 40;

type Product = Pick<ProductRegels, "korteNaam" | "categorie">;

/** R-TOE-3: hours per week are required for op-trede (1–40 whole hours) and absent otherwise. */
export function controleerUrenPerWeek(product: Product, urenPerWeek: number | null | undefined): Fout[] {
  const heeftUren = urenPerWeek !== null && urenPerWeek !== undefined;
  if (product.categorie !== "OP_TREDE") {
    return heeftUren ? [fout(`Bij ${product.korteNaam} horen geen uren per week. Laat dit veld leeg.`)] : [];
  }
  if (!heeftUren) return [fout("Vul in hoeveel uur per week de inwoner op de werkplek werkt.")];
  if (!Number.isInteger(urenPerWeek)) return [fout("Vul een heel aantal uren per week in, bijvoorbeeld 12.")];
  if (urenPerWeek < 1 || urenPerWeek > MAX_UREN_PER_WEEK)
    return [fout(`Vul een aantal uren per week in van 1 tot en met ${MAX_UREN_PER_WEEK}.`)];
  return [];
}

/** The Omvang and Product of a WMO301 toewijzing bericht. */
export type IwmoToewijzing = {
  productcategorie: string;
  productcode: string;
  volume: number;
  /** 01 minuut, 04 uur, 82 stuks */
  eenheid: string;
  /** 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur */
  frequentie: string;
};

type IwmoProduct = Pick<ProductRegels, "iwmoCategorie" | "iwmoCode" | "iwmoEenheid" | "iwmoFrequentie" | "iwmoVolume"> &
  Partial<Pick<ProductRegels, "categorie">>;

/**
 * R-IWMO: what to record with the toewijzing for the WMO301 message. Output-based products use
 * their fixed volume (ontwikkeling: 1 stuk, totaal); op-trede uses the hours per week as volume.
 * Null when the product is not exchanged through iWmo (oriëntatie: no beschikking, no code) or
 * its mapping is incomplete (begeleiding groep has no eenheid yet): see `iwmoOntbreekt`.
 *
 * Issue 21 item 16: an ontwikkeling verlenging allocates 0 stuks. Its fixed price is paid once per
 * traject, on the first period (R-DEC-2; the declaratie rules refuse it on a verlenging): a unit
 * in the verlenging's 301 could never be declared. The 301 still gives the period (Volume 0 is
 * allowed by LDT_Volume).
 */
export function iwmoToewijzing(product: IwmoProduct, urenPerWeek?: number | null, o: { verlenging?: boolean } = {}): IwmoToewijzing | null {
  const { iwmoCategorie, iwmoCode, iwmoEenheid, iwmoFrequentie } = product;
  if (!iwmoCategorie || !iwmoCode || !iwmoEenheid || !iwmoFrequentie) return null;
  if (o.verlenging && product.categorie === "ONTWIKKELING") {
    return { productcategorie: iwmoCategorie, productcode: iwmoCode, volume: 0, eenheid: iwmoEenheid, frequentie: iwmoFrequentie };
  }
  const volume = product.iwmoVolume ?? urenPerWeek;
  if (volume === null || volume === undefined || !Number.isInteger(volume) || volume < 1) return null;
  return { productcategorie: iwmoCategorie, productcode: iwmoCode, volume, eenheid: iwmoEenheid, frequentie: iwmoFrequentie };
}

/** The toewijzing's iWmo columns for `iwmoToewijzing`'s outcome (all null when there is none). */
export function iwmoKolommen(iwmo: IwmoToewijzing | null) {
  return {
    iwmoCategorie: iwmo?.productcategorie ?? null,
    iwmoCode: iwmo?.productcode ?? null,
    iwmoEenheid: iwmo?.eenheid ?? null,
    iwmoFrequentie: iwmo?.frequentie ?? null,
    iwmoVolume: iwmo?.volume ?? null,
  };
}

/** R-IWMO: a maatwerk product must map onto a WMO301 message; a gap in the data is worth a warning. */
export function iwmoOntbreekt(product: IwmoProduct & Pick<ProductRegels, "soort">): boolean {
  return product.soort === "MAATWERK" && (!product.iwmoCategorie || !product.iwmoCode || !product.iwmoEenheid || !product.iwmoFrequentie);
}

function fout(melding: string): Fout {
  return { regel: "R-TOE-3", veld: "urenPerWeek", melding };
}
