import type { Metadata } from "next";
import Link from "next/link";
import { Tabel } from "@/components/tabel";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { bewaartermijnenOverzicht } from "@/server/bewaartermijnen/beheer";
import { lees } from "@/server/pipeline/pagina";
import { BeheerFormulier } from "../_ui/formulier";
import { zetBewaartermijnAction } from "./acties";

export const metadata: Metadata = { title: "Bewaartermijnen" };

const maandenTekst = (n: number) => (n % 12 === 0 ? `${n} maanden (${n / 12} jaar)` : `${n} maanden`);

export default async function Bewaartermijnen() {
  await vereisGebruiker("bewaartermijnen:beheren");
  const soorten = await lees(bewaartermijnenOverzicht);
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Bewaartermijnen</h1>
      <p>
        Persoonsgegevens worden niet langer bewaard dan nodig (AVG, opslagbeperking). Elke nacht verwijdert of anonimiseert het portaal wat
        over zijn termijn is. Het verslag daarvan bevat alleen aantallen en staat in het logboek.
      </p>
      <Tabel caption="Bewaartermijnen per soort gegevens">
        <thead>
          <tr>
            <th scope="col">Soort gegevens</th>
            <th scope="col">Bewaartermijn</th>
            <th scope="col">Wat er gebeurt</th>
            <th scope="col">Grondslag</th>
          </tr>
        </thead>
        <tbody>
          {soorten.map((s) => (
            <tr key={s.soort}>
              <th scope="row">{s.naam}</th>
              <td>
                {maandenTekst(s.maanden)}
                {s.standaard ? " (standaard)" : ""}
              </td>
              <td>{s.wat}</td>
              <td>{s.grondslag}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <h2>Een bewaartermijn wijzigen</h2>
      <BeheerFormulier
        actie={zetBewaartermijnAction}
        prefix="bewaartermijn"
        knop="Bewaartermijn opslaan"
        velden={[
          {
            naam: "soort",
            label: "Soort gegevens",
            type: "select",
            opties: [{ waarde: "", label: "Kies een soort gegevens" }, ...soorten.map((s) => ({ waarde: s.soort, label: s.naam }))],
          },
          {
            naam: "maanden",
            label: "Bewaartermijn in maanden",
            uitleg: `Minstens ${soorten.map((s) => `${s.minMaanden} voor ${s.naam.toLowerCase()}`).join(", ")}; hoogstens 360.`,
            invoermodus: "numeric",
            smal: true,
          },
        ]}
      />
    </article>
  );
}
