"use client";

import { useActionState } from "react";
import { tweestapsAction, type TweestapsState } from "./acties";

export function TweestapsFormulier() {
  const [s, actie, bezig] = useActionState<TweestapsState, FormData>(tweestapsAction, { melding: null });
  return (
    <form action={actie} noValidate className="max-w-md">
      <div className="mb-4">
        <label htmlFor="code" className="block font-bold mb-1">Code uit je app</label>
        {s.melding && <p id="code-fout" className="text-fout font-semibold mb-1"><span className="sr-only">Fout: </span>{s.melding}</p>}
        <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" className="veld max-w-48"
          aria-invalid={s.melding ? true : undefined} aria-describedby={s.melding ? "code-fout" : undefined} />
      </div>
      <button type="submit" className="knop" disabled={bezig}>Tweestapsverificatie aanzetten</button>
    </form>
  );
}
