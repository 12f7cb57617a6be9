import "server-only";
import { parsePostcode } from "@/domain/postcode";
import { PER_PAGINA, type Zoekparameters } from "@/domain/zoekparameters";
import { db } from "../db";
import { geocoder, type Locatie } from "../geo";
import { paginaQuery, telQuery, type Zoekvraag } from "./zoekquery";

export type Zoekresultaat = Awaited<ReturnType<typeof zoekWerkplekken>>;

const kaartjeVelden = {
  id: true, slug: true, titel: true, omschrijving: true, plaats: true, latitude: true, longitude: true,
  biedtTrede3: true, biedtTrede4: true, ontwikkelingNaar3: true, ontwikkelingNaar4: true, ontwikkelingNaar5: true,
  urenPerWeekMin: true, urenPerWeekMax: true, plaatsenBeschikbaar: true,
  aanbieder: { select: { naam: true } },
  branche: { select: { naam: true } },
} as const;

async function locatieVan(invoer: string): Promise<{ locatie: Locatie | null; postcodeFout: string | null }> {
  if (!invoer) return { locatie: null, postcodeFout: null };
  const r = parsePostcode(invoer);
  if (!r.ok) return { locatie: null, postcodeFout: r.melding };
  const locatie = await geocoder.zoek(r.postcode);
  if (!locatie) {
    return { locatie: null, postcodeFout: `We kennen postcode ${r.postcode.weergave} niet. Controleer de postcode of probeer een postcode in de buurt.` };
  }
  return { locatie, postcodeFout: null };
}

export async function zoekWerkplekken(p: Zoekparameters) {
  const { locatie, postcodeFout } = await locatieVan(p.postcode);
  const vraag: Zoekvraag = { ...p, centrum: locatie };

  const [{ aantal }] = await db.$queryRaw<{ aantal: bigint | number }[]>(telQuery(vraag)) as [{ aantal: bigint | number }];
  const totaal = Number(aantal);
  const aantalPaginas = Math.max(1, Math.ceil(totaal / PER_PAGINA));
  const paginaBestaat = p.pagina <= aantalPaginas;
  const pagina = paginaBestaat ? p.pagina : aantalPaginas;

  const rijen = await db.$queryRaw<{ id: string; afstand: number | null }[]>(paginaQuery(vraag, PER_PAGINA, (pagina - 1) * PER_PAGINA));
  const details = await db.werkplek.findMany({ where: { id: { in: rijen.map((r) => r.id) } }, select: kaartjeVelden });
  const perId = new Map(details.map((d) => [d.id, d]));
  const werkplekken = rijen.flatMap((r) => {
    const d = perId.get(r.id);
    return d ? [{ ...d, afstandKm: r.afstand === null ? null : Number(r.afstand) }] : [];
  });

  return { totaal, pagina, aantalPaginas, paginaBestaat, werkplekken, locatie, postcodeFout };
}
