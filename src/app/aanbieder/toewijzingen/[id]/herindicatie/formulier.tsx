"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
import { beginStaat, type FormState } from "@/domain/formulier-state";

type Props = {
  actie: (v: FormState, d: FormData) => Promise<FormState>;
  begin: Record<string, string>;
  producten: { code: string; korteNaam: string }[];
};

/** R-TOE-5: the aanbieder's request for a follow-up. Works without JavaScript. */
export function HerindicatieFormulier({ actie, begin, producten }: Props) {
  const [s, action, bezig] = useActionState(actie, beginStaat(begin));
  const w = s.ok === false ? s.values : begin;
  const f = s.fieldErrors;
  return (
    <form action={action} noValidate className="max-w-xl" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={Object.entries(f).map(([veld, melding]) => ({ veld, melding }))} titel="Controleer het verzoek" />
      <Veld id="reden" label="Waarom is een vervolg nodig?" fout={f.reden}>
        {(a) => <textarea id="reden" name="reden" rows={5} defaultValue={w.reden ?? ""} className="veld" {...a} />}
      </Veld>
      <Veld
        id="productCode"
        label="Welk product"
        uitleg="Hetzelfde product voor een verlenging, of een ander product."
        fout={f.productCode}
      >
        {(a) => (
          <select id="productCode" name="productCode" defaultValue={w.productCode ?? ""} className="veld" {...a}>
            <option value="">Kies een product</option>
            {producten.map((p) => (
              <option key={p.code} value={p.code}>
                {p.korteNaam}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld
        id="voorgesteldeStart"
        label="Voorgestelde startdatum"
        uitleg="Standaard de dag na het einde van de huidige toewijzing."
        fout={f.voorgesteldeStart}
      >
        {(a) => (
          <input
            id="voorgesteldeStart"
            name="voorgesteldeStart"
            type="date"
            defaultValue={w.voorgesteldeStart ?? ""}
            className="veld max-w-60"
            {...a}
          />
        )}
      </Veld>
      <Veld id="voorgesteldeEind" label="Voorgestelde einddatum" fout={f.voorgesteldeEind}>
        {(a) => (
          <input
            id="voorgesteldeEind"
            name="voorgesteldeEind"
            type="date"
            defaultValue={w.voorgesteldeEind ?? ""}
            className="veld max-w-60"
            {...a}
          />
        )}
      </Veld>
      <Veld id="urenPerWeek" label="Uren per week (alleen werkplek op trede)" fout={f.urenPerWeek}>
        {(a) => (
          <input
            id="urenPerWeek"
            name="urenPerWeek"
            inputMode="numeric"
            defaultValue={w.urenPerWeek ?? ""}
            className="veld max-w-24"
            {...a}
          />
        )}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Herindicatie aanvragen
      </button>
    </form>
  );
}
