"use client";

import { useActionState, useState } from "react";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVak, TekstVeld } from "@/components/ui/velden";
import { fotoGrootteFout } from "@/domain/foto";
import type { FormState } from "@/domain/formulier-state";
import { leesWerkplekInvoer } from "@/domain/werkplek-formdata";
import {
  TREDE_KEUZES,
  valideerWerkplek,
  VELD_LABELS,
  type WerkplekFormExtra,
  type WerkplekFormulier as Formulier,
} from "@/domain/werkplek-invoer";
import { Melding } from "@/components/ui/melding";
import { ConflictMelding, FotoVelden, Vinkjes } from "./werkplek-onderdelen";

export type WerkplekFormState = FormState<Partial<WerkplekFormExtra>>;

type Keuze = { slug: string; naam: string; omschrijving?: string };
type Props = {
  actie: (vorige: WerkplekFormState, data: FormData) => Promise<WerkplekFormState>;
  /** The form's content when it opens: the stored werkplek, or an empty one. */
  begin: WerkplekFormExtra;
  id: string | null;
  branches: Keuze[];
  ontwikkelmogelijkheden: Keuze[];
  ondersteuning: Keuze[];
};

const LIJSTEN = ["treden", "mogelijkheden", "fotos"] as const;

/**
 * What to show after a refusal that did not come with the form (not signed in any more, a crafted
 * request, an unexpected error): the begin content with the text fields as they were typed.
 */
function uitWaarden(begin: Formulier, values: Record<string, string>): Formulier {
  const uit = { ...begin };
  for (const k of Object.keys(begin) as (keyof Formulier)[]) {
    if ((LIJSTEN as readonly string[]).includes(k) || typeof values[k] !== "string") continue;
    (uit as Record<string, unknown>)[k] = values[k];
  }
  return uit;
}

