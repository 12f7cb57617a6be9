"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Veld } from "@/components/ui/veld";
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
      <Veld id="toewijzingId" label="Inwoner en toewijzing" fout={s.fieldErrors.toewijzingId}>
        {(a) => (
          <select id="toewijzingId" name="toewijzingId" defaultValue={v.toewijzingId ?? ""} className="veld" {...a}>
            <option value="">Kies een toewijzing</option>
            {toewijzingen.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld id="vv-maand" label="Maand" fout={s.fieldErrors.maand} uitleg="Jaar en maand, bijvoorbeeld 2026-03.">
        {(a) => <input id="vv-maand" name="maand" type="month" defaultValue={v.maand ?? maand} className="veld !w-auto" {...a} />}
      </Veld>
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
      <Veld id="bedrag" label="Bedrag" fout={s.fieldErrors.bedrag} uitleg="In euro's, bijvoorbeeld 45,00.">
        {(a) => <input id="bedrag" name="bedrag" inputMode="decimal" defaultValue={v.bedrag ?? ""} className="veld max-w-40" {...a} />}
      </Veld>
      <Veld id="uren" label="Uren (niet verplicht)" fout={s.fieldErrors.uren} uitleg="Voor de grens per uur.">
        {(a) => <input id="uren" name="uren" inputMode="numeric" defaultValue={v.uren ?? ""} className="veld max-w-28" {...a} />}
      </Veld>
      <Veld
        id="betaaldOp"
        label="Betaald op (niet verplicht)"
        fout={s.fieldErrors.betaaldOp}
        uitleg="De dag waarop je de vergoeding betaald hebt. Leeg laten als dat vandaag is."
      >
        {(a) => <input id="betaaldOp" name="betaaldOp" type="date" defaultValue={v.betaaldOp ?? ""} className="veld !w-auto" {...a} />}
      </Veld>
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
