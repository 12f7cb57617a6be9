import type { ProductCategorie } from "./product";

// What the policy promises per product, in one place so the beschikking and the public pages say
// the same and no more (issue 11 defects 4 and 9).

/**
 * R-PRD-4: no eigen bijdrage for the werkplek op trede 3/4 (000 §2.3 I). The seeds say nothing for
 * the other products, so nothing is printed for them.
 */
export function geenEigenBijdrage(categorie: ProductCategorie): boolean {
  return categorie === "OP_TREDE";
}

/**
 * R-PRD-7: for ontwikkeling and op-trede ("Voor I en II") the aanbieder supports a portfolio and
 * gives light ADL support during the work when needed. Obligations of the product, so of every
 * Werkt Mee werkplek, not a search option some werkplekken offer.
 */
export const PLICHTEN_WERKT_MEE = [
  {
    naam: "Portfolio",
    tekst: "Je houdt een portfolio bij: je talenten, wat je weet en kunt, je taken en je certificaten. De aanbieder helpt je daarbij.",
  },
  {
    naam: "Lichte ADL-ondersteuning",
    tekst:
      "Heb je tijdens het werk hulp nodig bij dagelijkse dingen, zoals eten, drinken of naar het toilet gaan? Dan helpt de aanbieder je.",
  },
  { naam: "Jij hebt de regie", tekst: "Waar het kan, bepaal je zelf hoe je traject loopt." },
] as const;

/** R-PRD-7 applies to ontwikkeling and op-trede. */
export function heeftWerktMeePlichten(categorie: ProductCategorie): boolean {
  return categorie === "ONTWIKKELING" || categorie === "OP_TREDE";
}

/**
 * Search options that used to be offered for some werkplekken, but are obligations of every
 * product (R-PRD-7). They are no longer shown as a filter or a werkplek feature; an old URL with
 * such a parameter still works (the value is ignored with a friendly note).
 */
export const VERPLICHTE_MOGELIJKHEDEN: ReadonlySet<string> = new Set(["portfolio"]);
