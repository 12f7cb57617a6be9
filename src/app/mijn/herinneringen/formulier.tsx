"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// A checkbox and a button: a plain POST when JavaScript is off (issue 23).

type Props = { actie: (vorige: FormState, data: FormData) => Promise<FormState>; aan: boolean };

export function HerinneringenFormulier({ actie, aan }: Props) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={formActie} className="max-w-xl">
      <FormUitkomst s={s} />
      <p className="mb-4 flex items-start gap-2">
        <input type="checkbox" id="herinneringen" name="herinneringen" value="aan" defaultChecked={aan} className="mt-1" />
        <label htmlFor="herinneringen">Stuur mij een e-mail over termijnen die eraan komen, vandaag zijn of verlopen zijn</label>
      </p>
      <button type="submit" className="knop" disabled={bezig}>
        Opslaan
      </button>
    </form>
  );
}
