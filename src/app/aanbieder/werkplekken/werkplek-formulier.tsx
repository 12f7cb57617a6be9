"use client";

import { useActionState, useState } from "react";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
import { fotoGrootteFout } from "@/domain/foto";
import type { FormState } from "@/domain/formulier-state";
import {
  FOTO_TYPES,
  leesWerkplekInvoer,
  MAX_FOTOS,
  TREDE_KEUZES,
  valideerWerkplek,
  VELD_LABELS,
  type WerkplekFormExtra,
  type WerkplekFormulier as Formulier,
} from "@/domain/werkplek-invoer";
import { Melding } from "@/components/ui/melding";
import { htmlId } from "@/domain/html-id";

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

  const tekstveld = (
    veld: keyof typeof VELD_LABELS & string,
    props: { uitleg?: string; rijen?: number; klasse?: string; autoComplete?: string } = {},
  ) => (
    <Veld id={veld} label={VELD_LABELS[veld]} fout={fouten[veld]} uitleg={props.uitleg}>
      {(a) =>
        props.rijen ? (
          <textarea
            id={veld}
            name={veld}
            rows={props.rijen}
            defaultValue={String(w[veld as keyof typeof w] ?? "")}
            className="veld"
            {...a}
          />
        ) : (
          <input
            id={veld}
            name={veld}
            type="text"
            autoComplete={props.autoComplete}
            defaultValue={String(w[veld as keyof typeof w] ?? "")}
            className={`veld ${props.klasse ?? ""}`}
            {...a}
          />
        )
      }
    </Veld>
  );

  const vinkjes = (
    naam: "treden" | "mogelijkheden",
    legend: string,
    keuzes: { waarde: string; label: string; uitleg?: string }[],
    gekozen: string[],
    metFout: boolean,
  ) => (
    <fieldset
      id={metFout ? naam : undefined}
      tabIndex={metFout ? -1 : undefined}
      className="mb-6"
      aria-describedby={metFout && fouten[naam] ? `${naam}-fout` : undefined}
    >
      <legend className="font-bold mb-1">{legend}</legend>
      {metFout && fouten[naam] && (
        <p id={`${naam}-fout`} className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fouten[naam]}
        </p>
      )}
      {keuzes.map((k) => (
        <div key={k.waarde} className="flex items-start gap-3 mb-1">
          <input
            id={htmlId(naam, k.waarde)}
            type="checkbox"
            name={naam}
            value={k.waarde}
            defaultChecked={gekozen.includes(k.waarde)}
            className="mt-1.5 size-5 accent-[var(--kleur-accent)]"
          />
          <label htmlFor={htmlId(naam, k.waarde)}>
            {k.label}
            {k.uitleg && <span className="block text-sm text-tekst-zacht">{k.uitleg}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <form action={action} onSubmit={controleer} noValidate encType="multipart/form-data" key={`${versie}-${JSON.stringify(w)}`}>
      {state.formError && !conflict && (
        <Melding soort="fout" className="mb-6 p-4">
          {state.formError}
        </Melding>
      )}
      {conflict && (
        <Melding soort="fout" className="mb-6 p-4">
          <h2 className="font-bold text-lg mb-2">Let op: iemand anders heeft deze werkplek gewijzigd</h2>
          <p>
            {conflict.door} heeft de werkplek opgeslagen op {conflict.op}, terwijl jij ermee bezig was. Jouw wijzigingen zijn nog niet
            opgeslagen.
          </p>
          {conflict.velden.length > 0 ? (
            <>
              <p>De opgeslagen versie verschilt van jouw invoer bij:</p>
              <dl className="mb-2">
                {conflict.velden.map((v) => (
                  <div key={v.label}>
                    <dt className="font-semibold">{v.label}</dt>
                    <dd className="ml-4 whitespace-pre-line">Nu opgeslagen: {v.waarde}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>De opgeslagen versie is gelijk aan jouw invoer.</p>
          )}
          <p>Jouw invoer staat hieronder nog. Neem over wat je van de ander wilt houden en sla daarna opnieuw op.</p>
        </Melding>
      )}
      <Foutenoverzicht fouten={overzicht} />
      {id && <input type="hidden" name="id" value={id} />}
      {versie !== null && <input type="hidden" name="versie" value={versie} />}

      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Over de werkplek</legend>
        {tekstveld("titel", { uitleg: "Bijvoorbeeld: Medewerker fietsenwerkplaats." })}
        <Veld id="brancheSlug" label={VELD_LABELS.brancheSlug} fout={fouten.brancheSlug}>
          {(a) => (
            <select id="brancheSlug" name="brancheSlug" defaultValue={w.brancheSlug} className="veld" {...a}>
              <option value="">Kies een branche</option>
              {branches.map((b) => (
                <option key={b.slug} value={b.slug}>
                  {b.naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
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

      {vinkjes(
        "treden",
        "Wat biedt deze werkplek?",
        TREDE_KEUZES.map((t) => ({ waarde: t.waarde, label: t.label })),
        w.treden,
        true,
      )}

      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Tijden en plaatsen</legend>
        {tekstveld("dagenEnTijden", { rijen: 2, uitleg: "Bijvoorbeeld: maandag tot en met vrijdag, tussen 9 en 16 uur." })}
        {tekstveld("urenPerWeekMin", { klasse: "max-w-24", uitleg: "Niet verplicht. Een heel getal van 1 tot 40." })}
        {tekstveld("urenPerWeekMax", { klasse: "max-w-24", uitleg: "Niet verplicht. Een heel getal van 1 tot 40." })}
        {tekstveld("plaatsenBeschikbaar", { klasse: "max-w-24" })}
      </fieldset>

      {tekstveld("toegankelijkheid", { rijen: 3, uitleg: "Bus, parkeren, trappen of lift, rolstoel." })}

      {vinkjes(
        "mogelijkheden",
        "Ontwikkelmogelijkheden",
        ontwikkelmogelijkheden.map((m) => ({ waarde: m.slug, label: m.naam, uitleg: m.omschrijving })),
        w.mogelijkheden,
        true,
      )}
      {vinkjes(
        "mogelijkheden",
        "Ondersteuning",
        ondersteuning.map((m) => ({ waarde: m.slug, label: m.naam, uitleg: m.omschrijving })),
        w.mogelijkheden,
        false,
      )}

      <fieldset className="mb-6" id="fotos" tabIndex={-1}>
        <legend className="text-xl font-bold mb-2">Foto&apos;s</legend>
        <p className="text-sm text-tekst-zacht">
          Hoogstens {MAX_FOTOS} foto&apos;s, elk maximaal 5 MB (JPEG, PNG of WebP). We verkleinen de foto en halen verborgen gegevens (zoals
          de plaats waar hij is gemaakt) eruit. Zet geen herkenbare deelnemers op de foto zonder hun toestemming.
        </p>
        {fouten.fotos && (
          <p className="text-fout font-semibold">
            <span className="sr-only">Fout: </span>
            {fouten.fotos}
          </p>
        )}
        {w.fotos.map((f, i) => (
          <div key={f.fotoId} className="mb-4 flex flex-wrap items-start gap-4 rounded-lg border border-rand-licht p-3">
            <input type="hidden" name="foto" value={f.fotoId} />
            {/* eslint-disable-next-line @next/next/no-img-element -- our own resized file, served by /fotos */}
            {fotoBestanden[f.fotoId] && <img src={`/fotos/${fotoBestanden[f.fotoId]}`} alt="" className="h-24 w-auto rounded" />}
            <div className="grow">
              <Veld
                id={`alt-${i}`}
                label={`Beschrijving van foto ${i + 1}`}
                fout={fouten[`alt-${i}`]}
                uitleg="Wat is er te zien? Voor wie de foto niet kan zien."
              >
                {(a) => <input id={`alt-${i}`} name={`alt-${f.fotoId}`} type="text" defaultValue={f.altTekst} className="veld" {...a} />}
              </Veld>
              <div className="flex items-center gap-2">
                <input id={`verwijder-${i}`} type="checkbox" name={`verwijder-${f.fotoId}`} value="ja" className="size-5" />
                <label htmlFor={`verwijder-${i}`}>Foto {i + 1} verwijderen</label>
              </div>
            </div>
          </div>
        ))}
        {w.fotos.length < MAX_FOTOS && (
          <>
            <Veld id="nieuweFoto" label="Nieuwe foto toevoegen (niet verplicht)" fout={fouten.nieuweFoto}>
              {(a) => <input id="nieuweFoto" name="nieuweFoto" type="file" accept={FOTO_TYPES.join(",")} className="veld" {...a} />}
            </Veld>
            <Veld
              id="nieuweFotoAlt"
              label="Beschrijving van de nieuwe foto"
              fout={fouten.nieuweFotoAlt}
              uitleg="Bijvoorbeeld: Twee mensen repareren samen een fiets in de werkplaats."
            >
              {(a) => <input id="nieuweFotoAlt" name="nieuweFotoAlt" type="text" defaultValue={nieuweFotoAlt} className="veld" {...a} />}
            </Veld>
          </>
        )}
      </fieldset>

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
