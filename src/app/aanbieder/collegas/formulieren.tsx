"use client";

import { useActionState } from "react";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVeld } from "@/components/ui/velden";
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
      <TekstVeld staat={s} naam="naam" label="Naam" autoComplete="off" />
      <TekstVeld staat={s} naam="email" label="E-mailadres" type="email" autoComplete="off" />
      <KeuzeLijst staat={s} naam="rol" label="Rol" standaard={"AANBIEDER_MEDEWERKER"}>
        <option value="AANBIEDER_MEDEWERKER">Medewerker: beheert werkplekken en toewijzingen</option>
        <option value="AANBIEDER_BEHEERDER">Beheerder: ook collega&apos;s uitnodigen en deactiveren</option>
      </KeuzeLijst>
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
