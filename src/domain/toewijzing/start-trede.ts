import { opsomming, type Fout, type Waarschuwing } from "./bevinding";
import type { ProductRegels } from "./product";

// R-PRD-2: ontwikkeling naar trede N starts only on the treden in its start list (ProductStartTrede,
// a trede below N), oriëntatie on 2–4, begeleiding groep on 2. Also checked for a verlenging: the
// extension is a new period and must still fit the inwoner's trede as it is now (an inwoner who
// reached the goal needs a different product).
//
// The op-trede products are different (R-PRD-2 as updated, issue 11 defect 2): "op trede 3/4"
// describes the level of the werkplek, not a precondition on the inwoner. 000 §2.3 calls it common
// to combine ontwikkeling naar 3 (which starts on trede 2) with a werkplek op trede 3, so an
// inwoner on trede 2 must be able to get one. Their start list is not read; only an inwoner whose
// current trede is ABOVE the werkplek's level gets a warning (a step back is rarely the intent),
// never a refusal.

type Product = Pick<ProductRegels, "korteNaam" | "startTreden"> & Partial<Pick<ProductRegels, "categorie" | "doelTrede">>;

const isOpTrede = (p: Product) => p.categorie === "OP_TREDE";

/** R-PRD-2: may this product start for an inwoner on this trede? */
export function magStartenOpTrede(product: Product, trede: number): boolean {
  if (isOpTrede(product)) return true;
  return product.startTreden.includes(trede);
}

/**
 * R-PRD-2 as Fouten. `trede` null means the inwoner has no current trede recorded (R-LAD-3 says
 * every inwoner has one): that must be fixed first.
 */
export function controleerStartTrede(product: Product, trede: number | null): Fout[] {
  if (trede === null) {
    return [
      {
        regel: "R-LAD-3",
        melding: "Van deze inwoner is nog geen trede op de participatieladder vastgelegd. Leg eerst de huidige trede vast.",
      },
    ];
  }
  if (isOpTrede(product)) return [];
  if (product.startTreden.length === 0) {
    return [
      {
        regel: "R-PRD-2",
        veld: "productCode",
        melding: `Voor ${product.korteNaam} is niet vastgelegd op welke trede het kan starten. Neem contact op met de functioneel beheerder.`,
      },
    ];
  }
  if (magStartenOpTrede(product, trede)) return [];
  const treden = [...product.startTreden].sort((a, b) => a - b);
  const waar = treden.length === 1 ? `op trede ${treden[0]}` : `vanaf trede ${opsomming(treden)}`;
  return [
    {
      regel: "R-PRD-2",
      veld: "productCode",
      melding: `${product.korteNaam} kan alleen starten ${waar}; deze inwoner staat op trede ${trede}.`,
    },
  ];
}

/** R-PRD-2: a werkplek op trede below the inwoner's current trede is allowed, but said. */
export function tredeWaarschuwing(product: Product, trede: number | null): Waarschuwing | null {
  if (!isOpTrede(product) || trede === null || product.doelTrede == null || trede <= product.doelTrede) return null;
  return {
    regel: "R-PRD-2",
    melding: `Deze inwoner staat op trede ${trede}, hoger dan het niveau van de werkplek (trede ${product.doelTrede}). Dat mag, maar controleer of dit de bedoeling is.`,
  };
}
