"use client";

import { useActionState } from "react";
import { HerindicatieVelden } from "@/components/traject/herindicatie-velden";
import { Melding } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVak } from "@/components/ui/velden";
import { beginStaat, type FormState } from "@/domain/formulier-state";
import type { Fout } from "@/domain/toewijzing/bevinding";

type State = FormState<{ regelFouten: Fout[] }>;
type Props = {
  actie: (v: State, d: FormData) => Promise<State>;
  begin: Record<string, string>;
  besluiten: { waarde: string; label: string; uitgeschakeld?: string }[];
  producten: { code: string; korteNaam: string }[];
  /** Another product may go to another aanbieder (R-PRD-3). */
  aanbieders: { id: string; naam: string }[];
  huidigeAanbieder: string;
};

/**
 * The contact person's decision on a herindicatie (works without JavaScript). A verlenging or another
 * product is issued under every rule of a new toewijzing; the rules' findings are listed in plain Dutch.
 */
export function BesluitFormulier({ actie, begin, besluiten, producten, aanbieders, huidigeAanbieder }: Props) {
  const [s, action, bezig] = useActionState(actie, beginStaat<{ regelFouten: Fout[] }>(begin));
  const w = s.ok === false ? s.values : begin;
  const f = s.fieldErrors;
  const alles = [
    ...Object.entries(f).map(([veld, melding]) => ({ veld, melding })),
    ...(s.regelFouten ?? []).map((r) => ({ veld: r.veld ?? "besluit", melding: r.melding })),
  ];
  return (
    <form action={action} noValidate className="max-w-xl" key={JSON.stringify(s)}>
      {s.formError && (
        <Melding soort="fout" className="mb-4 p-3">
          {s.formError}
        </Melding>
      )}
      <Foutenoverzicht fouten={alles} titel="Dit besluit kan zo niet worden vastgelegd" />
      <fieldset className="mb-4">
        <legend className="font-bold mb-1">Besluit</legend>
        {f.besluit && (
          <p id="besluit-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {f.besluit}
          </p>
        )}
        {besluiten.map((b, n) => {
          const id = n === 0 ? "besluit" : `besluit-${b.waarde}`;
          return (
            <div key={b.waarde} className="mb-2">
              <label htmlFor={id} className="inline-flex items-start gap-2">
                <input
                  type="radio"
                  id={id}
                  name="besluit"
                  value={b.waarde}
                  defaultChecked={w.besluit === b.waarde}
                  disabled={Boolean(b.uitgeschakeld)}
                  aria-describedby={
                    [f.besluit ? "besluit-fout" : "", b.uitgeschakeld ? `${id}-uitleg` : ""].filter(Boolean).join(" ") || undefined
                  }
                  className="mt-1 h-5 w-5"
                />
                {b.label}
              </label>
              {b.uitgeschakeld && (
                <p id={`${id}-uitleg`} className="text-sm text-tekst-zacht ml-7">
                  {b.uitgeschakeld}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <TekstVak staat={s} waarden={w} naam="toelichting" label="Toelichting voor de aanbieder" rows={3} />
      <h3>Bij verlengen of een ander product</h3>
      <HerindicatieVelden
        waarden={w}
        fouten={f}
        producten={producten}
        product={{ label: "Ander product (alleen bij een ander product)" }}
        start={{
          naam: "startdatum",
          label: "Startdatum (alleen bij een ander product)",
          uitleg: "Een verlenging begint altijd op de dag na het einde van de huidige toewijzing.",
        }}
        eind={{ naam: "einddatum", label: "Einddatum", uitleg: "Leeg laten bij ontwikkeling: die duurt altijd 6 maanden." }}
      />
      <KeuzeLijst
        staat={s}
        waarden={w}
        naam="aanbiederId"
        label="Aanbieder (alleen bij een ander product)"
        uitleg="Een ander product mag bij een andere aanbieder; een verlenging blijft bij dezelfde aanbieder."
      >
        <option value="">Dezelfde aanbieder ({huidigeAanbieder})</option>
        {aanbieders.map((x) => (
          <option key={x.id} value={x.id}>
            {x.naam}
          </option>
        ))}
      </KeuzeLijst>
      <button type="submit" className="knop" disabled={bezig}>
        Besluit vastleggen
      </button>
    </form>
  );
}
