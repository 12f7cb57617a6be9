// The parts of a Product (prisma/schema.prisma, seeded from prisma/data/referentie.ts) that the
// toewijzing rules read. Plain data: the server layer maps the Prisma row (with its
// ProductStartTrede rows as `startTreden`) onto this.

export type ProductCategorie = "ORIENTATIE" | "ONTWIKKELING" | "OP_TREDE" | "BEGELEIDING_GROEP";

export type ProductRegels = {
  code: string;
  /** Shown in messages: "Ontwikkeling naar trede 4". */
  korteNaam: string;
  soort: "ALGEMENE_VOORZIENING" | "MAATWERK";
  categorie: ProductCategorie;
  doelTrede: number | null;
  /** R-PRD-2: the treden an inwoner may start this product on. */
  startTreden: readonly number[];
  /** Fixed duration, or the maximum when `duurIsMaximum`; null: no limit in the rules. */
  duurMaanden: number | null;
  duurIsMaximum: boolean;
  verlenging: "GEEN" | "EENMALIG" | "HERHAALD";
  prijsEenheid: "PER_TRAJECT" | "PER_UUR" | "GEMEENTELIJK";
  iwmoCategorie: string | null;
  iwmoCode: string | null;
  iwmoEenheid: string | null;
  iwmoFrequentie: string | null;
  iwmoVolume: number | null;
};
