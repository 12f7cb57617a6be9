"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

export function Goedkeuren({ actie, nummer }: { actie: Actie; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} className="mb-2">
      <FormUitkomst s={s} className="mb-2 p-2" />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Goedkeuren<span className="sr-only"> {nummer}</span>
      </button>
    </form>
  );
}

export function Afwijzen({ actie, id, nummer }: { actie: Actie; id: string; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <details className="melden" open={Boolean(s.fieldErrors.afwijsreden || s.formError)}>
      <summary>
        Afwijzen<span className="sr-only"> ({nummer})</span>
      </summary>
      <form action={action} noValidate key={formSleutel(s)}>
        <FormUitkomst s={s} className="mb-2 p-2" />
        <TekstVak
          staat={s}
          naam="afwijsreden"
          id={`afwijsreden-${id}`}
          label={`Reden van afwijzing ${nummer}`}
          uitleg="De aanbieder leest deze reden."
          rows={2}
        />
        <button type="submit" className="knop knop-secundair" disabled={bezig}>
          Afwijzen<span className="sr-only"> {nummer}</span>
        </button>
      </form>
    </details>
  );
}

export function BetaalrunFormulier({ actie, vandaag }: { actie: Actie; vandaag: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate key={formSleutel(s)} className="mb-4">
      <FormUitkomst s={s} />
      <TekstVeld staat={s} naam="betaaldatum" label="Betaaldatum" standaard={vandaag} type="date" klasse="max-w-60" />
      <button type="submit" className="knop" disabled={bezig}>
        Betaalrun maken
      </button>
    </form>
  );
}
