import { opsomming, type Fout } from "./bevinding";
import type { ProductRegels } from "./product";

// R-PRD-2: a product starts only on the treden in its start list (ProductStartTrede): ontwikkeling
// naar trede N from a trede below N, op-trede on that trede, oriëntatie on 2–4, begeleiding groep
// on 2. Also checked for a verlenging: the extension is a new period and must still fit the
// inwoner's trede as it is now (an inwoner who reached the goal needs a different product).

type Product = Pick<ProductRegels, "korteNaam" | "startTreden">;

/** R-PRD-2: may this product start for an inwoner on this trede? */
export function magStartenOpTrede(product: Product, trede: number): boolean {
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
