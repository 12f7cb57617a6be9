"use client";

import { useActionState } from "react";
import { CodeVeld } from "@/components/code-veld";
import { codeAction, type CodeState } from "../acties";

export function CodeFormulier() {
  const [s, actie, bezig] = useActionState<CodeState, FormData>(codeAction, { melding: null });
  return (
    <form action={actie} noValidate className="max-w-md">
      <CodeVeld label="Code" uitleg="De 6 cijfers uit je app, of een van je herstelcodes." fout={s.melding} />
      <button type="submit" className="knop" disabled={bezig}>
        Verder
      </button>
    </form>
  );
}
