import type { Metadata } from "next";
import Link from "next/link";
import { afstandKm, formatAfstand } from "@/domain/afstand";
import { begeleidingsvormen, ontwikkelingDoelen, ontwikkelingUitleg } from "@/domain/begeleiding";
import { formatDatum } from "@/domain/format";
import { parsePostcode } from "@/domain/postcode";
import { vrijePlekkenTekst } from "@/domain/vrije-plekken";
import { geocoder } from "@/server/geo";
import { Kaart } from "@/components/catalogus/kaart";
import { env } from "@/server/env";
import { leesOpenbaar, leesOpenbaarOf } from "@/server/pipeline/pagina";
import { gepubliceerdeWerkplek, werkplekkenInDeBuurt } from "@/server/werkplekken/detail";
import { interesseAction } from "./interesse/actions";
import { InteresseFormulier } from "./interesse/interesse-formulier";
import { PLICHTEN_WERKT_MEE, VERPLICHTE_MOGELIJKHEDEN } from "@/domain/toewijzing/product-plichten";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const w = await leesOpenbaarOf(gepubliceerdeWerkplek, null, { slug: (await params).slug });
  return { title: w ? `${w.titel} in ${w.plaats}` : "Werkplek niet gevonden" };
}

function Blok({ titel, children }: { titel: string; children: React.ReactNode }) {
  return (
    <section className="mb-8">
      <h2 className="text-xl font-bold mb-2">{titel}</h2>
      {children}
    </section>
  );
}

/** The development or support options of a werkplek, named and explained; nothing when there are none. */
function Mogelijkheden({ titel, opties }: { titel: string; opties: { slug: string; naam: string; omschrijving: string }[] }) {
  if (opties.length === 0) return null;
  return (
    <Blok titel={titel}>
      <ul className="list-disc pl-6 space-y-1">
        {opties.map((o) => (
          <li key={o.slug}>
            <strong>{o.naam}.</strong> {o.omschrijving}
          </li>
        ))}
      </ul>
    </Blok>
  );
}

function uren(min: number | null, max: number | null): string | null {
  if (min && max) return min === max ? `${min} uur per week` : `${min} tot ${max} uur per week`;
  if (max) return `tot ${max} uur per week`;
  if (min) return `vanaf ${min} uur per week`;
  return null;
}

