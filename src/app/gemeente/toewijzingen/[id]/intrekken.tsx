"use client";

import { useActionState } from "react";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

/** `actie` is bound to the toewijzing's id in the page. */
export function Intrekken({ actie }: { actie: (v: FormState, d: FormData) => Promise<FormState> }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fout = s.fieldErrors.reden ?? s.formError;
  return (
    <form action={action} noValidate className="max-w-md" key={s.ok ? "gelukt" : JSON.stringify(s.values)}>
      <label htmlFor="reden" className="block font-bold mb-1">
        Reden van intrekking
      </label>
      {fout && (
        <p id="reden-fout" role="alert" className="text-fout font-semibold mb-1">
          {fout}
        </p>
      )}
      <textarea
        id="reden"
        name="reden"
        rows={3}
        className="veld mb-3"
        defaultValue={s.values.reden ?? ""}
        aria-invalid={s.fieldErrors.reden ? true : undefined}
        aria-describedby={fout ? "reden-fout" : undefined}
      />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Toewijzing intrekken
      </button>
      {s.ok && s.melding && (
        <p role="status" className="mt-2">
          {s.melding}
        </p>
      )}
    </form>
  );
}
