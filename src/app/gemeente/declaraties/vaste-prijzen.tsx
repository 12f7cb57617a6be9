import Link from "next/link";
import { maandNaam, STATUS_NAAM } from "@/domain/declaratie/regels";
import { formatDatum, formatEuro } from "@/domain/format";
import type { DataVan } from "@/server/pipeline";
import type { vastePrijzenNaTeKijken } from "@/server/declaraties/vaste-prijzen";
import { Tabel } from "@/components/tabel";

/** Issue 21 item 6: fixed prices to look at again, across all months (for who checks lines). */
export function VastePrijzen({ lijst: vastePrijzen }: { lijst: DataVan<typeof vastePrijzenNaTeKijken> }) {
  return (
    <section aria-labelledby="vaste-prijzen-kop" className="mt-8">
      <h2 id="vaste-prijzen-kop">Vaste prijzen om na te kijken</h2>
      <p>
        Het traject stopte eerder dan gepland, of de vaste prijs werd gedeclareerd voordat de eerste maand voorbij was. Klopt de prijs niet,
        draai hem dan terug in de maand van de regel.
      </p>
      <Tabel caption="Vaste prijzen om na te kijken">
        <thead>
          <tr>
            <th scope="col">Regel</th>
            <th scope="col">Aanbieder</th>
            <th scope="col">Inwoner en toewijzing</th>
            <th scope="col">Bedrag en status</th>
            <th scope="col">Waarom</th>
          </tr>
        </thead>
        <tbody>
          {vastePrijzen.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/gemeente/declaraties?maand=${r.maand}`}>
                  {r.nummer}
                  <span className="sr-only">, naar {maandNaam(r.maand)}</span>
                </Link>
              </th>
              <td>{r.aanbieder.naam}</td>
              <td>
                {r.inwonerNaam}
                <span className="block text-sm">{r.toewijzing.nummer}</span>
              </td>
              <td>
                {formatEuro(r.bedragCent)}, {STATUS_NAAM[r.status].toLowerCase()}
              </td>
              <td>
                {r.vlag.gestoptOp && <p>Traject gestopt op {formatDatum(r.vlag.gestoptOp)}.</p>}
                {r.vlag.voorEindeEersteMaand && <p>Gedeclareerd vóór het einde van de eerste maand.</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </section>
  );
}
