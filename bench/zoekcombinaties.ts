import { Pc4Geocoder } from "../src/server/geo/pc4-geocoder";
import { afstandKm } from "../src/domain/afstand";
import { branches, mogelijkheden } from "../prisma/data/referentie";

// At least 200 different searches (postcode + afstand + two filters), deterministic, so neither
// a URL cache nor the database page cache can carry the figure on one hot query.
const APELDOORN = { latitude: 52.2112, longitude: 5.9699 };

export type Combinatie = {
  postcode: string;
  afstand: number;
  branche: string;
  filter: { naam: "trede" | "ondersteuning"; waarde: string };
};

export function zoekcombinaties(aantal = 240): Combinatie[] {
  const postcodes = [...new Pc4Geocoder("data/nl-pc4.csv").alle().entries()]
    .filter(([, l]) => afstandKm(APELDOORN, l) <= 30)
    .map(([pc4]) => pc4);
  const afstanden = [2, 5, 10, 25];
  const ondersteuning = mogelijkheden.filter((m) => m.soort === "ONDERSTEUNING").map((m) => m.slug);
  const uit: Combinatie[] = [];
  for (let i = 0; uit.length < aantal; i++) {
    uit.push({
      postcode: postcodes[(i * 7) % postcodes.length]!,
      afstand: afstanden[i % afstanden.length]!,
      branche: branches[(i * 5) % branches.length]!.slug,
      filter:
        i % 2 === 0
          ? { naam: "trede", waarde: String(3 + ((i >> 1) % 2)) }
          : { naam: "ondersteuning", waarde: ondersteuning[i % ondersteuning.length]! },
    });
  }
  return uit;
}

export function alsUrl(c: Combinatie): string {
  const u = new URLSearchParams({ postcode: c.postcode, afstand: String(c.afstand), branche: c.branche, [c.filter.naam]: c.filter.waarde });
  return `/werkplekken?${u}`;
}
