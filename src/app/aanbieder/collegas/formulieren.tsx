"use client";

import { useActionState } from "react";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { uitnodigenAction } from "./acties";

const VELDEN = ["naam", "email", "rol"] as const;

export function UitnodigFormulier() {
  const [s, actie, bezig] = useActionState(uitnodigenAction, LEGE_STAAT);
  return (
    <form action={actie} noValidate className="max-w-md" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={VELDEN.flatMap((v) => (s.fieldErrors[v] ? [{ veld: v, melding: s.fieldErrors[v]! }] : []))} />
      <Veld id="naam" label="Naam" fout={s.fieldErrors.naam}>
        {(a) => <input id="naam" name="naam" defaultValue={s.values.naam ?? ""} autoComplete="off" className="veld" {...a} />}
      </Veld>
      <Veld id="email" label="E-mailadres" fout={s.fieldErrors.email}>
        {(a) => (
          <input id="email" name="email" type="email" defaultValue={s.values.email ?? ""} autoComplete="off" className="veld" {...a} />
        )}
      </Veld>
      <Veld id="rol" label="Rol" fout={s.fieldErrors.rol}>
        {(a) => (
          <select id="rol" name="rol" defaultValue={s.values.rol ?? "AANBIEDER_MEDEWERKER"} className="veld" {...a}>
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

type Actie = (vorige: FormState, data: FormData) => Promise<FormState>;

/** One button of a row; its action arrives bound to the row's id (in the page). */
export function RijKnop({ actie, label, naam }: { actie: Actie; label: string; naam: string }) {
  const [s, verstuur, bezig] = useActionState(actie, LEGE_STAAT);
  const melding = s.ok ? s.melding : (s.formError ?? s.fieldErrors.id);
  return (
    <form action={verstuur}>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        {label}
        <span className="sr-only"> {naam}</span>
      </button>
      {melding && <p role={s.ok ? "status" : "alert"}>{melding}</p>}
    </form>
  );
}
