"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { TekstVak } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/**
 * Reverses an approved or paid line as a whole (ADR 0029): a credit line without a replacement,
 * with a reason the other side reads. Used by the aanbieder and by the gemeente.
 */
export function Terugdraaien({ actie, id, nummer, uitleg }: { actie: Actie; id: string; nummer: string; uitleg: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <details className="melden" open={Boolean(s.fieldErrors.reden || s.formError)}>
      <summary>
        Terugdraaien<span className="sr-only"> ({nummer})</span>
      </summary>
      <form action={action} noValidate key={formSleutel(s)}>
        <FormUitkomst s={s} className="mb-2 p-2" />
        <TekstVak staat={s} naam="reden" id={`terug-${id}`} label={`Reden van terugdraaien ${nummer}`} uitleg={uitleg} rows={2} />
        <button type="submit" className="knop knop-secundair" disabled={bezig}>
          Terugdraaien<span className="sr-only"> {nummer}</span>
        </button>
      </form>
    </details>
  );
}
