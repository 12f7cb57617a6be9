"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import { inloggenAction, type InlogState } from "./acties";
import { Melding } from "@/components/ui/melding";

export function InlogFormulier() {
  const [s, actie, bezig] = useActionState<InlogState, FormData>(inloggenAction, { email: "", fouten: {}, melding: null });
  return (
    <form action={actie} noValidate className="max-w-md">
      {s.melding && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.melding}
        </Melding>
      )}
      <Veld id="email" label="E-mailadres" fout={s.fouten.email}>
        {(a) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={s.email}
            key={s.email}
            className="veld"
            {...a}
          />
        )}
      </Veld>
      <Veld id="wachtwoord" label="Wachtwoord" fout={s.fouten.wachtwoord}>
        {(a) => <input id="wachtwoord" name="wachtwoord" type="password" autoComplete="current-password" className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Inloggen
      </button>
    </form>
  );
}
