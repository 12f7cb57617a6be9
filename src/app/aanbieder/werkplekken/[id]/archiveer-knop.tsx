"use client";

import { useActionState } from "react";

type Actie = (vorige: { melding: string | null }, data: FormData) => Promise<{ melding: string | null }>;

export function ArchiveerKnop({ actie, id, versie }: { actie: Actie; id: string; versie: number }) {
  const [s, action, bezig] = useActionState(actie, { melding: null });
  return (
    <form action={action}>
      {s.melding && <div role="alert" className="mb-4 rounded-lg border-2 border-fout bg-fout-licht p-3">{s.melding}</div>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="versie" value={versie} />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>Werkplek archiveren</button>
    </form>
  );
}
