import { normaliseer } from "./tekst";

/** The normalised text the catalogue's free-text search looks in. */
export function werkplekZoektekst(w: {
  titel: string;
  omschrijving: string;
  taken: string;
  plaats: string;
  brancheNaam: string;
  aanbiederNaam: string;
}): string {
  return normaliseer([w.titel, w.brancheNaam, w.aanbiederNaam, w.plaats, w.taken, w.omschrijving].join(" "));
}