/** Every catalogue field of a werkplek. Works without JavaScript; with it, errors show before sending. */
export function WerkplekFormulier({ actie, begin, id, branches, ontwikkelmogelijkheden, ondersteuning }: Props) {
  const [state, action, bezig] = useActionState(actie, { ok: null, fieldErrors: {}, formError: null, melding: null, values: {} });
  const [lokaal, setLokaal] = useState<Record<string, string> | null>(null);
  const fouten = lokaal ?? state.fieldErrors;
  const w = state.formulier ?? (state.ok === false ? uitWaarden(begin.formulier, state.values) : begin.formulier);
  const versie = state.versie !== undefined ? state.versie : begin.versie;
  const fotoBestanden = state.fotoBestanden ?? begin.fotoBestanden;
  const nieuweFotoAlt = state.nieuweFotoAlt ?? (state.ok === false ? (state.values.nieuweFotoAlt ?? "") : begin.nieuweFotoAlt);
  const conflict = state.conflict ?? null;
  const overzicht = Object.entries(fouten).map(([veld, melding]) => ({ veld: veld === "checklist" ? "titel" : veld, melding }));

  function controleer(e: React.FormEvent<HTMLFormElement>) {
    // The same schema and checks as the server; the server repeats them (and checks the photo's content).
    const invoer = leesWerkplekInvoer(new FormData(e.currentTarget));
    const r = invoer ? valideerWerkplek(invoer.formulier) : null;
    const f: Record<string, string> = !r || r.ok ? {} : { ...r.fouten };
    if (invoer?.nieuweFoto) {
      const fout = fotoGrootteFout(invoer.nieuweFoto.size);
      if (fout) f.nieuweFoto = fout;
      else if (invoer.nieuweFotoAlt.length < 5) f.nieuweFotoAlt = "Beschrijf wat er op de nieuwe foto te zien is, in minstens 5 tekens.";
    }
    if (Object.keys(f).length) {
      e.preventDefault();
      setLokaal(f);
      requestAnimationFrame(() => document.getElementById("foutenoverzicht")?.focus());
    } else setLokaal(null);
  }

  // The text fields read their value (as typed, or as stored) and error like any form's fields.
  const staat = {
    values: Object.fromEntries(Object.entries(w).filter((e): e is [string, string] => typeof e[1] === "string")),
    fieldErrors: fouten,
  };
  const tekstveld = (
    veld: keyof typeof VELD_LABELS & string,
    props: { uitleg?: string; rijen?: number; klasse?: string; autoComplete?: string } = {},
  ) =>
    props.rijen ? (
      <TekstVak staat={staat} naam={veld} label={VELD_LABELS[veld]} uitleg={props.uitleg} rows={props.rijen} />
    ) : (
      <TekstVeld
        staat={staat}
        naam={veld}
        label={VELD_LABELS[veld]}
        uitleg={props.uitleg}
        type="text"
        autoComplete={props.autoComplete}
        klasse={props.klasse}
      />
    );

  return (
    <form action={action} onSubmit={controleer} noValidate encType="multipart/form-data" key={`${versie}-${JSON.stringify(w)}`}>
      {state.formError && !conflict && (
        <Melding soort="fout" className="mb-6 p-4">
          {state.formError}
        </Melding>
      )}
      {conflict && <ConflictMelding conflict={conflict} />}
      <Foutenoverzicht fouten={overzicht} />
      {id && <input type="hidden" name="id" value={id} />}
      {versie !== null && <input type="hidden" name="versie" value={versie} />}

      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Over de werkplek</legend>
        {tekstveld("titel", { uitleg: "Bijvoorbeeld: Medewerker fietsenwerkplaats." })}
        <KeuzeLijst staat={staat} naam="brancheSlug" label={VELD_LABELS.brancheSlug}>
          <option value="">Kies een branche</option>
          {branches.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.naam}
            </option>
          ))}
        </KeuzeLijst>
        {tekstveld("omschrijving", { rijen: 5, uitleg: "Wat voor organisatie is het, en hoe is de sfeer? Schrijf in eenvoudige taal." })}
        {tekstveld("taken", { rijen: 5, uitleg: "Welk werk doet iemand hier? Eén taak per regel mag." })}
        {tekstveld("begeleiding", { rijen: 4, uitleg: "Wie begeleidt, hoe vaak, op de werkplek of op afstand." })}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Adres van de werkplek</legend>
        {tekstveld("straat", { autoComplete: "address-line1" })}
        {tekstveld("huisnummer", { klasse: "max-w-40" })}
        {tekstveld("postcode", {
          uitleg: "Bijvoorbeeld 7311 AB. Met de postcode zetten we de werkplek op de kaart.",
          klasse: "max-w-40",
          autoComplete: "postal-code",
        })}
        {tekstveld("plaats", { autoComplete: "address-level2" })}
      </fieldset>

      <Vinkjes
        naam="treden"
        legend="Wat biedt deze werkplek?"
        keuzes={TREDE_KEUZES.map((t) => ({ waarde: t.waarde, label: t.label }))}
        gekozen={w.treden}
        metFout
        fout={fouten.treden}
      />

      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Tijden en plaatsen</legend>
        {tekstveld("dagenEnTijden", { rijen: 2, uitleg: "Bijvoorbeeld: maandag tot en met vrijdag, tussen 9 en 16 uur." })}
        {tekstveld("urenPerWeekMin", { klasse: "max-w-24", uitleg: "Niet verplicht. Een heel getal van 1 tot 40." })}
        {tekstveld("urenPerWeekMax", { klasse: "max-w-24", uitleg: "Niet verplicht. Een heel getal van 1 tot 40." })}
        {tekstveld("plaatsenBeschikbaar", { klasse: "max-w-24" })}
      </fieldset>

      {tekstveld("toegankelijkheid", { rijen: 3, uitleg: "Bus, parkeren, trappen of lift, rolstoel." })}

      <Vinkjes
        naam="mogelijkheden"
        legend="Ontwikkelmogelijkheden"
        keuzes={ontwikkelmogelijkheden.map((m) => ({ waarde: m.slug, label: m.naam, uitleg: m.omschrijving }))}
        gekozen={w.mogelijkheden}
        metFout
        fout={fouten.mogelijkheden}
      />
      <Vinkjes
        naam="mogelijkheden"
        legend="Ondersteuning"
        keuzes={ondersteuning.map((m) => ({ waarde: m.slug, label: m.naam, uitleg: m.omschrijving }))}
        gekozen={w.mogelijkheden}
        metFout={false}
      />

      <FotoVelden fotos={w.fotos} fotoBestanden={fotoBestanden} fouten={fouten} nieuweFotoAlt={nieuweFotoAlt} />

      <div className="flex flex-wrap gap-4">
        <button type="submit" name="indienen" value="ja" className="knop" disabled={bezig}>
          Opslaan en indienen voor controle
        </button>
        <button type="submit" name="indienen" value="nee" className="knop knop-secundair" disabled={bezig}>
          Opslaan als concept
        </button>
      </div>
    </form>
  );
}
