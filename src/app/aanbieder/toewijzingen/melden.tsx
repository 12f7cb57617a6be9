"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import type { MeldState } from "./acties";

type Actie = (v: MeldState, d: FormData) => Promise<MeldState>;
const BEGIN: MeldState = { ok: false, melding: "", fouten: {}, waarden: {} };

export function StartMelden({ actie, id, nummer }: { actie: Actie; id: string; nummer: string }) {
  const [s, action, bezig] = useActionState(actie, BEGIN);
  return (
    <form action={action} noValidate className="mb-2">
      {s.melding && <p role={s.ok ? "status" : "alert"}>{s.melding}</p>}
      <input type="hidden" name="id" value={id} />
      <Veld id={`start-${id}`} label={`Startdatum ${nummer}`} fout={s.fouten[`start-${id}`]}>
        {(a) => <input id={`start-${id}`} name="datum" type="date" defaultValue={s.waarden.datum ?? ""} className="veld max-w-60" {...a} />}
      </Veld>
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
  const [s, action, bezig] = useActionState(actie, BEGIN);
  return (
    <form action={action} noValidate className="mb-2">
      {s.melding && <p role={s.ok ? "status" : "alert"}>{s.melding}</p>}
      <input type="hidden" name="id" value={id} />
      <Veld id={`stop-${id}`} label={`Stopdatum ${nummer}`} fout={s.fouten[`stop-${id}`]}>
        {(a) => <input id={`stop-${id}`} name="datum" type="date" defaultValue={s.waarden.datum ?? ""} className="veld max-w-60" {...a} />}
      </Veld>
      <Veld id={`reden-${id}`} label={`Reden van beëindiging ${nummer}`} fout={s.fouten[`reden-${id}`]}>
        {(a) => (
          <select id={`reden-${id}`} name="reden" defaultValue={s.waarden.reden ?? ""} className="veld" {...a}>
            <option value="">Kies een reden</option>
            {redenen.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Stop melden<span className="sr-only"> voor {nummer}</span>
      </button>
    </form>
  );
}
