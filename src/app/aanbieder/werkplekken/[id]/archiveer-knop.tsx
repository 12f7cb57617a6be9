"use client";

import { useActionState } from "react";
import { Melding } from "@/components/ui/melding";

type Actie = (vorige: { melding: string | null }, data: FormData) => Promise<{ melding: string | null }>;

export function ArchiveerKnop({ actie, id, versie }: { actie: Actie; id: string; versie: number }) {
  const [s, action, bezig] = useActionState(actie, { melding: null });
  return (
    <form action={action}>
      {s.melding && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.melding}
        </Melding>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="versie" value={versie} />
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Werkplek archiveren
      </button>
    </form>
  );
}
