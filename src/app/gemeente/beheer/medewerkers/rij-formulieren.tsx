"use client";

import { useActionState } from "react";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// Small forms inside a row of the medewerkers table. Their actions arrive bound to the row's id.

type Actie = (vorige: FormState, data: FormData) => Promise<FormState>;

function Uitkomst({ s }: { s: FormState }) {
  const tekst = s.ok ? s.melding : (s.formError ?? s.fieldErrors.rol ?? s.fieldErrors.id);
  if (!tekst) return null;
  return (
    <p role={s.ok ? "status" : "alert"} className={`mt-1 text-sm ${s.ok ? "" : "text-fout font-semibold"}`}>
      {tekst}
    </p>
  );
}

export function RolFormulier({
  actie,
  id,
  naam,
  rol,
  rollen,
}: {
  actie: Actie;
  id: string;
  naam: string;
  rol: string;
  rollen: readonly { waarde: string; label: string }[];
}) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={formActie} className="flex flex-wrap items-center gap-2">
      <label htmlFor={`rol-${id}`} className="sr-only">
        Rol van {naam}
      </label>
      <select id={`rol-${id}`} name="rol" defaultValue={s.values.rol ?? rol} className="veld !w-auto">
        {rollen.map((r) => (
          <option key={r.waarde} value={r.waarde}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Rol wijzigen<span className="sr-only"> van {naam}</span>
      </button>
      <Uitkomst s={s} />
    </form>
  );
}

/** Deactivation cannot be undone here: a disclosure asks for a second, explicit click (works without JavaScript). */
export function DeactiveerFormulier({ actie, naam }: { actie: Actie; naam: string }) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <details className="!m-0 !p-2">
      <summary>
        Deactiveren<span className="sr-only"> {naam}</span>
      </summary>
      <form action={formActie}>
        <p className="text-sm">{naam} kan daarna niet meer inloggen. Dit kun je hier niet terugdraaien.</p>
        <button type="submit" className="knop knop-secundair" disabled={bezig}>
          Ja, deactiveer {naam}
        </button>
        <Uitkomst s={s} />
      </form>
    </details>
  );
}