export default async function WerkplekPagina({ params, searchParams }: Props) {
  // An unknown or unpublished slug: the 404 page.
  const w = await leesOpenbaar(gepubliceerdeWerkplek, { slug: (await params).slug });
  const vanaf = (await searchParams).postcode;
  const postcode = typeof vanaf === "string" ? parsePostcode(vanaf) : null;
  const locatie = postcode?.ok ? await geocoder.zoek(postcode.postcode) : null;
  const afstand = locatie ? afstandKm(locatie, w) : null;
  const taken = w.taken
    .split(/\r?\n/)
    .map((t) => t.replace(/^\s*[-•]\s*/, "").trim())
    .filter(Boolean);
  // R-PRD-7 (issue 11 defect 9): the portfolio is an obligation of every product, said once below.
  const opties = w.mogelijkheden
    .map((m) => m.mogelijkheid)
    .filter((m) => !VERPLICHTE_MOGELIJKHEDEN.has(m.slug))
    .sort((a, b) => a.volgorde - b.volgorde);
  const urenTekst = uren(w.urenPerWeekMin, w.urenPerWeekMax);

  const buurt = await leesOpenbaar(werkplekkenInDeBuurt, w);
  const adres = `${w.straat} ${w.huisnummer}, ${w.postcode.replace(/^(\d{4})([A-Z]{2})$/, "$1 $2")} ${w.plaats}`;
  const treden = [w.biedtTrede3 && "trede 3", w.biedtTrede4 && "trede 4"].filter(Boolean).join(" en ");
  const ontwikkeling = ontwikkelingDoelen(w);
  const vrij =
    w.plaatsenBeschikbaar === 0
      ? `${vrijePlekkenTekst(0)} (bijgewerkt op ${formatDatum(w.plaatsenBijgewerktOp ?? w.updatedAt)})`
      : vrijePlekkenTekst(w.plaatsenBeschikbaar);
  // The facts an inwoner compares, in one panel; a fact this werkplek does not have is left out.
  const feiten = (
    [
      ["Werkplek op", treden],
      ["Ontwikkelen naar", ontwikkeling.map((n) => `trede ${n}`).join(", ")],
      [
        "Begeleiding",
        begeleidingsvormen(w)
          .map((b) => b.kort)
          .join("; "),
      ],
      ["Dagen en tijden", w.dagenEnTijden],
      ["Uren", urenTekst],
      ["Vrije plekken", vrij],
      ["Afstand", afstand !== null && postcode?.ok ? `${formatAfstand(afstand)} van ${postcode.postcode.weergave}` : null],
      ["Plaats", w.plaats],
    ] as [string, string | null][]
  ).filter((f): f is [string, string] => Boolean(f[1]));
  const [eersteFoto, ...andereFotos] = w.fotos;

  return (
    <>
      <p className="mb-4 niet-printen">
        <Link href="/werkplekken">Terug naar alle werkplekken</Link>
      </p>
      <article>
        <h1 className="text-2xl sm:text-3xl font-bold leading-tight mb-2">{w.titel}</h1>
        <p className="text-lg text-tekst-zacht mb-4">
          {w.aanbieder.naam} · {w.plaats}
        </p>
        {eersteFoto && (
          <div className="mb-6 grid gap-3 sm:grid-cols-[2fr_1fr] max-w-5xl">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own resized file, served by /fotos */}
            <img
              src={`/fotos/${eersteFoto.foto.bestand}`}
              alt={eersteFoto.altTekst}
              width={eersteFoto.foto.breedte}
              height={eersteFoto.foto.hoogte}
              className="h-auto w-full rounded-lg"
              fetchPriority="high"
            />
            {andereFotos.length > 0 && (
              <div className="grid gap-3 grid-cols-2 sm:grid-cols-1 content-start">
                {andereFotos.map((f) => (
                  // eslint-disable-next-line @next/next/no-img-element -- our own resized file, served by /fotos
                  <img
                    key={f.foto.bestand}
                    src={`/fotos/${f.foto.bestand}`}
                    alt={f.altTekst}
                    width={f.foto.breedte}
                    height={f.foto.hoogte}
                    className="h-auto w-full rounded-lg"
                    loading="lazy"
                  />
                ))}
              </div>
            )}
          </div>
        )}
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <aside aria-labelledby="in-het-kort" className="lg:col-start-2 lg:row-start-1">
            <div className="feiten">
              <h2 id="in-het-kort" className="text-xl font-bold mb-2">
                In het kort
              </h2>
              <dl>
                {feiten.map(([term, waarde]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{waarde}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-4">
                <a href="#interesse" className="knop w-full justify-center niet-printen">
                  Ik heb interesse
                </a>
              </p>
            </div>
            <div className="mt-6">
              <Kaart
                punten={[{ slug: w.slug, titel: w.titel, plaats: w.plaats, latitude: w.latitude, longitude: w.longitude }]}
                centrum={null}
                tegelUrl={env.MAP_TILE_URL}
                tegelBron={env.MAP_TILE_ATTRIBUTION}
                titel="Waar is het?"
                uitleg={adres}
                klein
              />
            </div>
          </aside>
          <div className="max-w-3xl lg:col-start-1 lg:row-start-1">
            <Blok titel="Over deze werkplek">
              <p className="whitespace-pre-line">{w.omschrijving}</p>
            </Blok>
            <Blok titel="Wat ga je doen?">
              <ul className="list-disc pl-6 space-y-1">
                {taken.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </Blok>
            <Blok titel="Branche">
              <p>{w.branche.naam}</p>
            </Blok>
            <Blok titel="Trede en ontwikkeling">
              {(w.biedtTrede3 || w.biedtTrede4) && (
                <p className="mb-2">
                  Deze werkplek is er voor {[w.biedtTrede3 && "trede 3", w.biedtTrede4 && "trede 4"].filter(Boolean).join(" en ")} van de{" "}
                  <Link href="/participatieladder">participatieladder</Link>.
                </p>
              )}
              {ontwikkelingDoelen(w).length > 0 && (
                <>
                  <p className="mb-1">Je kunt hier ook een ontwikkeltraject volgen van zes maanden:</p>
                  <ul className="list-disc pl-6 space-y-1">
                    {ontwikkelingDoelen(w).map((n) => (
                      <li key={n}>{ontwikkelingUitleg[n]}</li>
                    ))}
                  </ul>
                </>
              )}
            </Blok>
            <Blok titel="Begeleiding">
              <ul className="list-disc pl-6 space-y-1 mb-2">
                {begeleidingsvormen(w).map((b) => (
                  <li key={b.trede}>{b.tekst}</li>
                ))}
              </ul>
              <p>{w.begeleiding}</p>
            </Blok>
            <Mogelijkheden titel="Wat kun je hier leren?" opties={opties.filter((o) => o.soort === "ONTWIKKELING")} />
            <Mogelijkheden titel="Welke ondersteuning is er?" opties={opties.filter((o) => o.soort === "ONDERSTEUNING")} />
            <Blok titel="Bij elke Werkt Mee-werkplek">
              <p className="mb-2">Dit hoort bij elk traject van Werkt Mee, ook bij deze werkplek:</p>
              <ul className="list-disc pl-6 space-y-1">
                {PLICHTEN_WERKT_MEE.map((p) => (
                  <li key={p.naam}>
                    <strong>{p.naam}.</strong> {p.tekst}
                  </li>
                ))}
              </ul>
            </Blok>
            <Blok titel="Dagen en tijden">
              <p>{w.dagenEnTijden}</p>
              {urenTekst && <p>Je werkt {urenTekst}.</p>}
              <p>
                {w.plaatsenBeschikbaar === 0
                  ? "Er is nu geen plek vrij. Je kunt wel laten weten dat je interesse hebt: de gemeente kijkt dan met je naar een plek die vrijkomt of een werkplek die erop lijkt."
                  : w.plaatsenBeschikbaar === 1
                    ? "Er is 1 plek vrij."
                    : `Er zijn ${w.plaatsenBeschikbaar} plekken vrij.`}
              </p>
            </Blok>
            <Blok titel="Adres en toegankelijkheid">
              <p>
                {w.straat} {w.huisnummer}
                <br />
                {w.postcode.replace(/^(\d{4})([A-Z]{2})$/, "$1 $2")} {w.plaats}
              </p>
              <p className="mt-2">{w.toegankelijkheid}</p>
            </Blok>
            <Blok titel={`Over ${w.aanbieder.naam}`}>
              <p>{w.aanbieder.omschrijving}</p>
              {w.aanbieder.website && (
                <p className="mt-2">
                  <a href={w.aanbieder.website} rel="noopener noreferrer">
                    Website van {w.aanbieder.naam}
                  </a>
                </p>
              )}
            </Blok>

            <section
              id="interesse"
              aria-labelledby="interesse-titel"
              className="mt-10 rounded-lg border-2 border-accent bg-[var(--kleur-vlak)] p-5 niet-printen"
            >
              <h2 id="interesse-titel" className="text-2xl font-bold mb-2">
                Ik heb interesse
              </h2>
              <p className="mb-4">
                Je aanmelding gaat naar de gemeente Apeldoorn, niet naar de werkgever. Een medewerker neemt binnen 5 werkdagen contact met
                je op en kijkt samen met jou of deze werkplek bij je past.
              </p>
              <InteresseFormulier actie={interesseAction.bind(null, w.slug)} postcode={postcode?.ok ? postcode.postcode.weergave : ""} />
            </section>
          </div>
        </div>
        {buurt.length > 0 && (
          <section aria-labelledby="in-de-buurt" className="mt-10 niet-printen">
            <h2 id="in-de-buurt" className="text-xl font-bold mb-3">
              Meer werkplekken in de buurt
            </h2>
            <ul className="grid gap-3 sm:grid-cols-3">
              {buurt.map((b) => (
                <li key={b.slug} className="kaartje">
                  <Link href={`/werkplekken/${b.slug}`} className="font-bold">
                    {b.titel}
                  </Link>
                  <p className="text-tekst-zacht">
                    {b.plaats} · {formatAfstand(b.afstandKm)} hiervandaan
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </>
  );
}
