import type { Metadata } from "next";
import Link from "next/link";
import { formatEuro } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { vrijwilligersvergoedingGrenzen } from "@/server/beheer/vrijwilligersvergoeding";
import { BeheerFormulier } from "../_ui/formulier";
import { legGrensVastAction } from "./acties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Vrijwilligersvergoeding" };

export default async function Vrijwilligersvergoeding() {
  const grenzen = await lees(vrijwilligersvergoedingGrenzen);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Vrijwilligersvergoeding</h1>
      <p>
        Een aanbieder mag een vrijwilligersvergoeding betalen binnen de grenzen van de Belastingdienst. Die grenzen veranderen per jaar.
        Voeg de grenzen van een nieuw jaar toe zodra de Belastingdienst ze bekendmaakt.
      </p>
      <Tabel caption="Grenzen van de vrijwilligersvergoeding per jaar">
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            <th scope="col">Per uur</th>
            <th scope="col">Per maand</th>
            <th scope="col">Per jaar</th>
          </tr>
        </thead>
        <tbody>
          {grenzen.map((r) => (
            <tr key={r.jaar}>
              <th scope="row">{r.jaar}</th>
              <td>{formatEuro(r.perUurCent)}</td>
              <td>{formatEuro(r.perMaandCent)}</td>
              <td>{formatEuro(r.perJaarCent)}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <h2>Jaar toevoegen</h2>
      <p>Vul de bedragen in euro&apos;s in, bijvoorbeeld 5,60. Een jaar dat er al staat, kun je niet nog eens toevoegen.</p>
      <BeheerFormulier
        actie={legGrensVastAction}
        prefix="grens"
        knop="Grenzen toevoegen"
        velden={[
          { naam: "jaar", label: "Jaar", invoermodus: "numeric", smal: true },
          { naam: "perUur", label: "Hoogste bedrag per uur", invoermodus: "decimal", smal: true },
          { naam: "perMaand", label: "Hoogste bedrag per maand", invoermodus: "decimal", smal: true },
          { naam: "perJaar", label: "Hoogste bedrag per jaar", invoermodus: "decimal", smal: true },
        ]}
      />
    </article>
  );
}
