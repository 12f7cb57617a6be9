import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { mag } from "@/domain/permissies";
import { vereisGebruiker } from "@/server/auth/sessie";
import { zoekInwoners } from "@/server/inwoners/inwoners";

export const metadata: Metadata = { title: "Inwoners" };

export default async function Inwoners({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const g = await vereisGebruiker("inwoner:lezen");
  const zoek = await searchParams;
  const q = typeof zoek.q === "string" ? zoek.q.slice(0, 100) : "";
  const mijn = zoek.mijn === "ja";
  const gezocht = q.trim() !== "" || mijn;
  const r = gezocht ? await zoekInwoners(g, q, "/gemeente/inwoners", mijn) : { regels: [], melding: null };
  return (
    <article className="inhoud !max-w-5xl">
      <h1>Inwoners</h1>
      {mag(g.rol, "inwoner:registreren") && <p><Link href="/gemeente/inwoners/nieuw">Inwoner registreren</Link></p>}
      <form method="get" action="/gemeente/inwoners" className="mb-6 max-w-xl" role="search" aria-label="Inwoners zoeken">
        <label htmlFor="q" className="block font-bold mb-1">Zoek op naam, geboortedatum of BSN</label>
        <p id="q-uitleg" className="text-sm text-tekst-zacht mb-1">Bijvoorbeeld: Jansen, 15-03-1990 of 123456782.</p>
        <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-uitleg" className="veld mb-2" autoComplete="off" />
        <div className="flex items-center gap-2 mb-3">
          <input id="mijn" name="mijn" type="checkbox" value="ja" defaultChecked={mijn} className="size-5" />
          <label htmlFor="mijn">Alleen inwoners van wie ik contactpersoon ben</label>
        </div>
        <button type="submit" className="knop">Zoeken</button>
      </form>
      {gezocht && (
        r.regels.length === 0 ? <p role="status">Geen inwoners gevonden.</p> : (
          <table>
            <caption>{r.regels.length === 25 ? "De eerste 25 inwoners; maak de zoekvraag preciezer" : `${r.regels.length} ${r.regels.length === 1 ? "inwoner" : "inwoners"} gevonden`}</caption>
            <thead><tr><th scope="col">Naam</th><th scope="col">Geboortedatum</th><th scope="col">BSN</th><th scope="col">Woonplaats</th><th scope="col">Contactpersoon</th></tr></thead>
            <tbody>
              {r.regels.map((i) => (
                <tr key={i.id}>
                  <th scope="row"><Link href={`/gemeente/inwoners/${i.id}`}>{i.naam}</Link></th>
                  <td>{formatDatum(i.geboortedatum)}</td><td>{i.bsn}</td><td>{i.plaats}</td><td>{i.contactpersoon ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </article>
  );
}
