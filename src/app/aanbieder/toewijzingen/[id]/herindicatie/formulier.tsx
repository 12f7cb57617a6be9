"use client";

import { useActionState } from "react";
import { HerindicatieVelden } from "@/components/traject/herindicatie-velden";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak } from "@/components/ui/velden";
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
      <TekstVak staat={s} waarden={w} naam="reden" label="Waarom is een vervolg nodig?" rows={5} />
      <HerindicatieVelden
        waarden={w}
        fouten={f}
        producten={producten}
        product={{ label: "Welk product", uitleg: "Hetzelfde product voor een verlenging, of een ander product." }}
        start={{
          naam: "voorgesteldeStart",
          label: "Voorgestelde startdatum",
          uitleg: "Standaard de dag na het einde van de huidige toewijzing.",
        }}
        eind={{ naam: "voorgesteldeEind", label: "Voorgestelde einddatum" }}
      />
      <button type="submit" className="knop" disabled={bezig}>
        Herindicatie aanvragen
      </button>
    </form>
  );
}
