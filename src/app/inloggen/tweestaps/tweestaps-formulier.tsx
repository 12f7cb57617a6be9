"use client";

import { useActionState } from "react";
import { CodeVeld } from "@/components/code-veld";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { tweestapsAction } from "./acties";

export function TweestapsFormulier() {
  const [s, actie, bezig] = useActionState(tweestapsAction, LEGE_STAAT);
  return (
    <form action={actie} noValidate className="max-w-md">
      <CodeVeld label="Code uit je app" fout={s.fieldErrors.code ?? s.formError} />
      <button type="submit" className="knop" disabled={bezig}>
        Tweestapsverificatie aanzetten
      </button>
    </form>
  );
}
