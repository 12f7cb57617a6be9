import { formatDatum } from "../format";
import type { Fout } from "./bevinding";
import { periodsOverlap } from "../kalender";
import type { ProductCategorie } from "./product";

// R-PRD-3: ontwikkeling and op-trede may run at the same time, also with different aanbieders;
// each has its own toewijzing. What is refused: two toewijzingen of the SAME kind (categorie) on
// the same day, whatever the aanbieder:
// - two ontwikkeltrajecten: an inwoner works towards one next trede at a time (ONTW_3 and ONTW_4
//   together contradict each other), and each traject is paid a fixed price;
// - two op-trede werkplekken: an inwoner is on one trede, and hours would be paid twice (R-DEC-3);
// - two oriëntaties, or two begeleiding groep profiles (the profiles exclude each other).
// Different kinds may overlap: ontwikkeling + op-trede (R-PRD-3), and oriëntatie or begeleiding
// groep next to them (the rules do not forbid it). Ingetrokken toewijzingen never count; a
// beëindigde counts up to its (actual) einddatum.

export type ToewijzingStatus = "TOEGEWEZEN" | "GESTART" | "BEEINDIGD" | "INGETROKKEN";

/** Another toewijzing of the same inwoner. */
export type BestaandeToewijzing = {
  productCode: string;
  productNaam: string;
  categorie: ProductCategorie;
  startdatum: Date;
  einddatum: Date;
  status: ToewijzingStatus;
  aanbiederId?: string;
};

type Nieuw = { categorie: ProductCategorie; startdatum: Date; einddatum: Date };

const EEN_TEGELIJK: Record<ProductCategorie, string> = {
  ONTWIKKELING: "Er kan maar één ontwikkeltraject tegelijk lopen.",
  OP_TREDE: "Er kan maar één werkplek op trede tegelijk lopen.",
  ORIENTATIE: "Er kan maar één oriëntatietraject tegelijk lopen.",
  BEGELEIDING_GROEP: "Er kan maar één vorm van begeleiding groep tegelijk lopen.",
};

/** R-PRD-3: the existing toewijzingen that the new one may not overlap with. */
export function overlappendeToewijzingen(nieuw: Nieuw, bestaande: readonly BestaandeToewijzing[]): BestaandeToewijzing[] {
  return bestaande.filter((b) => b.status !== "INGETROKKEN" && b.categorie === nieuw.categorie && periodsOverlap(nieuw, b));
}

/** R-PRD-3 as Fouten: one per conflicting toewijzing. */
export function controleerOverlap(nieuw: Nieuw, bestaande: readonly BestaandeToewijzing[]): Fout[] {
  return overlappendeToewijzingen(nieuw, bestaande).map((b) => ({
    regel: "R-PRD-3",
    veld: "startdatum",
    melding: `Deze inwoner heeft al een toewijzing voor ${b.productNaam} van ${formatDatum(b.startdatum)} tot en met ${formatDatum(b.einddatum)}. ${EEN_TEGELIJK[nieuw.categorie]}`,
  }));
}
