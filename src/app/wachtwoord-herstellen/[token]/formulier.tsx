"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
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
      <Veld
        id="wachtwoord"
        label="Nieuw wachtwoord"
        uitleg="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
        fout={s.fieldErrors.wachtwoord}
      >
        {(a) => <input id="wachtwoord" name="wachtwoord" type="password" autoComplete="new-password" className="veld" {...a} />}
      </Veld>
      <Veld id="herhaling" label="Herhaal het nieuwe wachtwoord" fout={s.fieldErrors.herhaling}>
        {(a) => <input id="herhaling" name="herhaling" type="password" autoComplete="new-password" className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        {knop}
      </button>
    </form>
  );
}
