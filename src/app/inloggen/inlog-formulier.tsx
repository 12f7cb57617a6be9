"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import { Melding } from "@/components/ui/melding";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { inloggenAction } from "./acties";

export function InlogFormulier() {
  const [s, actie, bezig] = useActionState(inloggenAction, LEGE_STAAT);
  return (
    <form action={actie} noValidate className="max-w-md">
      {s.formError && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.formError}
        </Melding>
      )}
      <Veld id="email" label="E-mailadres" fout={s.fieldErrors.email}>
        {(a) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={s.values.email ?? ""}
            key={s.values.email ?? ""}
            className="veld"
            {...a}
          />
        )}
      </Veld>
      <Veld id="wachtwoord" label="Wachtwoord" fout={s.fieldErrors.wachtwoord}>
        {(a) => <input id="wachtwoord" name="wachtwoord" type="password" autoComplete="current-password" className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Inloggen
      </button>
    </form>
  );
}
