"use client";

import { useActionState } from "react";
import { codeAction, type CodeState } from "../acties";

export function CodeFormulier() {
  const [s, actie, bezig] = useActionState<CodeState, FormData>(codeAction, { melding: null });
  return (
    <form action={actie} noValidate className="max-w-md">
      <div className="mb-4">
        <label htmlFor="code" className="block font-bold mb-1">Code</label>
        <p id="code-uitleg" className="text-sm text-tekst-zacht mb-1">De 6 cijfers uit je app, of een van je herstelcodes.</p>
        {s.melding && <p id="code-fout" className="text-fout font-semibold mb-1"><span className="sr-only">Fout: </span>{s.melding}</p>}
        <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" className="veld max-w-48"
          aria-invalid={s.melding ? true : undefined} aria-describedby={s.melding ? "code-fout code-uitleg" : "code-uitleg"} />
      </div>
      <button type="submit" className="knop" disabled={bezig}>Verder</button>
    </form>
  );
}
