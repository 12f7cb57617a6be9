"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// The contact person's forms on a traject (issue 11); plain POST forms that work without JavaScript.
type Actie = (v: FormState, d: FormData) => Promise<FormState>;
const fouten = (s: FormState) => Object.entries(s.fieldErrors).map(([veld, melding]) => ({ veld, melding }));

// Each form stays mounted when its action closes it (`open` false), so its success message stays.

export function GelezenKnop({ actie, omschrijving, open }: { actie: Actie; omschrijving: string; open: boolean }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  if (!open) return <FormUitkomst s={s} className="mt-1 mb-2 p-2" />;
  return (
    <form action={action} className="mt-1">
      <FormUitkomst s={s} className="mb-2 p-2" />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Markeer als gelezen<span className="sr-only"> ({omschrijving})</span>
      </button>
    </form>
  );
}

export function GesprekAntwoord({ actie, open }: { actie: Actie; open: boolean }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  if (!open) return <FormUitkomst s={s} />;
  const fout = s.fieldErrors.antwoord;
  return (
    <form action={action} noValidate key={formSleutel(s)} className="max-w-xl">
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fouten(s)} titel="Je antwoord is nog niet verstuurd" />
      <fieldset className="mb-4" aria-describedby={fout ? "antwoord-fout" : undefined}>
        <legend className="font-bold mb-1">Je antwoord</legend>
        {fout && (
          <p id="antwoord-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {fout}
          </p>
        )}
        <p>
          <input type="radio" id="antwoord" name="antwoord" value="accepteren" defaultChecked={s.values.antwoord === "accepteren"} />{" "}
          <label htmlFor="antwoord">Ik accepteer dit moment</label>
        </p>
        <p>
          <input
            type="radio"
            id="antwoord-ander"
            name="antwoord"
            value="ander-moment"
            defaultChecked={s.values.antwoord === "ander-moment"}
          />{" "}
          <label htmlFor="antwoord-ander">Ik stel een ander moment voor</label>
        </p>
      </fieldset>
      <TekstVak
        staat={s}
        naam="tegenvoorstel"
        label="Ander moment (alleen als je een ander moment voorstelt)"
        uitleg="Bijvoorbeeld: dinsdag 9 maart of woensdag 10 maart in de ochtend, op het stadhuis."
        rows={3}
      />
      <button type="submit" className="knop" disabled={bezig}>
        Antwoord versturen
      </button>
    </form>
  );
}

export function GesprekUitkomst({ actie, open }: { actie: Actie; open: boolean }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  if (!open) return <FormUitkomst s={s} />;
  return (
    <form action={action} noValidate key={formSleutel(s)} className="max-w-xl">
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fouten(s)} titel="De uitkomst is nog niet vastgelegd" />
      <TekstVak staat={s} naam="uitkomst" label="Uitkomst van het gesprek" rows={4} />
      <button type="submit" className="knop" disabled={bezig}>
        Uitkomst vastleggen
      </button>
    </form>
  );
}
