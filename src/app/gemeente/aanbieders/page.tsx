import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { aanbiedersVoorBeheer } from "@/server/accounts/aanbieder-registreren";
import { RegistratieFormulier } from "./formulier";
import { Tabel } from "@/components/tabel";
import { lees } from "@/server/pipeline/pagina";

export const metadata: Metadata = { title: "Aanbieders" };

export default async function Aanbieders() {
  const aanbieders = await lees(aanbiedersVoorBeheer);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente">Terug naar de startpagina</Link>
      </p>
      <h1>Aanbieders</h1>
      <h2>Aanbieder registreren</h2>
      <p>
        Alleen gecontracteerde aanbieders kunnen werkplekken plaatsen. Na registratie krijgt de eerste gebruiker een uitnodiging die 7 dagen
        geldig is.
      </p>
      <RegistratieFormulier />
      <h2>Gecontracteerde aanbieders</h2>
      <Tabel caption={<>{aanbieders.length} aanbieders</>}>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">KvK-nummer</th>
            <th scope="col">Contract tot</th>
            <th scope="col">Werkplekken</th>
            <th scope="col">Gebruikers</th>
          </tr>
        </thead>
        <tbody>
          {aanbieders.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.naam}</th>
              <td>{a.kvkNummer}</td>
              <td>{a.contractTot ? formatDatum(a.contractTot) : "Geen einddatum"}</td>
              <td>{a._count.werkplekken}</td>
              <td>{a._count.gebruikers}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </article>
  );
}
