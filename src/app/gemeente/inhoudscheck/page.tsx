import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { inhoudscheckWachtrij } from "@/server/werkplekken/inhoudscheck";
import { Melding } from "@/components/ui/melding";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Inhoudelijke controle" };

export default async function Wachtrij({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [items, zoek] = await Promise.all([lees(inhoudscheckWachtrij), searchParams]);
  const melding =
    zoek.beoordeeld === "goedgekeurd"
      ? "De werkplek is goedgekeurd en staat in de catalogus."
      : zoek.beoordeeld === "afgewezen"
        ? "De werkplek is afgewezen. De aanbieder krijgt de reden per e-mail."
        : null;
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente">Terug naar de startpagina</Link>
      </p>
      <h1>Inhoudelijke controle van werkplekken</h1>
      {melding && (
        <Melding soort="succes" className="mb-6 p-4">
          {melding}
        </Melding>
      )}
      {items.length === 0 ? (
        <p>Er wacht niets op controle.</p>
      ) : (
        <Tabel caption={<>Ingediende werkplekken en wijzigingen, de oudste eerst ({items.length})</>}>
          <thead>
            <tr>
              <th scope="col">Werkplek</th>
              <th scope="col">Soort</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Ingediend op</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.werkplekId}>
                <th scope="row">
                  <Link href={`/gemeente/inhoudscheck/${i.werkplekId}`}>{i.titel}</Link>
                </th>
                <td>{i.soort === "nieuw" ? "Nieuwe werkplek" : "Wijziging"}</td>
                <td>{i.aanbieder}</td>
                <td>{formatDatum(i.ingediendOp)}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
