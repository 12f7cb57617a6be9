import { vandaagInNederland, toIsoDate } from "@/domain/kalender";
import { formatDatum, formatEuro } from "@/domain/format";
import type { DataVan } from "@/server/pipeline";
import type { betaalruns, tebetalen } from "@/server/declaraties/betaalruns";
import { Tabel } from "@/components/tabel";
import { betaalrunAction } from "./acties";
import { BetaalrunFormulier } from "./beoordelen";

/** What a payment run would pay now, and the form that makes one (declaratie:betalen). */
export function Betaalrun({ betalen }: { betalen: DataVan<typeof tebetalen> }) {
  return (
    <section aria-labelledby="betaalrun-kop" className="mt-8">
      <h2 id="betaalrun-kop">Betaalrun</h2>
      <p>
        Een betaalrun markeert alle goedgekeurde regels als betaald, met één datum en referentie. Regels die je zelf hebt goedgekeurd,
        betaalt een collega.
      </p>
      {betalen.perAanbieder.length === 0 ? (
        <p>Er zijn nu geen goedgekeurde regels die jij kunt betalen.</p>
      ) : (
        <ul className="list-disc pl-6 mb-4">
          {betalen.perAanbieder.map((a) => (
            <li key={a.aanbieder}>
              {a.aanbieder}: {a.aantal} {a.aantal === 1 ? "regel" : "regels"}, {formatEuro(a.bedragCent)}
            </li>
          ))}
        </ul>
      )}
      {betalen.zelfGoedgekeurd > 0 && (
        <p>{betalen.zelfGoedgekeurd} goedgekeurde regels heb je zelf goedgekeurd; die betaalt een collega.</p>
      )}
      {betalen.wachtOpCorrectie > 0 && (
        <p>
          {betalen.wachtOpCorrectie} goedgekeurde {betalen.wachtOpCorrectie === 1 ? "regel wacht" : "regels wachten"} op een correctie die
          nog niet beoordeeld of betaalbaar is; een correctie wordt altijd in zijn geheel betaald.
        </p>
      )}
      <BetaalrunFormulier actie={betaalrunAction} vandaag={toIsoDate(vandaagInNederland())} />
    </section>
  );
}

/** The latest payment runs; their CSV for who may pay. */
export function Betaalruns({ runs, magExporteren }: { runs: DataVan<typeof betaalruns>; magExporteren: boolean }) {
  return (
    <Tabel caption="Betaalruns, nieuwste eerst" className="mt-4">
      <thead>
        <tr>
          <th scope="col">Referentie</th>
          <th scope="col">Betaaldatum</th>
          <th scope="col">Regels</th>
          <th scope="col">Bedrag</th>
          <th scope="col">Export</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.referentie}</th>
            <td>{formatDatum(r.betaaldatum)}</td>
            <td>{r.aantal}</td>
            <td>{formatEuro(r.bedragCent)}</td>
            <td>
              {magExporteren ? (
                <a href={`/gemeente/declaraties/export/betaalrun/${r.id}`} download>
                  CSV van {r.referentie}
                </a>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
