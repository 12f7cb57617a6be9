import type { Metadata } from "next";
import Link from "next/link";
import { mag } from "@/domain/permissies";
import { formatDatum } from "@/domain/format";
import { statusTekst } from "@/domain/werkplek-status";
import { vereisAanbieder } from "@/server/auth/sessie";
import { eigenAanbieder, eigenWerkplekken } from "@/server/werkplekken/eigen";
import { vrijePlekkenAction } from "./acties";
import { PlekkenFormulier } from "./plekken-formulier";

export const metadata: Metadata = { title: "Mijn organisatie" };

export default async function AanbiederStart() {
  const g = await vereisAanbieder("werkplek:beheren");
  const [aanbieder, werkplekken] = await Promise.all([eigenAanbieder(g), eigenWerkplekken(g)]);
  return (
    <article className="inhoud !max-w-5xl">
      <h1>{aanbieder?.naam}</h1>
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <Link href="/aanbieder/werkplekken/nieuw">Nieuwe werkplek toevoegen</Link>
        </li>
        {mag(g.rol, "toewijzing:lezen-eigen") && (
          <li>
            <Link href="/aanbieder/toewijzingen">Toewijzingen</Link>
          </li>
        )}
        {mag(g.rol, "iwmo:berichten-eigen") && (
          <li>
            <Link href="/aanbieder/berichten">Berichten (iWmo) en termijnen</Link>
          </li>
        )}
        {mag(g.rol, "aanbieder:collega-beheren") && (
          <li>
            <Link href="/aanbieder/collegas">Collega&apos;s uitnodigen en beheren</Link>
          </li>
        )}
      </ul>
      <p>
        Het aantal vrije plekken pas je hier in één stap aan, zonder nieuwe controle door de gemeente; het staat meteen in de catalogus.
      </p>
      <table id="plekken">
        <caption>Werkplekken van {aanbieder?.naam}</caption>
        <thead>
          <tr>
            <th scope="col">Werkplek</th>
            <th scope="col">Plaats</th>
            <th scope="col">Status</th>
            <th scope="col">Vrije plekken</th>
            <th scope="col">Laatst gewijzigd</th>
          </tr>
        </thead>
        <tbody>
          {werkplekken.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <Link href={`/aanbieder/werkplekken/${w.id}`}>{w.titel}</Link>
              </th>
              <td>{w.plaats}</td>
              <td>
                {statusTekst(w.status, w.revisie?.status)}
                {(w.revisie?.afwijzingsreden ?? (w.status === "AFGEWEZEN" ? w.afwijzingsreden : null)) && (
                  <span className="block text-sm">Bekijk de reden bij de werkplek.</span>
                )}
              </td>
              <td>
                {w.status === "GEARCHIVEERD" ? (
                  "—"
                ) : (
                  <PlekkenFormulier actie={vrijePlekkenAction.bind(null, w.id)} id={w.id} titel={w.titel} aantal={w.plaatsenBeschikbaar} />
                )}
              </td>
              <td>{formatDatum(w.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
