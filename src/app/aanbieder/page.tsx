import type { Metadata } from "next";
import Link from "next/link";
import { mag } from "@/domain/permissies";
import { formatDatum } from "@/domain/format";
import { vereisGebruiker } from "@/server/auth/sessie";
import { eigenAanbieder, eigenWerkplekken } from "@/server/werkplekken/eigen";

export const metadata: Metadata = { title: "Mijn organisatie" };

const statusNaam = { CONCEPT: "Concept", INGEDIEND: "Wacht op controle", GEPUBLICEERD: "Gepubliceerd", AFGEWEZEN: "Afgewezen", GEARCHIVEERD: "Gearchiveerd" } as const;

export default async function AanbiederStart() {
  const g = await vereisGebruiker("werkplek:beheren");
  const [aanbieder, werkplekken] = await Promise.all([eigenAanbieder(g), eigenWerkplekken(g)]);
  return (
    <article className="inhoud !max-w-5xl">
      <h1>{aanbieder?.naam}</h1>
      {mag(g.rol, "aanbieder:collega-beheren") && <p><Link href="/aanbieder/collegas">Collega&apos;s uitnodigen en beheren</Link></p>}
      <table>
        <caption>Werkplekken van {aanbieder?.naam}</caption>
        <thead><tr><th scope="col">Werkplek</th><th scope="col">Plaats</th><th scope="col">Status</th><th scope="col">Laatst gewijzigd</th></tr></thead>
        <tbody>
          {werkplekken.map((w) => (
            <tr key={w.id}><th scope="row">{w.titel}</th><td>{w.plaats}</td><td>{statusNaam[w.status]}</td><td>{formatDatum(w.updatedAt)}</td></tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
