"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/** Corrects an approved or paid line: a credit line and a new line (never an edit); 0 hours reverses it (ADR 0029). */
export function Correctie({ actie, id, nummer }: { actie: Actie; id: string; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate key={JSON.stringify(s.values)}>
      <FormUitkomst s={s} className="mb-2 p-2" />
      <TekstVeld
        staat={s}
        naam="uren"
        id={`uren-${id}`}
        label={`Juiste uren ${nummer}`}
        uitleg="Vul 0 in als er niets gewerkt is: dan wordt de regel helemaal teruggedraaid."
        inputMode="numeric"
        klasse="max-w-28"
      />
      <TekstVak staat={s} naam="reden" id={`reden-${id}`} label={`Reden als het meer is dan toegewezen ${nummer}`} rows={2} />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Corrigeren<span className="sr-only"> {nummer}</span>
      </button>
    </form>
  );
}
