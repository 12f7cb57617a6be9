import type { Metadata } from "next";
import Link from "next/link";
import { vandaagInNederland } from "@/domain/datum";
import { isMaand, maandNaam, maandVan, STATUS_NAAM, volgendeMaand } from "@/domain/declaratie/regels";
import { formatDatum, formatEuro } from "@/domain/format";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { maandOverzicht } from "@/server/declaraties/declaraties";
import { Terugdraaien } from "@/components/declaratie/terugdraaien";
import { correctieAction, maandAction, terugdraaiAction } from "./acties";
import { Correctie } from "./correctie";
import { MaandFormulier } from "./maandformulier";
import { Tabel } from "@/components/tabel";
import { Filterveld } from "@/components/ui/filterveld";

export const metadata: Metadata = { title: "Declaraties" };

// Issue 12: the aanbieder declares per calendar month (R-DEC-1…3) and sees every line it submitted
// for that month, with the gemeente's decision and the corrections (credit + new line).

export default async function Declaraties({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const g = await vereisAanbieder("declaratie:indienen");
  const gevraagd = (await searchParams).maand;
  const vorige = volgendeMaand(maandVan(vandaagInNederland()), -1);
  const maand = typeof gevraagd === "string" && isMaand(gevraagd) ? gevraagd : vorige;
  const o = (await maandOverzicht(g, maand))!;
  const naam = maandNaam(maand);
  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/aanbieder">Terug naar de startpagina</Link>
      </p>
      <h1>Declaraties</h1>
      <p>
        Declareer per kalendermaand de uren die de inwoner echt gewerkt heeft, in hele uren. Meer dan de toegewezen omvang kan alleen met
        een reden. Een ontwikkeltraject declareer je één keer, met de vaste prijs. Een ingediende regel verander je niet: je corrigeert hem.
      </p>
      <p>
        <Link href="/aanbieder/declaraties/vrijwilligersvergoeding">Vrijwilligersvergoedingen vastleggen</Link>
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3 mb-4" aria-label="Maand kiezen">
        <Filterveld id="maand" label="Maand">
          <input id="maand" name="maand" type="month" defaultValue={maand} className="veld !w-auto" />
        </Filterveld>
        <button type="submit" className="knop knop-secundair">
          Maand tonen
        </button>
        <Link href={`/aanbieder/declaraties?maand=${volgendeMaand(maand, -1)}`}>Vorige maand</Link>
        <Link href={`/aanbieder/declaraties?maand=${volgendeMaand(maand, 1)}`}>Volgende maand</Link>
      </form>

      <h2>Uren en vaste prijzen van {naam}</h2>
      {o.rijen.length === 0 ? (
        <p>In {naam} liep geen gestarte toewijzing van jouw organisatie.</p>
      ) : (
        <MaandFormulier
          actie={maandAction}
          maand={maand}
          maandNaam={naam}
          rijen={o.rijen.map((r) => ({
            ...r,
            periodeStart: r.periode?.periodeStart.toISOString() ?? null,
            periodeEind: r.periode?.periodeEind.toISOString() ?? null,
          }))}
        />
      )}

      <h2 className="mt-8">Ingediende regels in {naam}</h2>
      {o.historie.length === 0 ? (
        <p>Voor deze maand is nog niets ingediend.</p>
      ) : (
        <Tabel caption={<>Regels van {naam}, oudste eerst</>}>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Inwoner en toewijzing</th>
              <th scope="col">Periode</th>
              <th scope="col">Aantal</th>
              <th scope="col">Bedrag</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {o.historie.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.nummer}</th>
                <td>
                  {r.inwonerNaam}
                  <span className="block text-sm">{r.toewijzingNummer}</span>
                </td>
                <td>
                  {formatDatum(r.periodeStart)} tot en met {formatDatum(r.periodeEind)}
                </td>
                <td>{r.eenheid === "82" ? `${r.volume} traject` : `${r.volume} uur`}</td>
                <td>{formatEuro(r.bedragCent)}</td>
                <td>
                  <p className="font-semibold">{STATUS_NAAM[r.status]}</p>
                  {r.creditVan && <p className="text-sm">Creditregel: trekt {r.creditVan} in.</p>}
                  {r.creditVan && r.doorGemeente && <p>Teruggedraaid door de gemeente. Reden: {r.reden}</p>}
                  {r.creditVan && !r.doorGemeente && r.reden && !r.reden.startsWith("Correctie van") && (
                    <p className="text-sm">Reden van terugdraaien: {r.reden}</p>
                  )}
                  {r.gecrediteerdDoor && <p className="text-sm">Ingetrokken met creditregel {r.gecrediteerdDoor}.</p>}
                  {r.bovenOmvang && r.reden && <p className="text-sm">Meer dan toegewezen: {r.reden}</p>}
                  {r.afwijsreden && (
                    <p>
                      Reden van afwijzing: {r.afwijsreden}
                      <span className="block text-sm">
                        {r.inCorrectie
                          ? "De correctie is afgewezen: de eerdere regel telt weer. Corrigeer die opnieuw als dat nodig is."
                          : r.eenheid === "82"
                            ? "Declareer de vaste prijs opnieuw als die klopt."
                            : "Declareer deze maand opnieuw met de juiste uren."}
                      </span>
                    </p>
                  )}
                  {r.corrigeerbaar && (
                    <details className="melden">
                      <summary>
                        Corrigeren<span className="sr-only"> ({r.nummer})</span>
                      </summary>
                      <Correctie actie={correctieAction.bind(null, r.id)} id={r.id} nummer={r.nummer} />
                    </details>
                  )}
                  {r.terugdraaibaar && (
                    <Terugdraaien
                      actie={terugdraaiAction.bind(null, r.id)}
                      id={r.id}
                      nummer={r.nummer}
                      uitleg="De regel vervalt helemaal (een creditregel zonder nieuwe regel). De gemeente leest de reden en beoordeelt het."
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
