import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { behandelaars, interesseWachtrij } from "@/server/interesse/wachtrij";
import { afhandelenAction, koppelenAction, toewijzenAction } from "./acties";
import { Behandelen } from "./behandelen";
import { Tabel } from "@/components/tabel";
import { lees } from "@/server/pipeline/pagina";

export const metadata: Metadata = { title: "Interesse-aanvragen" };

const STATUS = { NIEUW: "Nieuw", IN_BEHANDELING: "In behandeling", AFGEHANDELD: "Afgehandeld" } as const;

export default async function Interesse({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = (await searchParams).filter === "afgehandeld" ? "afgehandeld" : "open";
  const [lijst, opties] = await Promise.all([lees(interesseWachtrij, { filter }), lees(behandelaars)]);
  return (
    <article className="inhoud !max-w-6xl">
      <h1>Interesse-aanvragen</h1>
      {/* R-WP-5: interest goes to the gemeente. */}
      <p>Aanvragen via &ldquo;Ik heb interesse&rdquo; in de catalogus. Ze gaan naar de gemeente, niet naar de aanbieder.</p>
      <nav aria-label="Filter" className="mb-4">
        <ul className="flex gap-6">
          <li>{filter === "open" ? <strong aria-current="page">Open</strong> : <Link href="/gemeente/interesse">Open</Link>}</li>
          <li>
            {filter === "afgehandeld" ? (
              <strong aria-current="page">Afgehandeld</strong>
            ) : (
              <Link href="/gemeente/interesse?filter=afgehandeld">Afgehandeld</Link>
            )}
          </li>
        </ul>
      </nav>
      {!lijst?.length ? (
        <p>Er zijn geen {filter === "open" ? "open" : "afgehandelde"} aanvragen.</p>
      ) : (
        <Tabel caption={filter === "open" ? "Open aanvragen, de oudste eerst" : "Afgehandelde aanvragen, de nieuwste eerst"}>
          <thead>
            <tr>
              <th scope="col">Aanvraag</th>
              <th scope="col">Werkplek</th>
              <th scope="col">Contact</th>
              <th scope="col">Status</th>
              {filter === "open" && <th scope="col">Behandelen</th>}
            </tr>
          </thead>
          <tbody>
            {lijst.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.naam}
                  <span className="block text-sm font-normal">
                    {i.referentie}, {formatDatum(i.createdAt)}
                  </span>
                </th>
                <td>
                  {i.werkplek.titel}
                  <span className="block text-sm">{i.werkplek.aanbieder.naam}</span>
                </td>
                <td>
                  {[i.email, i.telefoon].filter(Boolean).join(" · ")}
                  <span className="block text-sm">{i.postcode}</span>
                  {i.bericht && <span className="block text-sm">&ldquo;{i.bericht}&rdquo;</span>}
                </td>
                <td>
                  {STATUS[i.status]}
                  {i.behandelaar && <span className="block text-sm">bij {i.behandelaar.naam}</span>}
                  {i.inwoner && (
                    <span className="block text-sm">
                      Inwoner: <Link href={`/gemeente/inwoners/${i.inwoner.id}`}>{volledigeNaam(i.inwoner)}</Link>
                    </span>
                  )}
                </td>
                {filter === "open" && (
                  <td>
                    <Behandelen
                      acties={{
                        toewijzen: toewijzenAction.bind(null, i.id),
                        koppelen: koppelenAction.bind(null, i.id),
                        afhandelen: afhandelenAction.bind(null, i.id),
                      }}
                      id={i.id}
                      behandelaarId={i.behandelaar?.id ?? null}
                      opties={opties}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
