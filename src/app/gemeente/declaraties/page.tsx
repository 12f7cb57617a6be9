import type { Metadata } from "next";
import Link from "next/link";
import { TotalenTabel } from "@/components/declaratie/totalen-tabel";
import { vandaagInNederland } from "@/domain/kalender";
import { isMaand, maandNaam, maandVan, STATUS_NAAM, volgendeMaand } from "@/domain/declaratie/regels";
import { formatDatum, formatEuro } from "@/domain/format";
import { isId } from "@/domain/id";
import { wachtOpBeoordeling } from "@/domain/declaratie/beoordeling";
import { antwoordUiterlijk, isTeLaat } from "@/domain/declaratie/termijn";
import { wachtrij } from "@/server/declaraties/beoordelen";
import { betaalruns, tebetalen } from "@/server/declaraties/betaalruns";
import { overzichtPerAanbieder, overzichtPerProduct } from "@/server/declaraties/overzichten";
import { lees, leesOf } from "@/server/pipeline/pagina";
import { Terugdraaien } from "@/components/declaratie/terugdraaien";
import { vastePrijzenNaTeKijken } from "@/server/declaraties/vaste-prijzen";
import { openRegels } from "@/server/declaraties/open-regels";
import { afwijsAction, goedkeurAction, terugdraaiAction } from "./acties";
import { Afwijzen, Goedkeuren } from "./beoordelen";
import { Betaalrun, Betaalruns } from "./betaalrun";
import { VastePrijzen } from "./vaste-prijzen";
import { Tabel } from "@/components/tabel";
import { Filterveld } from "@/components/ui/filterveld";

export const metadata: Metadata = { title: "Declaraties controleren" };

// Issue 12: the gemeente's queue per month and aanbieder (flagged lines first), approve or reject,
// payment runs, and the overviews with their CSV exports.

