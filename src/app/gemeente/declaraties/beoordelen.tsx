"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Veld } from "@/components/ui/veld";
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
        <Veld
          id={`afwijsreden-${id}`}
          label={`Reden van afwijzing ${nummer}`}
          fout={s.fieldErrors.afwijsreden}
          uitleg="De aanbieder leest deze reden."
        >
          {(a) => (
            <textarea
              id={`afwijsreden-${id}`}
              name="afwijsreden"
              rows={2}
              defaultValue={s.values.afwijsreden ?? ""}
              className="veld"
              {...a}
            />
          )}
        </Veld>
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
      <Veld id="betaaldatum" label="Betaaldatum" fout={s.fieldErrors.betaaldatum}>
        {(a) => (
          <input
            id="betaaldatum"
            name="betaaldatum"
            type="date"
            defaultValue={s.values.betaaldatum ?? vandaag}
            className="veld max-w-60"
            {...a}
          />
        )}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Betaalrun maken
      </button>
    </form>
  );
}
