"use client";

import { useActionState } from "react";
import { Melding } from "@/components/ui/melding";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

type Actie = (vorige: FormState, data: FormData) => Promise<FormState>;

export function ArchiveerKnop({ actie, id, versie }: { actie: Actie; id: string; versie: number }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fout = s.formError ?? s.fieldErrors.id ?? s.fieldErrors.versie;
  return (
    <form action={action}>
      {fout && (
        <Melding soort="fout" className="mb-4 p-3">
          {fout}
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
