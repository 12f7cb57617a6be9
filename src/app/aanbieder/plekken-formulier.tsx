"use client";

import { useActionState } from "react";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/** "Vrije plekken" in one step from the list: a number and a button, the answer next to it. */
export function PlekkenFormulier({ actie, id, titel, aantal }: { actie: Actie; id: string; titel: string; aantal: number }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fout = s.fieldErrors.plaatsenBeschikbaar ?? s.fieldErrors.id ?? s.formError;
  return (
    <form action={action} noValidate className="flex flex-wrap items-center gap-2">
      <label htmlFor={`plekken-${id}`} className="sr-only">
        Vrije plekken bij {titel}
      </label>
      <input
        id={`plekken-${id}`}
        name="plaatsenBeschikbaar"
        type="number"
        inputMode="numeric"
        min={0}
        max={99}
        defaultValue={s.values.plaatsenBeschikbaar ?? String(aantal)}
        className="veld !w-20"
        aria-invalid={fout ? true : undefined}
        aria-describedby={fout || s.ok ? `plekken-${id}-uitkomst` : undefined}
      />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Opslaan<span className="sr-only"> (vrije plekken bij {titel})</span>
      </button>
      {(fout || (s.ok && s.melding)) && (
        <p
          id={`plekken-${id}-uitkomst`}
          role={fout ? "alert" : "status"}
          className={`w-full text-sm ${fout ? "text-fout font-semibold" : ""}`}
        >
          {fout ?? s.melding}
        </p>
      )}
    </form>
  );
}
