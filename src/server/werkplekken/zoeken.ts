import "server-only";
import { parsePostcode } from "@/domain/postcode";
import { PER_PAGINA, zoekparametersSchema, type Zoekparameters } from "@/domain/zoekparameters";
import { db } from "../db";
import { geocoder, type Locatie } from "../geo";
import { defineQuery, type DataVan } from "../pipeline";
import { paginaQuery, telQuery, type Paginarij, type Zoekvraag } from "./intern/zoekquery";

// The public catalogue search (/werkplekken): open to anyone and the same for everyone, so it
// writes no audit record. The page parses the URL first (parseZoekparameters: a malformed value is
// dropped with a Dutch note, never an error page); the schema here checks what it hands over.

/**
 * One page of published werkplekken for these parameters, with the total and the location of the
 * postcode. Past the last page it gives the last one (`paginaBestaat` false).
 */
export const zoekWerkplekken = defineQuery({
  activiteit: "werkplekken-zoeken",
  bron: "/werkplekken",
  toegang: "publiek",
  schema: zoekparametersSchema,
  laad: ({ invoer }) => zoek(invoer),
});

export type Zoekresultaat = DataVan<typeof zoekWerkplekken>;

async function locatieVan(invoer: string): Promise<{ locatie: Locatie | null; postcodeFout: string | null }> {
  if (!invoer) return { locatie: null, postcodeFout: null };
  const r = parsePostcode(invoer);
  if (!r.ok) return { locatie: null, postcodeFout: r.melding };
  const locatie = await geocoder.zoek(r.postcode);
  if (!locatie) {
    return {
      locatie: null,
      postcodeFout: `We kennen postcode ${r.postcode.weergave} niet. Controleer de postcode of probeer een postcode in de buurt.`,
    };
  }
  return { locatie, postcodeFout: null };
}

async function zoek(p: Zoekparameters) {
  const { locatie, postcodeFout } = await locatieVan(p.postcode);
  const vraag: Zoekvraag = { ...p, centrum: locatie };

  let pagina = p.pagina;
  let rijen = await db.$queryRaw<Paginarij[]>(paginaQuery(vraag, PER_PAGINA, (pagina - 1) * PER_PAGINA));
  let totaal = rijen.length ? Number(rijen[0]!.totaal) : 0;
  // Past the last page the window count is not there: count, then show the last page.
  if (rijen.length === 0 && pagina > 1) {
    const [{ aantal }] = (await db.$queryRaw<{ aantal: bigint | number }[]>(telQuery(vraag))) as [{ aantal: bigint | number }];
    totaal = Number(aantal);
    pagina = Math.max(1, Math.ceil(totaal / PER_PAGINA));
    if (totaal > 0) rijen = await db.$queryRaw<Paginarij[]>(paginaQuery(vraag, PER_PAGINA, (pagina - 1) * PER_PAGINA));
  }
  const aantalPaginas = Math.max(1, Math.ceil(totaal / PER_PAGINA));
  const paginaBestaat = pagina === p.pagina;
  const werkplekken = rijen.map((r) => ({
    id: r.id,
    slug: r.slug,
    titel: r.titel,
    samenvatting: r.samenvatting,
    plaats: r.plaats,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    biedtTrede3: Boolean(r.biedtTrede3),
    biedtTrede4: Boolean(r.biedtTrede4),
    ontwikkelingNaar3: Boolean(r.ontwikkelingNaar3),
    ontwikkelingNaar4: Boolean(r.ontwikkelingNaar4),
    ontwikkelingNaar5: Boolean(r.ontwikkelingNaar5),
    plaatsenBeschikbaar: Number(r.plaatsenBeschikbaar),
    aanbieder: { naam: r.aanbiederNaam },
    branche: { naam: r.brancheNaam },
    afstandKm: r.afstand === null ? null : Number(r.afstand),
  }));

  return { totaal, pagina, aantalPaginas, paginaBestaat, werkplekken, locatie, postcodeFout };
}
