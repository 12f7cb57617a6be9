import Link from "next/link";
import { formatAantal } from "@/domain/format";
import { leesOpenbaar } from "@/server/pipeline/pagina";
import { aantalGepubliceerd } from "@/server/werkplekken/statistiek";

export default async function Home() {
  const aantal = await leesOpenbaar(aantalGepubliceerd);
  return (
    <>
      <section className="mb-10 rounded-xl bg-[var(--kleur-vlak)] border border-rand-licht p-6 sm:p-10">
        <h1 className="text-3xl sm:text-4xl font-bold leading-tight mb-3">Aan de slag met begeleiding</h1>
        <p className="text-lg max-w-2xl mb-6">
          Apeldoorn Werkt Mee helpt inwoners van 18 jaar tot de pensioenleeftijd die (weer) willen meedoen. Je werkt onbetaald op een gewone
          werkplek, met begeleiding die bij jou past. Zo zet je een stap verder.
        </p>
        <form action="/werkplekken" method="get" role="search" aria-label="Snel zoeken" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="home-q" className="block font-bold mb-1">
              Wat wil je doen?
            </label>
            <input id="home-q" name="q" type="search" className="veld w-64" placeholder="Bijvoorbeeld tuin of koken" maxLength={100} />
          </div>
          <div>
            <label htmlFor="home-postcode" className="block font-bold mb-1">
              Jouw postcode
            </label>
            <input id="home-postcode" name="postcode" type="text" className="veld w-36" autoComplete="postal-code" maxLength={20} />
          </div>
          <button type="submit" className="knop">
            Zoek werkplekken
          </button>
        </form>
        <p className="mt-4">
          <Link href="/werkplekken">Bekijk alle {formatAantal(aantal)} werkplekken</Link>
        </p>
      </section>

      <div className="grid gap-6 md:grid-cols-3">
        <section className="rounded-lg bg-[var(--kleur-vlak)] border border-rand-licht p-5">
          <h2 className="text-xl font-bold mb-2">Hoe werkt het?</h2>
          <ol className="list-decimal pl-5 space-y-1">
            <li>Zoek een werkplek die je leuk vindt.</li>
            <li>Klik op &ldquo;Ik heb interesse&rdquo;.</li>
            <li>De gemeente neemt contact met je op.</li>
            <li>Samen kijken jullie wat bij je past.</li>
          </ol>
        </section>
        <section className="rounded-lg bg-[var(--kleur-vlak)] border border-rand-licht p-5">
          <h2 className="text-xl font-bold mb-2">De participatieladder</h2>
          <p className="mb-2">Waar sta je nu, en wat is je volgende stap? De ladder heeft zes treden.</p>
          <Link href="/participatieladder">Lees over de participatieladder</Link>
        </section>
        <section className="rounded-lg bg-[var(--kleur-vlak)] border border-rand-licht p-5">
          <h2 className="text-xl font-bold mb-2">Werkgever?</h2>
          <p className="mb-2">Bied een werkplek aan en help een inwoner op weg.</p>
          <Link href="/voor-werkgevers">Informatie voor werkgevers</Link>
        </section>
      </div>
    </>
  );
}
