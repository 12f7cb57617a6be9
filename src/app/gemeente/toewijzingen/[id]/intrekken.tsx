"use client";

import { useActionState } from "react";

type State = { melding: string | null; ok: boolean };

export function Intrekken({ actie, id }: { actie: (v: State, d: FormData) => Promise<State>; id: string }) {
  const [s, action, bezig] = useActionState(actie, { melding: null, ok: false });
  return (
    <form action={action} className="max-w-md">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="reden" className="block font-bold mb-1">
        Reden van intrekking
      </label>
      <textarea id="reden" name="reden" rows={3} className="veld mb-3" />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Toewijzing intrekken
      </button>
      {s.melding && (
        <p role={s.ok ? "status" : "alert"} className="mt-2">
          {s.melding}
        </p>
      )}
    </form>
  );
}
