import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { aowLeeftijdTekst } from "@/domain/toewijzing/leeftijd";
import { lees } from "@/server/pipeline/pagina";
import { aowTabel } from "@/server/beheer/aow";
import { BeheerFormulier } from "../_ui/formulier";
import { voegAowCohortToeAction } from "./acties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "AOW-leeftijd" };

export default async function AowLeeftijd() {
  const rijen = await lees(aowTabel);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>AOW-leeftijd</h1>
      <p>
        Werkt Mee is voor inwoners tot de AOW-leeftijd. Die hangt af van de geboortedatum. De overheid maakt de AOW-leeftijd vijf jaar van
        tevoren bekend; voeg dan hier een regel toe. Voor wie later geboren is dan de laatste regel, rekent het portaal met de laatst
        bekende AOW-leeftijd en waarschuwt het de medewerker.
      </p>
      <Tabel caption="AOW-leeftijd per geboortedatum">
        <thead>
          <tr>
            <th scope="col">Geboren vanaf</th>
            <th scope="col">Geboren tot en met</th>
            <th scope="col">AOW-leeftijd</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.id}>
              <td>{r.geborenVanaf ? formatDatum(r.geborenVanaf) : "Geen begindatum"}</td>
              <td>{r.geborenTotMet ? formatDatum(r.geborenTotMet) : "Geen einddatum"}</td>
              <td>{aowLeeftijdTekst(r)}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <h2>Regel toevoegen</h2>
      <p>
        Elke geboortedatum hoort bij precies één regel: de nieuwe regel mag niet overlappen met een bestaande. Een regel kan daarna niet
        worden gewijzigd, dus controleer de datums goed.
      </p>
      <BeheerFormulier
        actie={voegAowCohortToeAction}
        prefix="aow"
        knop="Regel toevoegen"
        velden={[
          {
            naam: "geborenVanaf",
            label: "Geboren vanaf",
            type: "date",
            uitleg: "De eerste geboortedatum van de groep, bijvoorbeeld 1 oktober 1964.",
            smal: true,
          },
          {
            naam: "geborenTotMet",
            label: "Geboren tot en met",
            type: "date",
            uitleg: "De laatste geboortedatum van de groep.",
            smal: true,
          },
          { naam: "jaren", label: "AOW-leeftijd: jaren", invoermodus: "numeric", uitleg: "Bijvoorbeeld 67.", smal: true },
          {
            naam: "maanden",
            label: "AOW-leeftijd: maanden",
            invoermodus: "numeric",
            uitleg: "0 tot en met 11.",
            standaard: "0",
            smal: true,
          },
        ]}
      />
    </article>
  );
}
