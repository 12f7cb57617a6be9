import type { Metadata } from "next";
import Link from "next/link";
import { ActieveFilters } from "@/components/catalogus/actieve-filters";
import { Kaart } from "@/components/catalogus/kaart";
import { tredeLabels } from "@/components/catalogus/trede-labels";
import { WerkplekKaartje, type Kaartje } from "@/components/catalogus/werkplek-kaartje";
import { Zoekformulier } from "@/components/catalogus/zoekformulier";
import { Paginering } from "@/components/ui/paginering";
import { meervoud } from "@/domain/format";
import { heeftFilters, parseZoekparameters, zoekQuery, type RuweParameters } from "@/domain/zoekparameters";
import { env } from "@/server/env";
import { leesOpenbaar } from "@/server/pipeline/pagina";
import { bekendeSlugs, referentie } from "@/server/referentie";
import { zoekWerkplekken, type Zoekresultaat } from "@/server/werkplekken/zoeken";

export const metadata: Metadata = {
  title: "Werkplekken zoeken",
  description: "Zoek een werkplek met begeleiding bij jou in de buurt, op branche, trede en ondersteuning.",
};

const kort = (t: string) => (t.length > 180 ? `${t.slice(0, 177).trimEnd()}…` : t);

function kaartje(w: Zoekresultaat["werkplekken"][number]): Kaartje {
  return {
    slug: w.slug,
    titel: w.titel,
    samenvatting: kort(w.samenvatting),
    bij: `${w.aanbieder.naam} · ${w.plaats}`,
    kenmerken: [w.branche.naam, ...tredeLabels(w), ...(w.plaatsenBeschikbaar === 0 ? ["Nu geen plek vrij"] : [])],
    afstandKm: w.afstandKm,
  };
}

export default async function WerkplekkenPagina({ searchParams }: { searchParams: Promise<RuweParameters> }) {
  const ref_ = await referentie();
  const { parameters: p, meldingen } = parseZoekparameters(await searchParams, bekendeSlugs(ref_));
  const r = await leesOpenbaar(zoekWerkplekken, p);
  // An unknown postcode does not filter: say so plainly instead of a "binnen 5 km" chip.
  const zonderAfstand =
    p.postcode && !r.locatie ? "De afstand is niet gebruikt, want we konden je postcode niet vinden. Je ziet nu werkplekken overal." : null;
  const alleMeldingen = [
    ...meldingen,
    ...(zonderAfstand ? [zonderAfstand] : []),
    ...(r.paginaBestaat ? [] : [`Pagina ${p.pagina} bestaat niet; je ziet de laatste pagina.`]),
  ];
  const optie = (l: { slug: string; naam: string }[]) => l.map((x) => ({ waarde: x.slug, label: x.naam }));
  const keuzes = {
    branches: optie(ref_.branches),
    ondersteuning: optie(ref_.ondersteuning),
    ontwikkelmogelijkheden: optie(ref_.ontwikkelmogelijkheden),
  };

  return (
    <>
      <h1 className="text-2xl sm:text-3xl font-bold mb-2">Werkplekken zoeken</h1>
      <p className="mb-3 max-w-3xl">Onbetaald werk met begeleiding, bij jou in de buurt.</p>
      <div className="grid gap-4 lg:gap-6 lg:grid-cols-[20rem_1fr]">
        <div>
          <Zoekformulier p={p} keuzes={keuzes} postcodeFout={r.postcodeFout} totaal={r.totaal} />
        </div>
        <div>
          {alleMeldingen.length > 0 && (
            <div role="status" className="mb-4 rounded-lg border-2 border-[var(--kleur-rand)] bg-let-op-licht p-3">
              <ul>
                {alleMeldingen.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <ActieveFilters p={p} referentie={ref_} afstandGebruikt={Boolean(r.locatie)} />
          <h2 className="text-xl sm:text-2xl font-bold mb-3 scroll-mt-4 focus:outline-none" id="resultaten" tabIndex={-1}>
            {r.totaal === 0 ? "Geen werkplekken gevonden" : `${meervoud(r.totaal, "werkplek", "werkplekken")} gevonden`}
          </h2>
          {r.locatie && r.totaal > 0 && (
            <p className="mb-3 text-tekst-zacht">
              Gesorteerd op afstand vanaf {p.postcode.toUpperCase()} ({r.locatie.plaats}).
            </p>
          )}
          {r.totaal === 0 ? (
            <div className="rounded-lg bg-[var(--kleur-vlak)] border border-rand-licht p-4">
              <p className="mb-2">Er zijn geen werkplekken die bij al je keuzes passen. Je kunt:</p>
              <ul className="list-disc pl-6 space-y-1">
                {r.locatie && p.afstand < 25 && <li>een grotere afstand kiezen;</li>}
                {heeftFilters(p) && <li>een of meer filters weghalen;</li>}
                <li>
                  <Link href="/werkplekken">alle werkplekken bekijken</Link>;
                </li>
                <li>
                  contact opnemen met het Centrum Apeldoorn Werkt Mee via{" "}
                  <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
                </li>
              </ul>
            </div>
          ) : (
            <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
              <div>
                <ol className="space-y-4" aria-labelledby="resultaten">
                  {r.werkplekken.map((w) => (
                    <li key={w.slug}>
                      <WerkplekKaartje w={kaartje(w)} />
                    </li>
                  ))}
                </ol>
                <Paginering
                  pagina={r.pagina}
                  aantalPaginas={r.aantalPaginas}
                  href={(n) => `/werkplekken${zoekQuery({ ...p, pagina: n })}`}
                />
              </div>
              <div>
                <Kaart
                  punten={r.werkplekken.map(({ slug, titel, plaats, latitude, longitude }) => ({
                    slug,
                    titel,
                    plaats,
                    latitude,
                    longitude,
                  }))}
                  centrum={r.locatie ? { latitude: r.locatie.latitude, longitude: r.locatie.longitude } : null}
                  tegelUrl={env.MAP_TILE_URL}
                  tegelBron={env.MAP_TILE_ATTRIBUTION}
                />
              </div>
            </div>
          )}
          <p className="mt-8 text-sm text-tekst-zacht">
            Afstanden zijn hemelsbreed, gemeten vanaf het midden van het postcodegebied (4 cijfers). Postcodegegevens:{" "}
            <a href="https://www.geonames.org/">GeoNames</a>, licentie{" "}
            <a href="https://creativecommons.org/licenses/by/4.0/deed.nl">CC BY 4.0</a>.
          </p>
        </div>
      </div>
    </>
  );
}
