"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import type { HerstelState } from "./acties";

type Actie = (v: HerstelState, d: FormData) => Promise<HerstelState>;

/** New password twice; used for a reset and for accepting an invitation. */
export function HerstelFormulier({ actie, knop = "Wachtwoord opslaan" }: { actie: Actie; knop?: string }) {
  const [s, verstuur, bezig] = useActionState(actie, { fout: null });
  return (
    <form action={verstuur} noValidate className="max-w-md">
      <Veld
        id="wachtwoord"
        label="Nieuw wachtwoord"
        uitleg="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
        fout={s.fout ?? undefined}
      >
        {(a) => <input id="wachtwoord" name="wachtwoord" type="password" autoComplete="new-password" className="veld" {...a} />}
      </Veld>
      <Veld id="herhaling" label="Herhaal het nieuwe wachtwoord">
        {(a) => <input id="herhaling" name="herhaling" type="password" autoComplete="new-password" className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        {knop}
      </button>
    </form>
  );
}
