"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import { Melding } from "@/components/ui/melding";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { vergetenAction } from "./acties";

export function VergetenFormulier() {
  const [s, actie, bezig] = useActionState(vergetenAction, LEGE_STAAT);
  if (s.ok && s.melding) {
    return (
      <Melding soort="succes" className="p-4">
        {s.melding}
      </Melding>
    );
  }
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
      <button type="submit" className="knop" disabled={bezig}>
        Stuur mij een link
      </button>
    </form>
  );
}
