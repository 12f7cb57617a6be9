import type { Metadata } from "next";
import Link from "next/link";
import { vereisGebruiker } from "@/server/auth/sessie";
import { aanbiedersMetAgb } from "@/server/iwmo/berichten";
import { gemeentecode } from "@/server/iwmo/instellingen";
import { BeheerFormulier } from "../_ui/formulier";
import { zetGemeentecodeAction } from "./acties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Berichtenverkeer" };

export default async function Berichtenverkeer() {
  const g = await vereisGebruiker("iwmo:instellen");
  const [code, aanbieders] = await Promise.all([gemeentecode(), aanbiedersMetAgb(g)]);
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Berichtenverkeer (iWmo)</h1>
      <p>
        De gemeentecode staat als afzender in elk bericht van de gemeente en als ontvanger in elk bericht van een aanbieder. Een bericht
        voor een andere gemeentecode wordt geweigerd.
      </p>
      <BeheerFormulier
        actie={zetGemeentecodeAction}
        prefix="iwmo"
        knop="Gemeentecode opslaan"
        velden={[
          {
            naam: "gemeentecode",
            label: "Gemeentecode",
            uitleg: "Vier cijfers (CBS); Apeldoorn is 0200.",
            invoermodus: "numeric",
            standaard: code,
            smal: true,
          },
        ]}
      />
      <h2>AGB-codes van de aanbieders</h2>
      <p>
        Een bericht van een AGB-code die hier niet staat, wordt geweigerd. De AGB-code legt de gemeente vast bij het registreren van de
        aanbieder.
      </p>
      <Tabel caption="Aanbieders en hun AGB-code">
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col">AGB-code</th>
          </tr>
        </thead>
        <tbody>
          {aanbieders.map((a) => (
            <tr key={a.id}>
              <td>{a.naam}</td>
              <td>{a.agbCode}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </article>
  );
}
