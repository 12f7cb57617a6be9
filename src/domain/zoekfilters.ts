// The catalogue's search parameters and choices, without the parsing (src/domain/zoekparameters.ts):
// the search form runs in the browser too and should not carry zod with it.

export const AFSTANDEN = [2, 5, 10, 25] as const;
export const STANDAARD_AFSTAND = 10;
export const TREDEN_WERKPLEK = [3, 4] as const;
export const ONTWIKKELING_NAAR = [3, 4, 5] as const;

export type Zoekparameters = {
  q: string;
  branches: string[];
  postcode: string;
  afstand: number;
  treden: number[];
  ontwikkeling: number[];
  ondersteuning: string[];
  ontwikkelmogelijkheden: string[];
  pagina: number;
};

/** How many choices are made in the filter groups (branche, trede, ontwikkeling, ondersteuning, ontwikkelmogelijkheden). */
export function filterAantal(p: Zoekparameters): number {
  return p.branches.length + p.treden.length + p.ontwikkeling.length + p.ondersteuning.length + p.ontwikkelmogelijkheden.length;
}
