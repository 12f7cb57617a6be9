"use client";

import { useActionState } from "react";
import { CodeVeld } from "@/components/code-veld";
import { tweestapsAction, type TweestapsState } from "./acties";

export function TweestapsFormulier() {
  const [s, actie, bezig] = useActionState<TweestapsState, FormData>(tweestapsAction, { melding: null });
  return (
    <form action={actie} noValidate className="max-w-md">
      <CodeVeld label="Code uit je app" fout={s.melding} />
      <button type="submit" className="knop" disabled={bezig}>
        Tweestapsverificatie aanzetten
      </button>
    </form>
  );
}
