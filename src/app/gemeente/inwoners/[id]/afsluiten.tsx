"use client";

import { useActionState } from "react";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { AFSLUITREDEN_NAAM, AFSLUITREDENEN } from "@/domain/inwoner/afsluiten";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// Issue 21 item 25 (docs/decisions/0034): close an inwoner with a reason, or reopen a closure made
// by mistake. Field ids carry a prefix (the ladder form on the same page has a "datum" too); the
// names are the schema's. Plain POSTs: they work without JavaScript.

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

export function AfsluitFormulier({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const f = s.fieldErrors;
  const fouten = (["reden", "datum", "toelichting"] as const).filter((v) => f[v]).map((v) => ({ veld: `afsluiten-${v}`, melding: f[v]! }));
  // Open again after a refusal: without JavaScript the page is new and the message must be seen.
  return (
    <details className="mb-8" id="afsluiten" open={s.ok === false || undefined}>
      <summary className="cursor-pointer font-bold">Inwoner afsluiten</summary>
      <p className="mt-2">
        Doet de inwoner niet meer mee aan het programma? Sluit het dossier dan af. Het dossier blijft bewaard; de inwoner telt niet meer mee
        in de huidige aantallen. Dat kan pas als er geen toewijzing of oriëntatie meer loopt.
      </p>
      <form action={action} noValidate className="max-w-xl" key={formSleutel(s)} aria-label="Inwoner afsluiten">
        <FormUitkomst s={s} className="mb-3 p-3" />
        <Foutenoverzicht fouten={fouten} />
        <fieldset className="mb-4" id="afsluiten-reden" tabIndex={-1} aria-describedby={f.reden ? "afsluiten-reden-fout" : undefined}>
          <legend className="font-bold mb-1">Reden</legend>
          {f.reden && (
            <p id="afsluiten-reden-fout" className="text-fout font-semibold mb-1">
              <span className="sr-only">Fout: </span>
              {f.reden}
            </p>
          )}
          {AFSLUITREDENEN.map((r) => (
            <div key={r} className="flex items-center gap-3 mb-1">
              <input
                id={`afsluiten-reden-${r}`}
                type="radio"
                name="reden"
                value={r}
                defaultChecked={s.values.reden === r}
                className="size-5"
              />
              <label htmlFor={`afsluiten-reden-${r}`}>{AFSLUITREDEN_NAAM[r]}</label>
            </div>
          ))}
        </fieldset>
        <TekstVeld
          staat={s}
          naam="datum"
          id="afsluiten-datum"
          label="Afgesloten per"
          uitleg="Vandaag of eerder, bijvoorbeeld de verhuisdatum."
          type="date"
          klasse="max-w-60"
        />
        <TekstVak staat={s} naam="toelichting" id="afsluiten-toelichting" label="Toelichting (verplicht bij 'Anders')" rows={3} />
        <button type="submit" className="knop" disabled={bezig}>
          Inwoner afsluiten
        </button>
      </form>
    </details>
  );
}

export function Heropenen({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} className="mt-2" aria-label="Inwoner heropenen">
      <FormUitkomst s={s} className="mb-3 p-3" />
      <p className="text-sm mb-2">Was dit een vergissing, of doet de inwoner weer mee? Heropen dan het dossier.</p>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Inwoner heropenen
      </button>
    </form>
  );
}
