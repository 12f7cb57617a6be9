"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Reden = { code: string; label: string };

/**
 * Issue 11: end the toewijzing on the gemeente's initiative, or correct its end date, with a reason.
 * `actie` is bound to the toewijzing's id in the page. Works without JavaScript (a plain POST).
 */
export function EinddatumWijzigen({
  actie,
  redenen,
}: {
  actie: (v: FormState, d: FormData) => Promise<FormState>;
  redenen: readonly Reden[];
}) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const f = s.fieldErrors;
  const soort = s.values.soort ?? "BEEINDIGD_DOOR_GEMEENTE";
  const fouten = (["soort", "nieuweEinddatum", "redenWijziging", "reden"] as const)
    .filter((v) => f[v])
    .map((v) => ({ veld: `wijziging-${v}`, melding: f[v]! }));
  return (
    <form action={action} noValidate className="max-w-xl" key={formSleutel(s)}>
      <FormUitkomst s={s} className="mb-3 p-3" />
      <Foutenoverzicht fouten={fouten} />
      <fieldset className="mb-4" id="wijziging-soort" tabIndex={-1}>
        <legend className="font-bold mb-1">Wat wil je doen?</legend>
        {f.soort && (
          <p className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {f.soort}
          </p>
        )}
        <div className="flex items-center gap-3 mb-1">
          <input
            id="wijziging-soort-einde"
            type="radio"
            name="soort"
            value="BEEINDIGD_DOOR_GEMEENTE"
            defaultChecked={soort === "BEEINDIGD_DOOR_GEMEENTE"}
            className="size-5"
          />
          <label htmlFor="wijziging-soort-einde">Toewijzing beëindigen (eerder laten eindigen)</label>
        </div>
        <div className="flex items-center gap-3 mb-1">
          <input
            id="wijziging-soort-correctie"
            type="radio"
            name="soort"
            value="EINDDATUM_GECORRIGEERD"
            defaultChecked={soort === "EINDDATUM_GECORRIGEERD"}
            className="size-5"
          />
          <label htmlFor="wijziging-soort-correctie">Einddatum corrigeren (een invoerfout herstellen)</label>
        </div>
      </fieldset>
      <TekstVeld
        staat={s}
        naam="nieuweEinddatum"
        id="wijziging-nieuweEinddatum"
        label="Nieuwe einddatum"
        uitleg="De laatste dag van de toewijzing. Ligt die dag in het verleden, dan is de toewijzing meteen beëindigd; anders eindigt ze op die dag."
        type="date"
        klasse="max-w-60"
      />
      <KeuzeLijst
        staat={s}
        naam="redenWijziging"
        id="wijziging-redenWijziging"
        label="Reden van beëindiging"
        uitleg="Alleen bij beëindigen. Een correctie krijgt altijd de reden 'administratieve correctie'."
      >
        <option value="">Kies een reden</option>
        {redenen.map((r) => (
          <option key={r.code} value={r.code}>
            {r.label}
          </option>
        ))}
      </KeuzeLijst>
      <TekstVak
        staat={s}
        naam="reden"
        id="wijziging-reden"
        label="Toelichting voor de aanbieder"
        uitleg="De aanbieder ziet deze toelichting bij de toewijzing."
        rows={3}
      />
      <button type="submit" className="knop" disabled={bezig}>
        Einddatum wijzigen
      </button>
    </form>
  );
}
