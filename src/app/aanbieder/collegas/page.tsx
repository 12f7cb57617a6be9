import type { Metadata } from "next";
import Link from "next/link";
import { rolNaam } from "@/domain/rollen";
import { collegas } from "@/server/accounts/collegas";
import { vereisAanbieder } from "@/server/auth/sessie";
import { deactiveerAction } from "./acties";
import { DeactiveerKnop, UitnodigFormulier } from "./formulieren";

export const metadata: Metadata = { title: "Collega's" };

export default async function Collegas() {
  const g = await vereisAanbieder("aanbieder:collega-beheren");
  const lijst = await collegas(g);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/aanbieder">Terug naar de startpagina</Link>
      </p>
      <h1>Collega&apos;s</h1>
      <table>
        <caption>Accounts van je organisatie</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">E-mailadres</th>
            <th scope="col">Rol</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actie</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lijst.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.naam}</th>
              <td>{c.email}</td>
              <td>{rolNaam[c.rol]}</td>
              <td>{!c.actief ? "Gedeactiveerd" : c.uitgenodigd ? "Uitgenodigd" : "Actief"}</td>
              <td>{c.actief && c.id !== g.id && <DeactiveerKnop actie={deactiveerAction.bind(null, c.id)} naam={c.naam} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Collega uitnodigen</h2>
      <p>Je collega krijgt een e-mail met een link die 7 dagen werkt.</p>
      <UitnodigFormulier />
    </article>
  );
}
