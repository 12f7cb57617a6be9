import type { Metadata } from "next";
import Link from "next/link";
import { Paginering } from "@/components/ui/paginering";
import { Veld } from "@/components/ui/veld";
import { AUDIT_PER_PAGINA, auditHref, parseAuditFilter, UITKOMSTEN } from "@/domain/beheer/auditfilter";
import { formatTijdstip } from "@/domain/format";
import { formatAantal } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { auditActiviteiten, zoekAuditregels } from "@/server/beheer/auditlog";
import { Melding } from "@/components/ui/melding";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Logboek" };

const PAD = "/gemeente/beheer/auditlog";

export default async function Auditlog({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const activiteiten = await lees(auditActiviteiten);
  const { filter, meldingen, waarden } = parseAuditFilter(await searchParams, activiteiten);
  const r = await lees(zoekAuditregels, filter);
  if (r.paginaAangepast) meldingen.push(`Pagina ${filter.pagina} bestaat niet. Je ziet de laatste pagina (${r.aantalPaginas}).`);
  if (r.teVeelGebruikers)
    meldingen.push("Heel veel gebruikers passen bij dit deel van een e-mailadres; alleen de eerste 500 zijn gebruikt. Maak het preciezer.");
  const eerste = (r.pagina - 1) * AUDIT_PER_PAGINA + 1;
  const laatste = eerste + r.rijen.length - 1;

  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Logboek</h1>
      <p>
        Wie deed wat, wanneer en met welke uitkomst. De nieuwste regels staan bovenaan. Zoeken op een betrokkene wordt zelf ook in het
        logboek vastgelegd.
      </p>

      <form method="get" action={PAD} className="rounded-lg border border-rand-licht p-4 mb-6">
        <h2 className="!mt-0">Filteren</h2>
        <div className="grid gap-x-6 md:grid-cols-2">
          <Veld id="activiteit" label="Activiteit">
            {(a) => (
              <select id="activiteit" name="activiteit" defaultValue={filter.activiteit ?? ""} className="veld" {...a}>
                <option value="">Alle activiteiten</option>
                {activiteiten.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld id="uitkomst" label="Uitkomst">
            {(a) => (
              <select id="uitkomst" name="uitkomst" defaultValue={filter.uitkomst ?? ""} className="veld" {...a}>
                <option value="">Alle uitkomsten</option>
                {UITKOMSTEN.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld
            id="gebruiker"
            label="Gebruiker (e-mailadres)"
            uitleg="Een volledig adres zoekt precies dat adres; een deel, zoals 'gemeente', zoekt alle adressen waarin het staat."
          >
            {(a) => (
              <input
                id="gebruiker"
                name="gebruiker"
                type="text"
                defaultValue={waarden.gebruiker}
                className="veld"
                autoComplete="off"
                {...a}
              />
            )}
          </Veld>
          <Veld id="betrokkene" label="Betrokkene" uitleg="De code van de inwoner (nooit een BSN).">
            {(a) => (
              <input
                id="betrokkene"
                name="betrokkene"
                type="text"
                defaultValue={waarden.betrokkene}
                className="veld"
                autoComplete="off"
                {...a}
              />
            )}
          </Veld>
          <Veld id="van" label="Vanaf (datum)">
            {(a) => <input id="van" name="van" type="date" defaultValue={waarden.van} className="veld" {...a} />}
          </Veld>
          <Veld id="tot" label="Tot en met (datum)">
            {(a) => <input id="tot" name="tot" type="date" defaultValue={waarden.tot} className="veld" {...a} />}
          </Veld>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="knop">
            Filteren
          </button>
          <Link href={PAD}>Alle filters wissen</Link>
        </div>
      </form>

      {meldingen.length > 0 && (
        <Melding soort="fout" className="mb-6 p-4">
          <h2 className="!mt-0 !text-lg">Niet alles in de zoekopdracht kon worden gebruikt</h2>
          <ul>
            {meldingen.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Melding>
      )}

      <Tabel
        caption={
          <>
            {r.totaal === 0
              ? "Geen regels gevonden"
              : `Regels ${formatAantal(eerste)} tot en met ${formatAantal(laatste)} van ${formatAantal(r.totaal)}, de nieuwste eerst`}
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Tijdstip</th>
            <th scope="col">Gebruiker</th>
            <th scope="col">Activiteit</th>
            <th scope="col">Uitkomst</th>
            <th scope="col">Betrokkene</th>
            <th scope="col">Bron</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {r.rijen.map((x) => (
            <tr key={x.id}>
              <th scope="row" className="whitespace-nowrap font-normal">
                {formatTijdstip(x.tijdstip, { seconden: true })}
              </th>
              <td>
                {x.gebruiker ? (
                  <>
                    {x.gebruiker.naam}
                    <span className="block text-sm">{x.gebruiker.email}</span>
                  </>
                ) : x.gebruikerId ? (
                  <span className="text-sm">Onbekend account ({x.gebruikerId})</span>
                ) : (
                  <span className="text-sm">Niet ingelogd</span>
                )}
              </td>
              <td>{x.activiteit}</td>
              <td>{x.uitkomst}</td>
              <td>{x.betrokkene ?? ""}</td>
              <td className="break-all">{x.bron}</td>
              <td>{x.toelichting ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <Paginering pagina={r.pagina} aantalPaginas={r.aantalPaginas} href={(n) => auditHref(filter, n)} />
    </article>
  );
}
