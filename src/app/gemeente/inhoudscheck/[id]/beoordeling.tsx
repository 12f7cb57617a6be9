"use client";

import { useActionState } from "react";
import { TekstVak } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { Melding } from "@/components/ui/melding";
import { htmlId } from "@/domain/html-id";

type Actie = (v: FormState, data: FormData) => Promise<FormState>;
type Props = {
  goedkeuren: Actie;
  afwijzen: Actie;
  id: string;
  versie: number;
  checklist: readonly { sleutel: string; label: string; automatisch: boolean | null }[];
};

/** A refusal of the id or version (crafted or outdated) reads as a message above the form. */
const melding = (s: FormState) => s.formError ?? s.fieldErrors.id ?? s.fieldErrors.versie ?? null;

export function Beoordeling({ goedkeuren, afwijzen, id, versie, checklist }: Props) {
  const [g, goedkeurActie, bezigG] = useActionState(goedkeuren, LEGE_STAAT);
  const [a, afwijsActie, bezigA] = useActionState(afwijzen, LEGE_STAAT);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form action={goedkeurActie} className="rounded-lg border border-rand-licht p-4">
        <h2 className="!mt-0">Goedkeuren</h2>
        {melding(g) && (
          <Melding soort="fout" className="mb-4 p-3">
            {melding(g)}
          </Melding>
        )}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="versie" value={versie} />
        <fieldset className="mb-4" aria-describedby={g.fieldErrors.checklist ? "checklist-fout" : undefined}>
          <legend className="font-bold mb-1">Criteria voor opname</legend>
          {g.fieldErrors.checklist && (
            <p id="checklist-fout" className="text-fout font-semibold mb-1">
              <span className="sr-only">Fout: </span>
              {g.fieldErrors.checklist}
            </p>
          )}
          {checklist.map((c) => (
            <div key={c.sleutel} className="vinkje mb-1">
              {/* What the system verified starts ticked; the reviewer can still untick it. */}
              <input
                id={htmlId("check", c.sleutel)}
                type="checkbox"
                name="checklist"
                value={c.sleutel}
                defaultChecked={c.automatisch === true}
              />
              <label htmlFor={htmlId("check", c.sleutel)}>
                {c.label}
                {c.automatisch !== null && (
                  <span className="block text-sm">
                    {c.automatisch ? "✓ Gecontroleerd door het systeem: in orde." : "Let op: het systeem vond dit niet in orde."}
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
      <form action={afwijsActie} className="rounded-lg border border-rand-licht p-4" key={a.values.reden ?? ""}>
        <h2 className="!mt-0">Afwijzen</h2>
        {melding(a) && (
          <Melding soort="fout" className="mb-4 p-3">
            {melding(a)}
          </Melding>
        )}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="versie" value={versie} />
        <TekstVak
          staat={a}
          naam="reden"
          label="Reden voor de aanbieder"
          uitleg="De aanbieder krijgt deze tekst per e-mail en ziet hem in het portaal."
          rows={5}
        />
        <button type="submit" className="knop knop-secundair" disabled={bezigA}>
          Afwijzen
        </button>
      </form>
    </div>
  );
}
