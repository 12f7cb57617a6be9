import Link from "next/link";
import { BERICHTNAAM, type Berichtsoort } from "@/domain/iwmo/codes";
import { formatDatum, formatTijdstip } from "@/domain/format";
import type { BerichtRij } from "@/server/iwmo/berichten";
import { Tabel } from "@/components/tabel";

// The message log (issue 13): what was sent or received, when, its state, and the file. Used on
// the Berichten pages and, filtered, on a toewijzing's page.

const STATUS: Record<string, string> = { TE_VERZENDEN: "Te verzenden", VERZONDEN: "Verzonden", ONTVANGEN: "Ontvangen" };

export function BerichtenTabel({
  rijen,
  basis,
  caption,
  metAanbieder = true,
}: {
  rijen: BerichtRij[];
  basis: string;
  caption: string;
  metAanbieder?: boolean;
}) {
  if (!rijen.length) return <p>Nog geen berichten.</p>;
  return (
    <Tabel caption={caption}>
      <thead>
        <tr>
          <th scope="col">Datum</th>
          <th scope="col">Bericht</th>
          <th scope="col">Van</th>
          {metAanbieder && <th scope="col">Aanbieder</th>}
          <th scope="col">Toewijzing</th>
          <th scope="col">Status</th>
          <th scope="col">Bestand</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.id}>
            <td>{formatTijdstip(r.aangemaaktOp)}</td>
            <td>
              WMO{r.soort} {BERICHTNAAM[r.soort as Berichtsoort]?.toLowerCase()}
              <br />
              <span className="text-sm">{r.omschrijving}</span>
            </td>
            <td>
              {r.partij === "GEMEENTE" ? "Gemeente" : "Aanbieder"}
              {r.richting === "IN" ? " (ingelezen)" : ""}
            </td>
            {metAanbieder && <td>{r.aanbieder.naam}</td>}
            <td>{r.toewijzingen.map((t) => t.toewijzing.nummer).join(", ") || "—"}</td>
            <td>
              {STATUS[r.status] ?? r.status}
              {r.verzondenOp && `, ${formatDatum(r.verzondenOp)}`}
              {r.status === "TE_VERZENDEN" && r.uiterlijkOp && `, uiterlijk ${formatDatum(r.uiterlijkOp)}`}
            </td>
            <td>
              <Link href={`${basis}/${r.id}`} prefetch={false}>
                {r.bestandsnaam}
                <span className="sr-only"> downloaden</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
