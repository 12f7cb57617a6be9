"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
import { TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { DOEL_SOORTEN, MELDING_SOORTEN } from "@/domain/toewijzing/traject-invoer";

// The aanbieder's forms on a toewijzing (issue 11). Each is a plain POST form first (it works
// without JavaScript); `actie` is bound to the toewijzing's id in the page.
type Actie = (v: FormState, d: FormData) => Promise<FormState>;
const fouten = (s: FormState) => Object.entries(s.fieldErrors).map(([veld, melding]) => ({ veld, melding }));

const geenAbonnement = () => () => {};

type Doel = { id: string; soort: string; omschrijving: string };

/**
 * Goals of the ondersteuningsplan: one row per goal plus one empty row to add one (without
 * JavaScript: save, and a new empty row appears). Removing is a checkbox per goal. `versie` is the
 * plan's version when the page was drawn: a parallel save by a colleague is refused, not overwritten.
 */
export function PlanFormulier({ actie, doelen, versie }: { actie: Actie; doelen: Doel[]; versie: number }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  // True in the browser after hydration, false in the server's HTML: the "add" button needs JavaScript.
  const js = useSyncExternalStore(
    geenAbonnement,
    () => true,
    () => false,
  );
  const eerderAantal = s.ok === false ? Number(s.values.aantal) || 0 : 0;
  const [extra, setExtra] = useState(1);
  const aantal = Math.max(doelen.length + extra, eerderAantal);
  const w = (n: number, veld: string, standaard: string) => (s.ok === false ? (s.values[`doel-${n}-${veld}`] ?? "") : standaard);
  return (
    <form action={action} noValidate key={`${versie}-${formSleutel(s)}`}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fouten(s)} titel="Het plan is nog niet opgeslagen" />
      <input type="hidden" name="versie" value={versie} />
      <input type="hidden" name="aantal" value={aantal} />
      {Array.from({ length: aantal }, (_, n) => {
        const d = doelen[n];
        const id = s.ok === false ? (s.values[`doel-${n}-id`] ?? "") : (d?.id ?? "");
        return (
          <fieldset key={n} className="mb-4 rounded-lg border border-rand p-4">
            <legend className="font-bold px-1">{id ? `Doel ${n + 1}` : `Nieuw doel (${n + 1})`}</legend>
            <input type="hidden" name={`doel-${n}-id`} value={id} />
            <Veld id={`doel-${n}-soort`} label={`Soort doel ${n + 1}`} fout={s.fieldErrors[`doel-${n}-soort`]}>
              {(a) => (
                <select
                  id={`doel-${n}-soort`}
                  name={`doel-${n}-soort`}
                  defaultValue={w(n, "soort", d?.soort ?? "")}
                  className="veld !w-auto"
                  {...a}
                >
                  <option value="">Kies kennis, vaardigheden of houding</option>
                  {DOEL_SOORTEN.map((o) => (
                    <option key={o.waarde} value={o.waarde}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <Veld id={`doel-${n}-omschrijving`} label={`Omschrijving doel ${n + 1}`} fout={s.fieldErrors[`doel-${n}-omschrijving`]}>
              {(a) => (
                <textarea
                  id={`doel-${n}-omschrijving`}
                  name={`doel-${n}-omschrijving`}
                  rows={2}
                  defaultValue={w(n, "omschrijving", d?.omschrijving ?? "")}
                  className="veld"
                  {...a}
                />
              )}
            </Veld>
            {id && (
              <p>
                <input
                  type="checkbox"
                  id={`doel-${n}-verwijderen`}
                  name={`doel-${n}-verwijderen`}
                  value="ja"
                  defaultChecked={s.ok === false && s.values[`doel-${n}-verwijderen`] === "ja"}
                />{" "}
                <label htmlFor={`doel-${n}-verwijderen`}>Doel {n + 1} verwijderen</label>
              </p>
            )}
          </fieldset>
        );
      })}
      {fouten(s).some((f) => f.veld === "doelen") && <p className="text-fout font-semibold">{s.fieldErrors.doelen}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="knop" disabled={bezig}>
          Plan opslaan
        </button>
        {js && (
          <button type="button" className="knop knop-secundair" onClick={() => setExtra((x) => x + 1)}>
            Nog een doel toevoegen
          </button>
        )}
      </div>
    </form>
  );
}

/** R-EV-4: a calamiteit or results at risk. */
export function MeldingFormulier({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fout = s.fieldErrors.soort;
  return (
    <form action={action} noValidate key={formSleutel(s)} className="max-w-xl">
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fouten(s)} titel="De melding is nog niet verstuurd" />
      <fieldset className="mb-4" aria-describedby={fout ? "soort-fout" : undefined}>
        <legend className="font-bold mb-1">Soort melding</legend>
        {fout && (
          <p id="soort-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {fout}
          </p>
        )}
        {MELDING_SOORTEN.map((o, n) => (
          <p key={o.waarde}>
            <input
              type="radio"
              id={n === 0 ? "soort" : `soort-${o.waarde}`}
              name="soort"
              value={o.waarde}
              defaultChecked={s.values.soort === o.waarde}
              aria-invalid={fout ? true : undefined}
            />{" "}
            <label htmlFor={n === 0 ? "soort" : `soort-${o.waarde}`}>{o.label}</label>
          </p>
        ))}
      </fieldset>
      <TekstVak staat={s} naam="watGebeurde" label="Wat is er gebeurd?" rows={4} />
      <TekstVak staat={s} naam="aanpak" label="Wat doen jullie eraan?" rows={4} />
      <button type="submit" className="knop" disabled={bezig}>
        Melding versturen
      </button>
    </form>
  );
}

/** R-TOE-5: plan the evaluatiegesprek (day, time in Dutch time, place). */
export function GesprekFormulier({ actie, uitleg, open }: { actie: Actie; uitleg: string; open: boolean }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  // Once planned, the form closes; its success message stays.
  if (!open) return <FormUitkomst s={s} />;
  return (
    <form action={action} noValidate key={formSleutel(s)} className="max-w-xl">
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fouten(s)} titel="Het gesprek is nog niet gepland" />
      <TekstVeld staat={s} naam="datum" label="Datum van het gesprek" uitleg={uitleg} type="date" klasse="max-w-60" />
      <TekstVeld staat={s} naam="tijd" label="Tijd" uitleg="Bijvoorbeeld 10:30." type="time" klasse="max-w-40" />
      <TekstVeld staat={s} naam="plaats" label="Plaats" type="text" />
      <button type="submit" className="knop" disabled={bezig}>
        Gesprek voorstellen
      </button>
    </form>
  );
}
