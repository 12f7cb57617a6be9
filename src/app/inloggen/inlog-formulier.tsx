"use client";

import { useActionState } from "react";
import { TekstVeld } from "@/components/ui/velden";
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
      <TekstVeld staat={s} naam="email" label="E-mailadres" type="email" autoComplete="username" key={s.values.email ?? ""} />
      <TekstVeld staat={s} naam="wachtwoord" label="Wachtwoord" type="password" autoComplete="current-password" />
      <button type="submit" className="knop" disabled={bezig}>
        Inloggen
      </button>
    </form>
  );
}
