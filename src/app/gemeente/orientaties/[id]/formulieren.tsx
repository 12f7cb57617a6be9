"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// The two ways an oriëntatie ends. Each `actie` is bound to the oriëntatie's id in the page. Both
// work without JavaScript (a plain POST); an error keeps what was typed.

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

function lijst(s: FormState) {
  return Object.entries(s.fieldErrors).map(([veld, melding]) => ({ veld, melding }));
}

export function AdviesFormulier({ actie, treden }: { actie: Actie; treden: { nummer: number; naam: string }[] }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const w = s.values;
  const tekstveld = (id: string, label: string, uitleg: string) => (
    <TekstVak staat={s} waarden={w} naam={id} label={label} uitleg={uitleg} rows={4} />
  );
  return (
    <form action={action} noValidate className="max-w-2xl" key={JSON.stringify(s)}>
      <FormUitkomst s={s} className="mb-6 p-4" />
      <Foutenoverzicht fouten={lijst(s)} titel="Het advies is nog niet vastgelegd" />
      {tekstveld("adviesWerkveld", "Werkplek of werkveld", "Welke werkplek of welk werkveld past bij wat de inwoner wil en kan.")}
      {tekstveld("adviesOpleiding", "Opleiding", "Welke opleiding of cursus helpt, of dat er geen nodig is.")}
      {tekstveld("adviesVervolg", "Vervolgstappen", "Wat de inwoner en de contactpersoon nu doen, en wie wat regelt.")}
      <TredeSelect
        id="trede"
        label="Trede na de oriëntatie (niet verplicht)"
        leeg="Geen trede vastleggen"
        treden={treden}
        waarde={w.trede ?? ""}
        fout={s.fieldErrors.trede}
        uitleg="Komt in de ladderhistorie van de inwoner, met deze oriëntatie erbij."
      />
      <button type="submit" className="knop" disabled={bezig}>
        Advies vastleggen en afronden
      </button>
    </form>
  );
}

export function StopFormulier({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate className="max-w-2xl" key={JSON.stringify(s)}>
      <FormUitkomst s={s} className="mb-6 p-4" />
      <Foutenoverzicht fouten={lijst(s)} titel="De oriëntatie is nog niet gestopt" />
      <TekstVak staat={s} naam="stopreden" label="Reden van stoppen" uitleg="Er volgt dan geen advies." rows={3} />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Oriëntatie stoppen
      </button>
    </form>
  );
}
