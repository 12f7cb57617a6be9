"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { KeuzeLijst, TekstVeld } from "@/components/ui/velden";
import type { Waarschuwing } from "@/domain/declaratie/vrijwilligersvergoeding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// R-VV: record a payment; warnings come back BEFORE it is saved, with a confirm button. Without
// JavaScript the same happens through two plain POSTs (the second carries bevestigd=ja).

type Staat = FormState<{ waarschuwingen: Waarschuwing[] }>;
type Actie = (v: Staat, d: FormData) => Promise<Staat>;

export function VergoedingFormulier({
  actie,
  toewijzingen,
  maand,
}: {
  actie: Actie;
  toewijzingen: { id: string; label: string }[];
  maand: string;
}) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT as Staat);
  const waarschuwingen = !s.ok ? (s.waarschuwingen ?? []) : [];
  const v = s.values;
  return (
    <form action={action} noValidate key={formSleutel(s)} className="max-w-xl">
      <FormUitkomst s={{ ...s, formError: waarschuwingen.length ? null : s.formError }} />
      {waarschuwingen.length > 0 && (
        <div role="alert" className="mb-4 rounded-lg border-2 border-fout bg-fout-licht p-4">
          <h2 className="font-bold text-lg mb-2">Nog niet opgeslagen: controleer dit eerst</h2>
          <ul className="list-disc pl-6">
            {waarschuwingen.map((w) => (
              <li key={w.melding}>{w.melding}</li>
            ))}
          </ul>
        </div>
      )}
      <KeuzeLijst staat={s} waarden={v} naam="toewijzingId" label="Inwoner en toewijzing">
        <option value="">Kies een toewijzing</option>
        {toewijzingen.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </KeuzeLijst>
      <TekstVeld
        staat={s}
        waarden={v}
        naam="maand"
        id="vv-maand"
        label="Maand"
        uitleg="Jaar en maand, bijvoorbeeld 2026-03."
        standaard={maand}
        type="month"
        klasse="!w-auto"
      />
      <fieldset className="mb-4" aria-describedby={s.fieldErrors.soort ? "soort-fout" : undefined}>
        <legend className="font-bold mb-1">Soort vergoeding</legend>
        {s.fieldErrors.soort && (
          <p id="soort-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {s.fieldErrors.soort}
          </p>
        )}
        {[
          ["ALGEMEEN", "Vrijwilligersvergoeding (vast bedrag)"],
          ["WERKELIJKE_KOSTEN", "Vergoeding van werkelijke kosten (met bonnen)"],
        ].map(([waarde, label]) => (
          <div key={waarde} className="flex items-center gap-2">
            <input type="radio" id={`soort-${waarde}`} name="soort" value={waarde} defaultChecked={v.soort === waarde} />
            <label htmlFor={`soort-${waarde}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <TekstVeld
        staat={s}
        waarden={v}
        naam="bedrag"
        label="Bedrag"
        uitleg="In euro's, bijvoorbeeld 45,00."
        inputMode="decimal"
        klasse="max-w-40"
      />
      <TekstVeld
        staat={s}
        waarden={v}
        naam="uren"
        label="Uren (niet verplicht)"
        uitleg="Voor de grens per uur."
        inputMode="numeric"
        klasse="max-w-28"
      />
      <TekstVeld
        staat={s}
        waarden={v}
        naam="betaaldOp"
        label="Betaald op (niet verplicht)"
        uitleg="De dag waarop je de vergoeding betaald hebt. Leeg laten als dat vandaag is."
        type="date"
        klasse="!w-auto"
      />
      {waarschuwingen.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="bevestigd" value="ja" className="knop" disabled={bezig}>
            Toch opslaan
          </button>
          <button type="submit" className="knop knop-secundair" disabled={bezig}>
            Opnieuw controleren
          </button>
        </div>
      ) : (
        <button type="submit" className="knop" disabled={bezig}>
          Vergoeding controleren en opslaan
        </button>
      )}
    </form>
  );
}
