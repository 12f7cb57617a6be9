"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import type { BeoordelingState } from "../acties";
import { Melding } from "@/components/ui/melding";

type Actie = (v: BeoordelingState, data: FormData) => Promise<BeoordelingState>;
type Props = {
  goedkeuren: Actie;
  afwijzen: Actie;
  id: string;
  versie: number;
  checklist: readonly { sleutel: string; label: string; automatisch: boolean | null }[];
};

const BEGIN: BeoordelingState = { melding: null, fouten: {}, reden: "" };

export function Beoordeling({ goedkeuren, afwijzen, id, versie, checklist }: Props) {
  const [g, goedkeurActie, bezigG] = useActionState(goedkeuren, BEGIN);
  const [a, afwijsActie, bezigA] = useActionState(afwijzen, BEGIN);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form action={goedkeurActie} className="rounded-lg border border-rand-licht p-4">
        <h2 className="!mt-0">Goedkeuren</h2>
        {g.melding && (
          <Melding soort="fout" className="mb-4 p-3">
            {g.melding}
          </Melding>
        )}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="versie" value={versie} />
        <fieldset className="mb-4" aria-describedby={g.fouten.checklist ? "checklist-fout" : undefined}>
          <legend className="font-bold mb-1">Criteria voor opname</legend>
          {g.fouten.checklist && (
            <p id="checklist-fout" className="text-fout font-semibold mb-1">
              <span className="sr-only">Fout: </span>
              {g.fouten.checklist}
            </p>
          )}
          {checklist.map((c) => (
            <div key={c.sleutel} className="flex items-start gap-3 mb-1">
              <input id={`check-${c.sleutel}`} type="checkbox" name="checklist" value={c.sleutel} className="mt-1.5 size-5" />
              <label htmlFor={`check-${c.sleutel}`}>
                {c.label}
                {c.automatisch !== null && (
                  <span className="block text-sm">
                    {c.automatisch ? "Gecontroleerd door het systeem: in orde." : "Let op: het systeem vond dit niet in orde."}
                  </span>
                )}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="knop" disabled={bezigG}>
          Goedkeuren en publiceren
        </button>
      </form>
      <form action={afwijsActie} className="rounded-lg border border-rand-licht p-4" key={a.reden}>
        <h2 className="!mt-0">Afwijzen</h2>
        {a.melding && (
          <Melding soort="fout" className="mb-4 p-3">
            {a.melding}
          </Melding>
        )}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="versie" value={versie} />
        <Veld
          id="reden"
          label="Reden voor de aanbieder"
          uitleg="De aanbieder krijgt deze tekst per e-mail en ziet hem in het portaal."
          fout={a.fouten.reden}
        >
          {(aria) => <textarea id="reden" name="reden" rows={5} defaultValue={a.reden} className="veld" {...aria} />}
        </Veld>
        <button type="submit" className="knop knop-secundair" disabled={bezigA}>
          Afwijzen
        </button>
      </form>
    </div>
  );
}
