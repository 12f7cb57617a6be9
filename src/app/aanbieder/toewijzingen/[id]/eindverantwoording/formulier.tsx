"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht } from "@/components/ui/veld";
import { Keuzerondjes, TekstVak, TekstVeld } from "@/components/ui/velden";
import { DOEL_RESULTATEN, doelVelden } from "@/domain/eindverantwoording/invoer";
import { beginStaat, type FormState } from "@/domain/formulier-state";

// The eindverantwoording form (R-EV-2, R-EV-3). Works without JavaScript: two submit buttons with
// name="actie" (draft or submit); after an error every field shows what was typed.

type Props = {
  actie: (v: FormState, d: FormData) => Promise<FormState>;
  /** The saved values ("" for nothing yet), as form strings. */
  begin: Record<string, string>;
  versie: string;
  doelen: { id: string; soort: string; omschrijving: string }[];
  ontwikkeling: boolean;
  verlengbaar: boolean;
  doelTrede: number | null;
  treden: { nummer: number; naam: string }[];
};

const RESULTAAT_OPTIES = Object.entries(DOEL_RESULTATEN).map(([waarde, label]) => ({ waarde, label }));

export function EindverantwoordingFormulier({ actie, begin, versie, doelen, ontwikkeling, verlengbaar, doelTrede, treden }: Props) {
  const [s, action, bezig] = useActionState(actie, beginStaat(begin));
  // After an error: what was typed; otherwise what is saved (the page reloads it after a save).
  const w = s.ok === false ? s.values : begin;
  const f = s.fieldErrors;
  // In the summary a goal's message says which goal it is about.
  const doelNummer = new Map(doelen.flatMap((d, n) => Object.values(doelVelden(d.id)).map((v) => [v, n + 1] as const)));
  const overzicht = Object.entries(f).map(([veld, melding]) => ({
    veld,
    melding: doelNummer.has(veld) ? `Doel ${doelNummer.get(veld)}: ${melding}` : melding,
  }));
  return (
    <form action={action} noValidate key={`${versie}-${JSON.stringify(w)}`}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={overzicht} titel="Controleer de eindverantwoording" />
      <input type="hidden" name="versie" value={versie} />

      <h2>1. Algemeen functioneren</h2>
      <TekstVak staat={s} waarden={w} rows={5} naam="algemeen" label="Algemeen functioneren en bijzonderheden van de periode" />

      <h2>2 en 3. Doelen en resultaat</h2>
      {doelen.length === 0 ? (
        <p>Het ondersteuningsplan heeft geen doelen. Beschrijf hieronder aan welke doelen is gewerkt en wat het resultaat is.</p>
      ) : (
        <p>Geef per doel van het ondersteuningsplan aan of het is bereikt, en waarom wel of niet.</p>
      )}
      {doelen.map((d, n) => {
        const v = doelVelden(d.id);
        return (
          <fieldset key={d.id} className="mb-6 rounded-lg border border-rand-licht p-4">
            <legend className="font-bold px-1">
              Doel {n + 1} ({d.soort.toLowerCase()}): {d.omschrijving}
            </legend>
            <Keuzerondjes staat={s} waarden={w} naam={v.resultaat} legend={`Resultaat doel ${n + 1}`} opties={RESULTAAT_OPTIES} />
            <TekstVak staat={s} waarden={w} rows={5} naam={v.toelichting} label={`Waarom doel ${n + 1} wel of niet is bereikt`} />
          </fieldset>
        );
      })}
      <TekstVak
        staat={s}
        waarden={w}
        rows={5}
        naam="resultaatToelichting"
        label={doelen.length === 0 ? "Doelen waaraan is gewerkt en het resultaat" : "Toelichting op het resultaat (niet verplicht)"}
      />

      <h2>4. Doelen om voort te zetten</h2>
      <TekstVak staat={s} waarden={w} rows={5} naam="voortzetten" label="Welke doelen worden voortgezet, en waarom?" />

      <h2>5. Nieuwe doelen voor een verlenging</h2>
      {verlengbaar ? (
        <TekstVak
          staat={s}
          waarden={w}
          rows={5}
          naam="nieuweDoelen"
          label="Nieuwe doelen voor een verlengingsperiode"
          uitleg="Is geen verlenging nodig? Schrijf dat dan hier."
        />
      ) : (
        <p>Niet van toepassing: deze toewijzing kan niet (nog eens) worden verlengd.</p>
      )}
      {/* Issue 21 item 23: "ja" keeps the herindicatie due; "nee" makes it no longer needed. */}
      <Keuzerondjes
        staat={s}
        waarden={w}
        naam="vervolgNodig"
        legend="Is er een vervolg nodig (een verlenging of een ander product)?"
        opties={[
          { waarde: "ja", label: "Ja, ik vraag een herindicatie aan" },
          { waarde: "nee", label: "Nee, er is geen vervolg nodig" },
        ]}
      />

      <h2>6. Advies over de volgende stap</h2>
      <TredeSelect
        id="adviesTrede"
        label="Hoogst haalbare trede"
        leeg="Kies een trede"
        treden={treden}
        waarde={w.adviesTrede ?? ""}
        fout={f.adviesTrede}
      />
      <TekstVak staat={s} waarden={w} rows={5} naam="adviesWaarHoe" label="Waar en hoe kan de inwoner aan die trede werken?" />

      {ontwikkeling && (
        <>
          <h2>De afgesproken stap</h2>
          <Keuzerondjes
            staat={s}
            waarden={w}
            naam="stapGemaakt"
            legend={`Is de afgesproken stap naar trede ${doelTrede ?? ""} gemaakt?`}
            opties={[
              { waarde: "ja", label: "Ja" },
              { waarde: "nee", label: "Nee" },
            ]}
          />
          <TekstVak staat={s} waarden={w} rows={5} naam="stapToelichting" label="Waarom is de stap wel of niet gemaakt?" />
          <TredeSelect
            id="bereikteTrede"
            label="Bereikte trede"
            leeg="Kies een trede"
            treden={treden}
            waarde={w.bereikteTrede ?? ""}
            fout={f.bereikteTrede}
          />
        </>
      )}

      <h2>Samen met de inwoner</h2>
      <fieldset className="mb-4">
        <legend className="sr-only">Bevestiging</legend>
        {f.samenMetInwoner && (
          <p id="samenMetInwoner-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {f.samenMetInwoner}
          </p>
        )}
        <label htmlFor="samenMetInwoner" className="inline-flex items-start gap-2">
          <input
            type="checkbox"
            id="samenMetInwoner"
            name="samenMetInwoner"
            value="ja"
            defaultChecked={w.samenMetInwoner === "ja"}
            aria-describedby={f.samenMetInwoner ? "samenMetInwoner-fout" : undefined}
            aria-invalid={f.samenMetInwoner ? true : undefined}
            className="mt-1 h-5 w-5"
          />
          Ik bevestig dat deze eindverantwoording samen met de inwoner is opgesteld.
        </label>
      </fieldset>
      <TekstVeld
        staat={s}
        waarden={w}
        naam="samenMetInwonerOp"
        label="Datum van het gesprek met de inwoner"
        type="date"
        klasse="max-w-60"
      />

      <p className="mb-3">
        Na het indienen kun je de eindverantwoording niet meer wijzigen, tenzij de gemeente hem met een vraag terugstuurt.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="actie" value="concept" className="knop knop-secundair" disabled={bezig}>
          Opslaan als concept
        </button>
        <button type="submit" name="actie" value="indienen" className="knop" disabled={bezig}>
          Indienen
        </button>
      </div>
    </form>
  );
}
