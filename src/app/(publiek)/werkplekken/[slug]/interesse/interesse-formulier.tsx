"use client";

import { useActionState, useState } from "react";
import { beginStaat, type FormState } from "@/domain/formulier-state";
import { interesseVelden, valideerInteresse, type Veldfouten } from "@/domain/interesse";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { Melding } from "@/components/ui/melding";

/** Works without JavaScript (the server action validates and answers); with it, errors show at once. */
type Actie = (vorige: FormState, data: FormData) => Promise<FormState>;

export function InteresseFormulier({ actie, postcode }: { actie: Actie; postcode: string }) {
  // `actie` is bound once on the server: a fresh bind per render makes React re-render forever
  // when it restores a no-JavaScript post's state.
  const [state, action, bezig] = useActionState(actie, beginStaat({ postcode }));
  const [lokaal, setLokaal] = useState<Veldfouten | null>(null);
  const fouten: Veldfouten = lokaal ?? state.fieldErrors;
  const w = state.values;
  const staat = { values: w, fieldErrors: fouten };
  const overzicht = interesseVelden.flatMap((v) => (fouten[v] ? [{ veld: v, melding: fouten[v]! }] : []));
  // The werkplek itself (its bound slug) is not a field the inwoner can fix: said above the form.
  const formulierfout = state.formError ?? state.fieldErrors.slug;

  function controleer(e: React.FormEvent<HTMLFormElement>) {
    const r = valideerInteresse(Object.fromEntries(new FormData(e.currentTarget)));
    if (!r.ok) {
      e.preventDefault();
      setLokaal(r.fouten);
      requestAnimationFrame(() => document.getElementById("foutenoverzicht")?.focus());
    } else setLokaal(null);
  }

  return (
    <form action={action} onSubmit={controleer} noValidate className="max-w-xl" key={JSON.stringify(w)}>
      {formulierfout && (
        <Melding soort="fout" className="mb-6 p-4">
          {formulierfout}
        </Melding>
      )}
      <Foutenoverzicht fouten={overzicht} />
      <TekstVeld staat={staat} naam="naam" label="Naam" type="text" autoComplete="name" />
      <TekstVeld
        staat={staat}
        naam="email"
        label="E-mailadres"
        uitleg="Vul je e-mailadres of je telefoonnummer in (of allebei)."
        type="email"
        autoComplete="email"
      />
      <TekstVeld staat={staat} naam="telefoon" label="Telefoonnummer" type="tel" autoComplete="tel" klasse="max-w-60" />
      <TekstVeld
        staat={staat}
        naam="postcode"
        label="Jouw postcode"
        uitleg="Bijvoorbeeld 7311 AB."
        type="text"
        autoComplete="postal-code"
        klasse="max-w-40"
      />
      <TekstVak
        staat={staat}
        naam="bericht"
        label="Bericht (niet verplicht)"
        uitleg="Wil je iets vertellen of vragen? Schrijf het hier. Maximaal 1000 tekens."
        rows={5}
      />
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="mb-6">
        {fouten.toestemming && (
          <p id="toestemming-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {fouten.toestemming}
          </p>
        )}
        <div className="flex items-start gap-3">
          <input
            id="toestemming"
            name="toestemming"
            type="checkbox"
            value="ja"
            defaultChecked={w.toestemming === "ja"}
            className="mt-1.5 size-5 accent-[var(--kleur-accent)]"
            aria-invalid={fouten.toestemming ? true : undefined}
            aria-describedby={fouten.toestemming ? "toestemming-fout" : undefined}
          />
          <label htmlFor="toestemming">
            Ik geef de gemeente Apeldoorn toestemming om mijn gegevens te gebruiken om contact met mij op te nemen over deze werkplek. Lees
            meer in de <a href="/privacy">privacyverklaring</a>.
          </label>
        </div>
      </div>
      <button type="submit" className="knop" disabled={bezig}>
        {bezig ? "Bezig met versturen…" : "Verstuur mijn interesse"}
      </button>
    </form>
  );
}
