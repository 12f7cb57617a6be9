"use client";

import { useActionState } from "react";
import { CodeVeld } from "@/components/code-veld";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { codeAction } from "../acties";

export function CodeFormulier() {
  const [s, actie, bezig] = useActionState(codeAction, LEGE_STAAT);
  return (
    <form action={actie} noValidate className="max-w-md">
      <CodeVeld label="Code" uitleg="De 6 cijfers uit je app, of een van je herstelcodes." fout={s.fieldErrors.code ?? s.formError} />
      <button type="submit" className="knop" disabled={bezig}>
        Verder
      </button>
    </form>
  );
}
