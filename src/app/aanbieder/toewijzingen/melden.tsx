"use client";

import { useActionState } from "react";
import { KeuzeLijst, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// Start and stop reports, one small form per toewijzing. `actie` is bound to the toewijzing's id
// in the page; the field ids carry the id because the page lists many toewijzingen.
type Actie = (v: FormState, d: FormData) => Promise<FormState>;

function Uitkomst({ s }: { s: FormState }) {
  if (s.ok && s.melding) return <p role="status">{s.melding}</p>;
  if (s.formError) return <p role="alert">{s.formError}</p>;
  return null;
}

export function StartMelden({ actie, id, nummer }: { actie: Actie; id: string; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate className="mb-2" key={JSON.stringify(s.values)}>
      <Uitkomst s={s} />
      <TekstVeld staat={s} naam="datum" id={`start-${id}`} label={`Startdatum ${nummer}`} type="date" klasse="max-w-60" />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Start melden<span className="sr-only"> voor {nummer}</span>
      </button>
    </form>
  );
}

export function StopMelden({
  actie,
  id,
  nummer,
  redenen,
}: {
  actie: Actie;
  id: string;
  nummer: string;
  redenen: { key: string; label: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate className="mb-2" key={JSON.stringify(s.values)}>
      <Uitkomst s={s} />
      <TekstVeld staat={s} naam="datum" id={`stop-${id}`} label={`Stopdatum ${nummer}`} type="date" klasse="max-w-60" />
      <KeuzeLijst staat={s} naam="reden" id={`reden-${id}`} label={`Reden van beëindiging ${nummer}`}>
        <option value="">Kies een reden</option>
        {redenen.map((r) => (
          <option key={r.key} value={r.key}>
            {r.label}
          </option>
        ))}
      </KeuzeLijst>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Stop melden<span className="sr-only"> voor {nummer}</span>
      </button>
    </form>
  );
}
