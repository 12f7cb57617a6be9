import type { Metadata } from "next";
import Link from "next/link";
import { idVeld } from "@/domain/id";
import { lees } from "@/server/pipeline/pagina";
import { branchesVoorBeheer } from "@/server/beheer/branches";
import { BeheerFormulier } from "../_ui/formulier";
import { voegBrancheToeAction } from "./acties";
import { Melding } from "@/components/ui/melding";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Branches" };

export default async function Branches({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [lijst, zoek] = await Promise.all([lees(branchesVoorBeheer), searchParams]);
  const gewijzigdId = idVeld.safeParse(zoek.gewijzigd);
  const gewijzigd = gewijzigdId.success ? lijst.find((b) => b.id === gewijzigdId.data) : undefined;
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Branches</h1>
      {gewijzigd && (
        <Melding soort="succes" className="mb-6 p-4">
          De branche {gewijzigd.naam} is gewijzigd.
        </Melding>
      )}
      <p>
        Aanbieders kiezen bij elke werkplek een branche; inwoners zoeken erop. Een branche kan niet worden verwijderd, omdat werkplekken
        ernaar verwijzen. Het webadres van een branche (zoals in /werkplekken?branche=horeca) verandert niet als je de naam wijzigt, zodat
        opgeslagen zoekopdrachten blijven werken.
      </p>
      <Tabel caption={<>Alle branches ({lijst.length})</>}>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Omschrijving</th>
            <th scope="col">In het webadres</th>
            <th scope="col">Werkplekken</th>
            <th scope="col">
              <span className="sr-only">Actie</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lijst.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.naam}</th>
              <td>{b.omschrijving}</td>
              <td>
                <code>{b.slug}</code>
              </td>
              <td>{b._count.werkplekken}</td>
              <td>
                <Link href={`/gemeente/beheer/branches/${b.id}`}>
                  Wijzigen<span className="sr-only"> {b.naam}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <h2>Branche toevoegen</h2>
      <BeheerFormulier
        actie={voegBrancheToeAction}
        prefix="branche"
        knop="Branche toevoegen"
        velden={[
          { naam: "naam", label: "Naam", uitleg: "Het webadres van de branche maken we van deze naam." },
          { naam: "omschrijving", label: "Omschrijving", type: "textarea", uitleg: "Wat voor werk valt eronder? Hoogstens 300 tekens." },
        ]}
      />
    </article>
  );
}
