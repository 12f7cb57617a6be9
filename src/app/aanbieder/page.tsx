import type { Metadata } from "next";
import Link from "next/link";
import { mag } from "@/domain/permissies";
import { formatDatum } from "@/domain/format";
import { isAfgewezen, isBewerkbaar, statusTekst } from "@/domain/werkplek-status";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { eigenAanbieder, eigenWerkplekken } from "@/server/werkplekken/eigen";
import { teDoenVoorAanbieder } from "@/server/toewijzingen/te-doen";
import { vrijePlekkenAction } from "./acties";
import { PlekkenFormulier } from "./plekken-formulier";
import { Tabel } from "@/components/tabel";
import { lees, leesOf } from "@/server/pipeline/pagina";

export const metadata: Metadata = { title: "Mijn organisatie" };

export default async function AanbiederStart() {
  const g = await vereisAanbieder("werkplek:beheren");
  const [aanbieder, werkplekken, teDoen] = await Promise.all([
    leesOf(eigenAanbieder, null),
    lees(eigenWerkplekken),
    leesOf(teDoenVoorAanbieder, []),
  ]);
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
        {mag(g.rol, "declaratie:indienen") && (
          <li>
            <Link href="/aanbieder/declaraties">Declaraties en vrijwilligersvergoeding</Link>
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
      {mag(g.rol, "toewijzing:lezen-eigen") && (
        // Issue 11: the deadlines of the organisation's toewijzingen that are late or due within 6 weeks.
        <section aria-labelledby="te-doen" className="mb-8">
          <h2 id="te-doen">Te doen ({teDoen.length})</h2>
          {teDoen.length === 0 ? (
            <p>Er is nu niets te doen voor jullie toewijzingen.</p>
          ) : (
            <ul>
              {teDoen.map((x, n) => (
                <li key={`${x.toewijzingId}-${n}`}>
                  <Link href={x.href}>
                    {x.wat}: {x.inwoner} ({x.nummer})
                  </Link>
                  {x.uiterlijk &&
                    (x.teLaat ? (
                      <strong> — te laat, uiterlijk {formatDatum(x.uiterlijk)}</strong>
                    ) : (
                      ` — uiterlijk ${formatDatum(x.uiterlijk)}`
                    ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h2>Werkplekken</h2>
      <p>
        Het aantal vrije plekken pas je hier in één stap aan, zonder nieuwe controle door de gemeente; het staat meteen in de catalogus.
      </p>
      <Tabel caption={<>Werkplekken van {aanbieder?.naam}</>} id="plekken">
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
                {(w.revisie?.afwijzingsreden ?? (isAfgewezen(w) ? w.afwijzingsreden : null)) && (
                  <span className="block text-sm">Bekijk de reden bij de werkplek.</span>
                )}
              </td>
              <td>
                {!isBewerkbaar(w) ? (
                  "—"
                ) : (
                  <PlekkenFormulier actie={vrijePlekkenAction.bind(null, w.id)} id={w.id} titel={w.titel} aantal={w.plaatsenBeschikbaar} />
                )}
              </td>
              <td>{formatDatum(w.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </article>
  );
}
