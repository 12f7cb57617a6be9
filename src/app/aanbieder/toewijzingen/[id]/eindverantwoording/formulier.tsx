"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
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

function Keuzes({
  naam,
  legend,
  opties,
  waarde,
  fout,
}: {
  naam: string;
  legend: string;
  opties: { waarde: string; label: string }[];
  waarde: string;
  fout?: string;
}) {
  return (
    <fieldset className="mb-4">
      <legend className="font-bold mb-1">{legend}</legend>
      {fout && (
        <p id={`${naam}-fout`} className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fout}
        </p>
      )}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {opties.map((o, n) => {
          // The first choice carries the field's id, so the error summary's link lands on the group.
          const id = n === 0 ? naam : `${naam}-${o.waarde}`;
          return (
            <label key={o.waarde} htmlFor={id} className="inline-flex items-center gap-2">
              <input
                type="radio"
                id={id}
                name={naam}
                value={o.waarde}
                defaultChecked={waarde === o.waarde}
                aria-describedby={fout ? `${naam}-fout` : undefined}
                aria-invalid={fout ? true : undefined}
                className="h-5 w-5"
              />
              {o.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function Tekstvak({
  id,
  label,
  uitleg,
  w,
  fout,
}: {
  id: string;
  label: string;
  uitleg?: string;
  w: Record<string, string>;
  fout?: string;
}) {
  return (
    <Veld id={id} label={label} uitleg={uitleg} fout={fout}>
      {(a) => <textarea id={id} name={id} rows={5} defaultValue={w[id] ?? ""} className="veld" {...a} />}
    </Veld>
  );
}

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
      <Tekstvak id="algemeen" label="Algemeen functioneren en bijzonderheden van de periode" w={w} fout={f.algemeen} />

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
            <Keuzes
              naam={v.resultaat}
              legend={`Resultaat doel ${n + 1}`}
              opties={RESULTAAT_OPTIES}
              waarde={w[v.resultaat] ?? ""}
              fout={f[v.resultaat]}
            />
            <Tekstvak id={v.toelichting} label={`Waarom doel ${n + 1} wel of niet is bereikt`} w={w} fout={f[v.toelichting]} />
          </fieldset>
        );
      })}
      <Tekstvak
        id="resultaatToelichting"
        label={doelen.length === 0 ? "Doelen waaraan is gewerkt en het resultaat" : "Toelichting op het resultaat (niet verplicht)"}
        w={w}
        fout={f.resultaatToelichting}
      />

      <h2>4. Doelen om voort te zetten</h2>
      <Tekstvak id="voortzetten" label="Welke doelen worden voortgezet, en waarom?" w={w} fout={f.voortzetten} />

      <h2>5. Nieuwe doelen voor een verlenging</h2>
      {verlengbaar ? (
        <Tekstvak
          id="nieuweDoelen"
          label="Nieuwe doelen voor een verlengingsperiode"
          uitleg="Is geen verlenging nodig? Schrijf dat dan hier."
          w={w}
          fout={f.nieuweDoelen}
        />
      ) : (
        <p>Niet van toepassing: deze toewijzing kan niet (nog eens) worden verlengd.</p>
      )}
      {/* Issue 21 item 23: "ja" keeps the herindicatie due; "nee" makes it no longer needed. */}
      <Keuzes
        naam="vervolgNodig"
        legend="Is er een vervolg nodig (een verlenging of een ander product)?"
        opties={[
          { waarde: "ja", label: "Ja, ik vraag een herindicatie aan" },
          { waarde: "nee", label: "Nee, er is geen vervolg nodig" },
        ]}
        waarde={w.vervolgNodig ?? ""}
        fout={f.vervolgNodig}
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
      <Tekstvak id="adviesWaarHoe" label="Waar en hoe kan de inwoner aan die trede werken?" w={w} fout={f.adviesWaarHoe} />

      {ontwikkeling && (
        <>
          <h2>De afgesproken stap</h2>
          <Keuzes
            naam="stapGemaakt"
            legend={`Is de afgesproken stap naar trede ${doelTrede ?? ""} gemaakt?`}
            opties={[
              { waarde: "ja", label: "Ja" },
              { waarde: "nee", label: "Nee" },
            ]}
            waarde={w.stapGemaakt ?? ""}
            fout={f.stapGemaakt}
          />
          <Tekstvak id="stapToelichting" label="Waarom is de stap wel of niet gemaakt?" w={w} fout={f.stapToelichting} />
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
      <Veld id="samenMetInwonerOp" label="Datum van het gesprek met de inwoner" fout={f.samenMetInwonerOp}>
        {(a) => (
          <input
            id="samenMetInwonerOp"
            name="samenMetInwonerOp"
            type="date"
            defaultValue={w.samenMetInwonerOp ?? ""}
            className="veld max-w-60"
            {...a}
          />
        )}
      </Veld>

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
