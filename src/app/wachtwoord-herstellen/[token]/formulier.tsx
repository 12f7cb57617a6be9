"use client";

import { useActionState } from "react";
import { TekstVeld } from "@/components/ui/velden";
import { Melding } from "@/components/ui/melding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/** New password twice; used for a reset and for accepting an invitation. Passwords are never echoed. */
export function HerstelFormulier({ actie, knop = "Wachtwoord opslaan" }: { actie: Actie; knop?: string }) {
  const [s, verstuur, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={verstuur} noValidate className="max-w-md">
      {s.formError && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.formError}
        </Melding>
      )}
      <TekstVeld
        staat={s}
        naam="wachtwoord"
        label="Nieuw wachtwoord"
        uitleg="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
        type="password"
        autoComplete="new-password"
      />
      <TekstVeld staat={s} naam="herhaling" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" />
      <button type="submit" className="knop" disabled={bezig}>
        {knop}
      </button>
    </form>
  );
}
