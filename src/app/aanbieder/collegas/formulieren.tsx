"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import { deactiveerAction, uitnodigenAction, type CollegaState } from "./acties";
import { Melding } from "@/components/ui/melding";

export function UitnodigFormulier() {
  const [s, actie, bezig] = useActionState<CollegaState, FormData>(uitnodigenAction, {
    waarden: {},
    fouten: {},
    melding: null,
    gelukt: null,
  });
  return (
    <form action={actie} noValidate className="max-w-md" key={s.gelukt ?? JSON.stringify(s.waarden)}>
      {s.gelukt && (
        <Melding soort="succes" className="mb-4 p-3">
          {s.gelukt}
        </Melding>
      )}
      {s.melding && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.melding}
        </Melding>
      )}
      <Veld id="naam" label="Naam" fout={s.fouten.naam}>
        {(a) => <input id="naam" name="naam" defaultValue={s.waarden.naam ?? ""} className="veld" {...a} />}
      </Veld>
      <Veld id="email" label="E-mailadres" fout={s.fouten.email}>
        {(a) => <input id="email" name="email" type="email" defaultValue={s.waarden.email ?? ""} className="veld" {...a} />}
      </Veld>
      <Veld id="rol" label="Rol" fout={s.fouten.rol}>
        {(a) => (
          <select id="rol" name="rol" defaultValue={s.waarden.rol ?? "AANBIEDER_MEDEWERKER"} className="veld" {...a}>
            <option value="AANBIEDER_MEDEWERKER">Medewerker: beheert werkplekken en toewijzingen</option>
            <option value="AANBIEDER_BEHEERDER">Beheerder: ook collega&apos;s uitnodigen en deactiveren</option>
          </select>
        )}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Uitnodiging versturen
      </button>
    </form>
  );
}

export function DeactiveerKnop({ id, naam }: { id: string; naam: string }) {
  const [s, actie, bezig] = useActionState(deactiveerAction, { melding: null });
  return (
    <form action={actie}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Deactiveren<span className="sr-only"> {naam}</span>
      </button>
      {s.melding && <p role="status">{s.melding}</p>}
    </form>
  );
}
