import type { Metadata } from "next";
import Link from "next/link";
import { lees } from "@/server/pipeline/pagina";
import { brancheVoorBeheer } from "@/server/beheer/branches";
import { BeheerFormulier } from "../../_ui/formulier";
import { wijzigBrancheAction } from "../acties";

export const metadata: Metadata = { title: "Branche wijzigen" };

export default async function BrancheWijzigen({ params }: { params: Promise<{ id: string }> }) {
  // A malformed or unknown id is "not found" (lees), not an error.
  const b = await lees(brancheVoorBeheer, await params);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/beheer/branches">Terug naar de branches</Link>
      </p>
      <h1>Branche wijzigen: {b.naam}</h1>
      <p>
        Het webadres blijft <code>{b.slug}</code>. Een nieuwe naam is meteen te zien bij alle werkplekken in deze branche.
      </p>
      <BeheerFormulier
        actie={wijzigBrancheAction.bind(null, b.id)}
        prefix="wijzig"
        knop="Wijzigingen opslaan"
        velden={[
          { naam: "naam", label: "Naam", standaard: b.naam },
          { naam: "omschrijving", label: "Omschrijving", type: "textarea", standaard: b.omschrijving, uitleg: "Hoogstens 300 tekens." },
        ]}
      />
    </article>
  );
}
