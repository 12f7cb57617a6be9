import type { BrancheSlug, MogelijkheidSlug } from "./referentie";

/** A contracted aanbieder in the demo data (fictional organisation, real Apeldoorn-area place). */
export type DemoAanbieder = {
  slug: string;
  naam: string;
  /** 8 digits, fictional */
  kvkNummer: string;
  /** 8 digits, fictional */
  agbCode: string;
  website: string | null;
  omschrijving: string;
  contactNaam: string;
  contactEmail: string;
  contactTelefoon: string | null;
  /** ISO date */
  contractVan: string;
  contractTot: string | null;
};

/** A werkplek in the demo data. Coordinates come from the postcode's PC4 at seed time. */
export type DemoWerkplek = {
  slug: string;
  aanbieder: string; // DemoAanbieder.slug
  branche: BrancheSlug;
  titel: string;
  omschrijving: string;
  taken: string;
  begeleiding: string;
  straat: string;
  huisnummer: string;
  /** "7311 AB" style; its first four digits must exist in data/nl-pc4.csv */
  postcode: string;
  plaats: string;
  treden: (3 | 4)[];
  ontwikkelingNaar: (3 | 4 | 5)[];
  mogelijkheden: MogelijkheidSlug[];
  dagenEnTijden: string;
  urenPerWeekMin: number | null;
  urenPerWeekMax: number | null;
  plaatsenBeschikbaar: number;
  toegankelijkheid: string;
  /** Most are published; a few are concept/ingediend/afgewezen/gearchiveerd to show the statuses. */
  status: "CONCEPT" | "INGEDIEND" | "GEPUBLICEERD" | "AFGEWEZEN" | "GEARCHIVEERD";
};
