import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum, meervoud } from "@/domain/format";
import { STATUS_ORIENTATIE } from "@/domain/orientatie/regels";
import { lees } from "@/server/pipeline/pagina";
import { orientatieLijst } from "@/server/orientaties/orientaties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Oriëntaties" };

export default async function Orientaties({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = (await searchParams).filter === "afgerond" ? "afgerond" : "lopend";
  const r = await lees(orientatieLijst, { filter });
  const verlopen = r.regels.filter((o) => o.signaal?.soort === "verlopen").length;
  const loptAf = r.regels.filter((o) => o.signaal?.soort === "loopt-af").length;
  return (
    <article className="inhoud !max-w-5xl">
      <h1>Oriëntaties</h1>
      <p>
        Het oriëntatietraject voert het Centrum Apeldoorn Werkt Mee zelf uit: een algemene voorziening, zonder beschikking en zonder
        aanbieder. Het duurt hoogstens 3 maanden en eindigt met een schriftelijk advies.
      </p>
      <p>
        <Link href="/gemeente/orientaties/nieuw" className="knop">
          Oriëntatie registreren
        </Link>
      </p>
      <nav aria-label="Filter" className="mb-4">
        <ul className="flex gap-6">
          <li>{filter === "lopend" ? <strong aria-current="page">Lopend</strong> : <Link href="/gemeente/orientaties">Lopend</Link>}</li>
          <li>
            {filter === "afgerond" ? (
              <strong aria-current="page">Afgerond</strong>
            ) : (
              <Link href="/gemeente/orientaties?filter=afgerond">Afgerond</Link>
            )}
          </li>
        </ul>
      </nav>
      {filter === "lopend" && (verlopen > 0 || loptAf > 0) && (
        <p className="mb-4 rounded-lg border-2 border-fout bg-fout-licht p-3">
          <strong>Let op:</strong>{" "}
          {verlopen > 0 && `${meervoud(verlopen, "oriëntatie is", "oriëntaties zijn")} voorbij de einddatum zonder advies. `}
          {loptAf > 0 && `${meervoud(loptAf, "oriëntatie loopt", "oriëntaties lopen")} binnen 2 weken af.`}
        </p>
      )}
      {r.regels.length === 0 ? (
        <p>Er zijn geen {filter === "lopend" ? "lopende" : "afgeronde"} oriëntaties.</p>
      ) : (
        <Tabel
          caption={
            filter === "lopend"
              ? "Lopende oriëntaties, wat het eerst afloopt bovenaan"
              : "Afgeronde en gestopte oriëntaties, de nieuwste eerst"
          }
        >
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Inwoner</th>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
              <th scope="col">Begeleider</th>
            </tr>
          </thead>
          <tbody>
            {r.regels.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link href={`/gemeente/orientaties/${o.id}`}>{o.nummer}</Link>
                </th>
                <td>{o.inwonerNaam}</td>
                <td>
                  {formatDatum(o.startdatum)} tot en met {formatDatum(o.einddatum)}
                </td>
                <td>
                  {STATUS_ORIENTATIE[o.status]}
                  {o.afgeslotenOp && ` op ${formatDatum(o.afgeslotenOp)}`}
                  {o.signaal && (
                    <strong className="block text-fout" data-signaal={o.signaal.soort}>
                      {o.signaal.tekst}
                    </strong>
                  )}
                </td>
                <td>{o.begeleider}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
