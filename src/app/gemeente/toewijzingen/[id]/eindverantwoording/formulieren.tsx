"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, beginStaat, type FormState } from "@/domain/formulier-state";

// The contact person's forms on the eindverantwoording; each `actie` is bound to the toewijzing's id.
type Actie = (v: FormState, d: FormData) => Promise<FormState>;

export function Terugsturen({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate className="max-w-xl" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <TekstVak
        staat={s}
        naam="terugvraag"
        label="Je vraag aan de aanbieder"
        uitleg="Je kunt de eindverantwoording maar één keer terugsturen."
        rows={4}
      />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Terugsturen met vraag
      </button>
    </form>
  );
}

export function Gelezen({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} className="mb-4">
      <FormUitkomst s={s} />
      <button type="submit" className="knop" disabled={bezig}>
        Markeren als gelezen
      </button>
    </form>
  );
}

export function TredeNaTraject({
  actie,
  begin,
  treden,
}: {
  actie: Actie;
  begin: Record<string, string>;
  treden: { nummer: number; naam: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, beginStaat(begin));
  const w = s.ok === false ? s.values : begin;
  const f = s.fieldErrors;
  return (
    <form action={action} noValidate className="max-w-md" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={Object.entries(f).map(([veld, melding]) => ({ veld, melding }))} titel="Controleer de trede" />
      <TredeSelect
        id="trede"
        label="Trede na het traject"
        leeg="Kies een trede"
        treden={treden}
        waarde={w.trede ?? ""}
        fout={f.trede}
        uitleg="Voorgesteld uit de eindverantwoording; pas aan als dat nodig is."
      />
      <TredeSelect
        id="perspectiefTrede"
        label="Perspectieftrede (niet verplicht)"
        leeg="Geen perspectief"
        treden={treden}
        waarde={w.perspectiefTrede ?? ""}
        fout={f.perspectiefTrede}
        uitleg="Voorgesteld: het advies van de aanbieder over de hoogst haalbare trede."
      />
      <TekstVeld staat={s} waarden={w} naam="datum" label="Datum" type="date" klasse="max-w-60" />
      <TekstVak staat={s} waarden={w} naam="toelichting" label="Toelichting (niet verplicht)" rows={3} />
      <button type="submit" className="knop" disabled={bezig}>
        Trede vastleggen
      </button>
    </form>
  );
}
