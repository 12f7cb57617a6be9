"use client";

import { useActionState } from "react";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";

// One form for the beheer pages, driven by a list of fields: label, help text and error per field
// (Veld), an error summary, values kept after an error, and a plain POST when JavaScript is off.

export type VeldConfig = {
  naam: string;
  label: string;
  type?: "text" | "email" | "date" | "select" | "textarea";
  uitleg?: string;
  opties?: readonly { waarde: string; label: string }[];
  /** "decimal" for amounts, "numeric" for years and counts: the right keyboard on a phone. */
  invoermodus?: "decimal" | "numeric";
  autoComplete?: string;
  standaard?: string;
  smal?: boolean;
};

type Props = {
  actie: (vorige: FormState, data: FormData) => Promise<FormState>;
  velden: readonly VeldConfig[];
  knop: string;
  /** Makes the field ids unique when a page has more than one form. */
  prefix: string;
};

const SMAL = "max-w-[14rem]";

export function BeheerFormulier({ actie, velden, knop, prefix }: Props) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT);
  const id = (naam: string) => `${prefix}-${naam}`;
  return (
    <form action={formActie} noValidate className="max-w-xl" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <Foutenoverzicht
        fouten={velden.flatMap((v) => (s.fieldErrors[v.naam] ? [{ veld: id(v.naam), melding: s.fieldErrors[v.naam]! }] : []))}
      />
      {velden.map((v) => {
        const veld = {
          staat: s,
          naam: v.naam,
          id: id(v.naam),
          label: v.label,
          uitleg: v.uitleg,
          standaard: v.standaard,
          klasse: v.smal ? SMAL : undefined,
        };
        return v.type === "select" ? (
          <KeuzeLijst key={v.naam} {...veld}>
            {v.opties?.map((o) => (
              <option key={o.waarde} value={o.waarde}>
                {o.label}
              </option>
            ))}
          </KeuzeLijst>
        ) : v.type === "textarea" ? (
          <TekstVak key={v.naam} {...veld} rows={3} />
        ) : (
          <TekstVeld key={v.naam} {...veld} type={v.type ?? "text"} inputMode={v.invoermodus} autoComplete={v.autoComplete ?? "off"} />
        );
      })}
      <button type="submit" className="knop" disabled={bezig}>
        {knop}
      </button>
    </form>
  );
}
