"use client";

import { useActionState } from "react";

type State = { melding: string | null; ok: boolean };
type Actie = (v: State, d: FormData) => Promise<State>;

export function Behandelen({
  actie,
  id,
  behandelaarId,
  opties,
}: {
  actie: Actie;
  id: string;
  behandelaarId: string | null;
  opties: { id: string; naam: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, { melding: null, ok: false });
  return (
    <div className="space-y-2">
      {s.melding && <p role={s.ok ? "status" : "alert"}>{s.melding}</p>}
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="soort" value="toewijzen" />
        <div>
          <label htmlFor={`beh-${id}`} className="block text-sm font-bold">
            Behandelaar
          </label>
          <select id={`beh-${id}`} name="waarde" defaultValue={behandelaarId ?? ""} className="veld !py-1">
            <option value="">Kies</option>
            {opties.map((o) => (
              <option key={o.id} value={o.id}>
                {o.naam}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezig}>
          Toewijzen
        </button>
      </form>
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="soort" value="koppelen" />
        <div>
          <label htmlFor={`inw-${id}`} className="block text-sm font-bold">
            Koppelen aan inwoner (link van het dossier)
          </label>
          <input id={`inw-${id}`} name="waarde" className="veld !py-1" />
        </div>
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezig}>
          Koppelen
        </button>
      </form>
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="soort" value="afhandelen" />
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezig}>
          Afgehandeld
        </button>
      </form>
    </div>
  );
}
