"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { REDEN_AFWIJZING } from "@/domain/iwmo/codes";

/** Answer a verzoek with a WMO319: afwijzen with a WJ759 reason, or in onderzoek nemen. */
export function VerzoekAntwoord({
  actie,
  id,
  label,
}: {
  actie: (vorige: FormState, data: FormData) => Promise<FormState>;
  id: string;
  label: string;
}) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT);
  const f = s.fieldErrors;
  return (
    <form action={formActie} noValidate>
      <FormUitkomst s={s} className="mb-2 p-2" />
      <fieldset aria-describedby={f.antwoord ? `${id}-antwoord-fout` : undefined}>
        <legend>Antwoord op {label}</legend>
        {f.antwoord && (
          <p id={`${id}-antwoord-fout`} className="text-fout font-bold">
            {f.antwoord}
          </p>
        )}
        <label className="block">
          <input type="radio" name="antwoord" value="2" defaultChecked={s.values.antwoord === "2"} /> In onderzoek nemen
        </label>
        <label className="block">
          <input type="radio" name="antwoord" value="1" defaultChecked={s.values.antwoord === "1"} /> Afwijzen
        </label>
      </fieldset>
      <label htmlFor={`${id}-reden`} className="block">
        Reden van afwijzing
      </label>
      {f.reden && (
        <p id={`${id}-reden-fout`} className="text-fout font-bold">
          {f.reden}
        </p>
      )}
      <select
        id={`${id}-reden`}
        name="reden"
        className="veld"
        defaultValue={s.values.reden ?? ""}
        aria-invalid={f.reden ? true : undefined}
        aria-describedby={f.reden ? `${id}-reden-fout` : undefined}
      >
        <option value="">Alleen bij afwijzen</option>
        {Object.entries(REDEN_AFWIJZING).map(([code, tekst]) => (
          <option key={code} value={code}>
            {code}: {tekst}
          </option>
        ))}
      </select>
      <button type="submit" className="knop mt-2" disabled={bezig}>
        WMO319 maken
      </button>
    </form>
  );
}
