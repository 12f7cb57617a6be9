"use client";

import { useActionState } from "react";
import { TekstVeld } from "@/components/ui/velden";
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
      <TekstVeld staat={s} naam="email" label="E-mailadres" type="email" autoComplete="username" key={s.values.email ?? ""} />
      <button type="submit" className="knop" disabled={bezig}>
        Stuur mij een link
      </button>
    </form>
  );
}