export default async function DeclaratiesGemeente({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const zoek = await searchParams;
  const vorige = volgendeMaand(maandVan(vandaagInNederland()), -1);
  const maand = typeof zoek.maand === "string" && isMaand(zoek.maand) ? zoek.maand : vorige;
  const aanbiederId = typeof zoek.aanbieder === "string" && isId(zoek.aanbieder) ? zoek.aanbieder : undefined;
  const jaar = Number(maand.slice(0, 4));
  // Who may neither check nor pay is sent to /geen-toegang here.
  const w = await lees(wachtrij, { maand, aanbiederId });
  const kanBeoordelen = w.magBeoordelen;
  const [open, perAanbieder, perProduct, runs, betalen, vastePrijzen] = await Promise.all([
    leesOf(openRegels, null, { aanbiederId }),
    leesOf(overzichtPerAanbieder, null, { maand }),
    leesOf(overzichtPerProduct, null, { jaar }),
    leesOf(betaalruns, []),
    leesOf(tebetalen, null),
    kanBeoordelen ? leesOf(vastePrijzenNaTeKijken, null) : null,
  ]);
  const naam = maandNaam(maand);
  const regels = w.regels;
  const teControleren = regels.filter((r) => wachtOpBeoordeling(r.status)).length;
  const vandaag = vandaagInNederland();
  const elders = (open?.totaal ?? 0) - teControleren;
  const aanbiederParam = aanbiederId ? `&aanbieder=${aanbiederId}` : "";
  return (
    <article className="inhoud !max-w-6xl">
      <h1>Declaraties controleren</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 mb-4" aria-label="Maand en aanbieder kiezen">
        <Filterveld id="maand" label="Maand">
          <input id="maand" name="maand" type="month" defaultValue={maand} className="veld !w-auto" />
        </Filterveld>
        <Filterveld id="aanbieder" label="Aanbieder">
          <select id="aanbieder" name="aanbieder" defaultValue={aanbiederId ?? ""} className="veld !w-auto">
            <option value="">Alle aanbieders</option>
            {w.aanbieders.map((a) => (
              <option key={a.id} value={a.id}>
                {a.naam}
              </option>
            ))}
          </select>
        </Filterveld>
        <button type="submit" className="knop knop-secundair">
          Tonen
        </button>
      </form>

      {open && (
        <section aria-labelledby="open-regels" className="mb-6">
          <h2 id="open-regels">Open regels van alle maanden</h2>
          {open.totaal === 0 ? (
            <p>Er staan in geen enkele maand regels open{aanbiederId ? " van deze aanbieder" : ""}.</p>
          ) : (
            <>
              <p>
                {open.totaal} {open.totaal === 1 ? "regel wacht" : "regels wachten"} op controle
                {aanbiederId ? " van deze aanbieder" : ""}
                {open.teLaat > 0 && (
                  <>
                    {", "}
                    <strong>
                      {open.teLaat} {open.teLaat === 1 ? "is" : "zijn"} te laat
                    </strong>
                  </>
                )}
                . De gemeente antwoordt binnen 10 werkdagen na ontvangst van een regel.
              </p>
              <ul className="list-disc pl-6">
                {open.perMaand.map((m) => (
                  <li key={m.maand}>
                    <Link href={`/gemeente/declaraties?maand=${m.maand}${aanbiederParam}`}>{maandNaam(m.maand)}</Link>: {m.aantal}{" "}
                    {m.aantal === 1 ? "regel" : "regels"}, eerste antwoord uiterlijk {formatDatum(m.eersteUiterlijk)}
                    {m.teLaat > 0 && <strong> ({m.teLaat} te laat)</strong>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <h2>Regels van {naam}</h2>
      <p>
        {teControleren === 0
          ? `Er zijn in ${naam} geen regels meer te controleren.`
          : `${teControleren} ${teControleren === 1 ? "regel" : "regels"} te controleren in ${naam}.`}{" "}
        {elders > 0 && `In andere maanden ${elders === 1 ? "staat nog 1 regel" : `staan nog ${elders} regels`} open (zie hierboven). `}
        Gemarkeerde regels staan bovenaan.
      </p>
      {regels.length > 0 && (
        <Tabel caption={<>Declaratieregels van {naam}</>}>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Inwoner en toewijzing</th>
              <th scope="col">Periode</th>
              <th scope="col">Aantal en bedrag</th>
              <th scope="col">Markering</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {regels.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.nummer}</th>
                <td>{r.aanbieder.naam}</td>
                <td>
                  {r.inwonerNaam}
                  <span className="block text-sm">
                    {r.toewijzing.nummer}, {r.toewijzing.product.korteNaam}
                    {r.toewijzing.urenPerWeek !== null && `, ${r.toewijzing.urenPerWeek} uur per week`}
                  </span>
                </td>
                <td>
                  {formatDatum(r.periodeStart)} tot en met {formatDatum(r.periodeEind)}
                </td>
                <td>
                  {r.eenheid === "82" ? `${r.volume} traject` : `${r.volume} uur`} × {formatEuro(r.tariefCent)} = {formatEuro(r.bedragCent)}
                  {r.creditVan && <span className="block text-sm">Creditregel van {r.creditVan.nummer}</span>}
                  {r.creditVan && r.doorGemeente && <span className="block text-sm">Teruggedraaid door de gemeente: {r.reden}</span>}
                  {r.creditVan && !r.doorGemeente && r.reden && !r.reden.startsWith("Correctie van") && (
                    <span className="block text-sm">Reden van terugdraaien: {r.reden}</span>
                  )}
                </td>
                <td>
                  {!r.gemarkeerd && "—"}
                  {r.vlag.bovenOmvang && (
                    <p>
                      <strong>Meer dan toegewezen.</strong> Reden: {r.reden}
                    </p>
                  )}
                  {r.vlag.buitenPeriode && (
                    <p>
                      <strong>Buiten de periode</strong> van de toewijzing.
                    </p>
                  )}
                  {r.vlag.naStop && (
                    <p>
                      <strong>Na de stop</strong> op {formatDatum(r.toewijzing.beeindigdOp!)}.
                    </p>
                  )}
                  {r.vlag.vastePrijs?.gestoptOp && (
                    <p>
                      <strong>Vaste prijs, traject vroeg gestopt</strong> op {formatDatum(r.vlag.vastePrijs.gestoptOp)}. Draai de prijs
                      terug als hij niet verdiend is.
                    </p>
                  )}
                  {r.vlag.vastePrijs?.voorEindeEersteMaand && (
                    <p>
                      <strong>Vaste prijs gedeclareerd vóór het einde van de eerste maand.</strong>
                    </p>
                  )}
                </td>
                <td>
                  <p className="font-semibold">{STATUS_NAAM[r.status]}</p>
                  {wachtOpBeoordeling(r.status) && <AntwoordTermijn ingediendOp={r.ingediendOp} vandaag={vandaag} />}
                  {r.afwijsreden && <p className="text-sm">Reden: {r.afwijsreden}</p>}
                  {wachtOpBeoordeling(r.status) && r.correctieNummers.length > 1 && (
                    <p className="text-sm">Correctie: {r.correctieNummers.join(" en ")} worden samen goedgekeurd of afgewezen.</p>
                  )}
                  {wachtOpBeoordeling(r.status) && kanBeoordelen && (
                    <>
                      <Goedkeuren actie={goedkeurAction.bind(null, r.id)} nummer={r.nummer} />
                      <Afwijzen actie={afwijsAction.bind(null, r.id)} id={r.id} nummer={r.nummer} />
                    </>
                  )}
                  {r.terugdraaibaar && kanBeoordelen && (
                    <Terugdraaien
                      actie={terugdraaiAction.bind(null, r.id)}
                      id={r.id}
                      nummer={r.nummer}
                      uitleg="Een creditregel zonder nieuwe regel; de aanbieder leest deze reden. Een collega verrekent het in de volgende betaalrun."
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}

      {vastePrijzen && vastePrijzen.length > 0 && <VastePrijzen lijst={vastePrijzen} />}

      {betalen && <Betaalrun betalen={betalen} />}
      {runs.length > 0 && <Betaalruns runs={runs} magExporteren={betalen !== null} />}

      <h2 className="mt-8">Totalen per aanbieder in {naam}</h2>
      {perAanbieder && perAanbieder.length > 0 ? (
        <TotalenTabel
          caption={`Bedragen per aanbieder en status, ${naam}`}
          eersteKolom="Aanbieder"
          aantalKolom="Regels"
          rijen={perAanbieder.map((r) => ({ ...r, sleutel: r.aanbieder, naam: r.aanbieder }))}
          csv={
            kanBeoordelen
              ? { href: `/gemeente/declaraties/export/overzicht?soort=aanbieder&maand=${maand}`, tekst: "Totalen per aanbieder als CSV" }
              : undefined
          }
        />
      ) : (
        <p>Geen regels in {naam}.</p>
      )}

      <h2 className="mt-8">Totalen per product in {jaar}</h2>
      {perProduct && perProduct.length > 0 ? (
        <TotalenTabel
          caption={`Uitgegeven (betaald) en nog te betalen per product, ${jaar} tot nu toe`}
          eersteKolom="Product"
          aantalKolom="Betaalde eenheden"
          rijen={perProduct.map((r) => ({ ...r, sleutel: r.code, naam: r.product, aantal: r.volumeBetaald }))}
          csv={
            kanBeoordelen
              ? { href: `/gemeente/declaraties/export/overzicht?soort=product&jaar=${jaar}`, tekst: "Totalen per product als CSV" }
              : undefined
          }
        />
      ) : (
        <p>Geen regels in {jaar}.</p>
      )}
      <p className="mt-8">
        <Link href={`/gemeente/declaraties?maand=${volgendeMaand(maand, -1)}`}>Vorige maand</Link>
      </p>
    </article>
  );
}

/** ADR 0030: the line's answer deadline (10 working days after receipt), flagged when passed. */
function AntwoordTermijn({ ingediendOp, vandaag }: { ingediendOp: Date; vandaag: Date }) {
  const uiterlijk = antwoordUiterlijk(ingediendOp);
  return isTeLaat(uiterlijk, vandaag) ? (
    <p className="text-sm">
      <strong>Te laat:</strong> antwoord was uiterlijk {formatDatum(uiterlijk)}
    </p>
  ) : (
    <p className="text-sm">Antwoord uiterlijk {formatDatum(uiterlijk)}</p>
  );
}
