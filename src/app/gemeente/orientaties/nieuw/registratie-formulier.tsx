"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVeld } from "@/components/ui/velden";
import { beginStaat, type FormState } from "@/domain/formulier-state";

type Actie = (v: FormState, d: FormData) => Promise<FormState>;

/** Step 2: the period. Works without JavaScript: a plain POST, the page comes back with the errors and the input. */
export function RegistratieFormulier({
  actie,
  begin,
  voor,
  uitlegEinde,
}: {
  actie: Actie;
  begin: Record<string, string>;
  /** Who it is for, in words ("Sanne de Vries, geboren 15 maart 1990, op trede 3"). */
  voor: string;
  uitlegEinde: string;
}) {
  const [s, action, bezig] = useActionState(actie, beginStaat(begin));
  const w = { ...begin, ...s.values };
  const fouten = Object.entries(s.fieldErrors).map(([veld, melding]) => ({ veld, melding }));
  return (
    <form action={action} noValidate className="max-w-xl" key={JSON.stringify(s)}>
      <FormUitkomst s={s} className="mb-6 p-4" />
      <Foutenoverzicht fouten={fouten} titel="Deze oriëntatie kan zo niet worden geregistreerd" />
      <input type="hidden" name="inwonerId" value={w.inwonerId ?? ""} />
      <div id="inwonerId" tabIndex={-1} className="mb-4">
        <p className="font-bold mb-1">Inwoner</p>
        {s.fieldErrors.inwonerId && (
          <p className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {s.fieldErrors.inwonerId}
          </p>
        )}
        <p>{voor}</p>
      </div>
      <TekstVeld
        staat={s}
        waarden={w}
        naam="startdatum"
        label="Startdatum"
        uitleg="Hoogstens 30 dagen terug of 3 maanden vooruit."
        type="date"
        klasse="max-w-60"
      />
      <TekstVeld
        staat={s}
        waarden={w}
        naam="einddatum"
        label="Einddatum (niet verplicht)"
        uitleg={uitlegEinde}
        type="date"
        klasse="max-w-60"
      />
      <button type="submit" className="knop" disabled={bezig}>
        Oriëntatie registreren
      </button>
    </form>
  );
}
