import { formatDatum } from "../format";
import type { Fout } from "./bevinding";
import type { ProductRegels } from "./product";

// Issue 11 defect 7: the werkplek named on a toewijzing must offer what the product is about. A
// werkplek says which levels it offers (Werkplek.biedtTrede3/4: a werkplek op trede 3 or 4) and
// towards which treden it develops (ontwikkelingNaar3/4/5). Ontwikkeling naar trede N needs a
// werkplek that offers ontwikkeling naar N; a werkplek op trede N needs a werkplek at level N.
// Oriëntatie and begeleiding groep say nothing about werkplekken: not checked.

export type WerkplekNiveaus = {
  titel: string;
  biedtTrede3: boolean;
  biedtTrede4: boolean;
  ontwikkelingNaar3: boolean;
  ontwikkelingNaar4: boolean;
  ontwikkelingNaar5: boolean;
};

type Product = Pick<ProductRegels, "korteNaam" | "categorie" | "doelTrede">;

function biedt(w: WerkplekNiveaus, product: Product): boolean | null {
  const n = product.doelTrede;
  if (product.categorie === "ONTWIKKELING") {
    if (n === 3) return w.ontwikkelingNaar3;
    if (n === 4) return w.ontwikkelingNaar4;
    if (n === 5) return w.ontwikkelingNaar5;
    return false;
  }
  if (product.categorie === "OP_TREDE") {
    if (n === 3) return w.biedtTrede3;
    if (n === 4) return w.biedtTrede4;
    return false;
  }
  return null;
}

function aanbod(w: WerkplekNiveaus): string {
  const delen = [
    ...(w.biedtTrede3 ? ["werkplek op trede 3"] : []),
    ...(w.biedtTrede4 ? ["werkplek op trede 4"] : []),
    ...([3, 4, 5] as const).filter((n) => w[`ontwikkelingNaar${n}`]).map((n) => `ontwikkeling naar trede ${n}`),
  ];
  return delen.length ? delen.join(", ") : "geen trede";
}

/** Defect 7: does the werkplek offer the product's level? No werkplek chosen: nothing to check. */
export function controleerWerkplekNiveau(product: Product, werkplek: WerkplekNiveaus | null | undefined): Fout[] {
  if (!werkplek) return [];
  if (biedt(werkplek, product) !== false) return [];
  return [
    {
      regel: "R-PRD-2",
      veld: "werkplekId",
      melding: `De werkplek "${werkplek.titel}" biedt geen ${product.korteNaam.toLowerCase()} (deze werkplek biedt: ${aanbod(werkplek)}). Kies een werkplek die dit biedt, of geen werkplek.`,
    },
  ];
}

/**
 * Issue 11 defect 8: the aanbieder must have a contract with the gemeente for the whole
 * toewijzing, from the start up to and including the last day. `contractTot` null: open-ended.
 */
export function controleerContract(
  aanbieder: { naam: string; contractVan: Date; contractTot: Date | null },
  periode: { startdatum: Date; einddatum: Date },
  veld: "aanbiederId" | "einddatum" = "aanbiederId",
): Fout[] {
  if (aanbieder.contractVan.getTime() > periode.startdatum.getTime()) {
    return [
      {
        regel: "R-TOE-3",
        veld,
        melding: `${aanbieder.naam} heeft pas een contract met de gemeente vanaf ${formatDatum(aanbieder.contractVan)}; de toewijzing begint eerder.`,
      },
    ];
  }
  if (aanbieder.contractTot && aanbieder.contractTot.getTime() < periode.einddatum.getTime()) {
    const melding =
      aanbieder.contractTot.getTime() < periode.startdatum.getTime()
        ? `${aanbieder.naam} heeft op de startdatum geen contract met de gemeente meer (het contract liep tot en met ${formatDatum(aanbieder.contractTot)}).`
        : `Het contract van ${aanbieder.naam} met de gemeente loopt tot en met ${formatDatum(aanbieder.contractTot)}; de toewijzing loopt tot en met ${formatDatum(periode.einddatum)}. Kies een einddatum binnen het contract.`;
    return [{ regel: "R-TOE-3", veld, melding }];
  }
  return [];
}
