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
  /** Only werkplekken with at least one free place. */
  vrij: boolean;
  pagina: number;
};

/** How many choices are made behind "Filters" (free places and the groups). */
export function filterAantal(p: Zoekparameters): number {
  return (
    (p.vrij ? 1 : 0) +
    p.branches.length +
    p.treden.length +
    p.ontwikkeling.length +
    p.ondersteuning.length +
    p.ontwikkelmogelijkheden.length
  );
}
