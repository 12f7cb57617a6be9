import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { GEMEENTE_ROLLEN, rolNaam } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { medewerkers } from "@/server/beheer/medewerkers";
import { lees } from "@/server/pipeline/pagina";
import { BeheerFormulier } from "../_ui/formulier";
import { deactiveerMedewerkerAction, nodigMedewerkerUitAction, wijzigRolAction } from "./acties";
import { DeactiveerFormulier, RolFormulier } from "./rij-formulieren";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Medewerkers" };

const rollen = GEMEENTE_ROLLEN.map((r) => ({ waarde: r, label: rolNaam[r] }));

export default async function Medewerkers() {
  const g = await vereisGebruiker("medewerker:beheren");
  const lijst = await lees(medewerkers);
  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Medewerkers van de gemeente</h1>
      <p>Een nieuwe rol geldt meteen. Wie gedeactiveerd wordt, wordt direct uitgelogd. Je eigen account kun je hier niet wijzigen.</p>
      <Tabel caption={<>Accounts van medewerkers ({lijst.length})</>}>
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
          {lijst.map((m) => {
            const wijzigbaar = m.actief && m.id !== g.id;
            return (
              <tr key={m.id}>
                <th scope="row">
                  {m.naam}
                  {m.id === g.id && <span className="block font-normal text-sm">Dit ben jij</span>}
                </th>
                <td>{m.email}</td>
                <td>
                  {wijzigbaar ? (
                    <RolFormulier actie={wijzigRolAction.bind(null, m.id)} id={m.id} naam={m.naam} rol={m.rol} rollen={rollen} />
                  ) : (
                    rolNaam[m.rol]
                  )}
                </td>
                <td>
                  {!m.actief ? "Gedeactiveerd" : m.uitgenodigd ? "Uitgenodigd" : "Actief"}
                  {m.laatstIngelogdOp && <span className="block text-sm">Laatst ingelogd op {formatDatum(m.laatstIngelogdOp)}</span>}
                </td>
                <td>{wijzigbaar && <DeactiveerFormulier actie={deactiveerMedewerkerAction.bind(null, m.id)} naam={m.naam} />}</td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
      <h2>Medewerker uitnodigen</h2>
      <p>
        De medewerker krijgt een e-mail met een link die 7 dagen werkt. Daarmee kiest hij of zij een wachtwoord en stelt
        tweestapsverificatie in.
      </p>
      <BeheerFormulier
        actie={nodigMedewerkerUitAction}
        prefix="uitnodigen"
        knop="Uitnodiging versturen"
        velden={[
          { naam: "naam", label: "Naam" },
          { naam: "email", label: "E-mailadres", type: "email" },
          { naam: "rol", label: "Rol", type: "select", opties: [{ waarde: "", label: "Kies een rol" }, ...rollen] },
        ]}
      />
    </article>
  );
}
