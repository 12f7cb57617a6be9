"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { Veld } from "@/components/ui/veld";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/** Corrects an approved or paid line: a credit line and a new line (never an edit); 0 hours reverses it (ADR 0029). */
export function Correctie({ actie, id, nummer }: { actie: Actie; id: string; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate key={JSON.stringify(s.values)}>
      <FormUitkomst s={s} className="mb-2 p-2" />
      <Veld
        id={`uren-${id}`}
        label={`Juiste uren ${nummer}`}
        fout={s.fieldErrors.uren}
        uitleg="Vul 0 in als er niets gewerkt is: dan wordt de regel helemaal teruggedraaid."
      >
        {(a) => (
          <input id={`uren-${id}`} name="uren" inputMode="numeric" defaultValue={s.values.uren ?? ""} className="veld max-w-28" {...a} />
        )}
      </Veld>
      <Veld id={`reden-${id}`} label={`Reden als het meer is dan toegewezen ${nummer}`} fout={s.fieldErrors.reden}>
        {(a) => <textarea id={`reden-${id}`} name="reden" rows={2} defaultValue={s.values.reden ?? ""} className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Corrigeren<span className="sr-only"> {nummer}</span>
      </button>
    </form>
  );
}
