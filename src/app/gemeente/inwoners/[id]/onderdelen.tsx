"use client";

import { useActionState } from "react";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVak, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";

// The parts of the inwoner's file that change something. Each `actie` is bound to the inwoner's id
// in the page.

type Actie<T extends object = object> = (v: FormState<T>, d: FormData) => Promise<FormState<T>>;

export function ToonBsn({ actie, gemaskeerd }: { actie: Actie<{ bsn: string }>; gemaskeerd: string }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT as FormState<{ bsn: string }>);
  const bsn = s.ok ? s.bsn : undefined;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <span data-bsn>{bsn ?? gemaskeerd}</span>
      {!bsn && (
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezig}>
          Toon BSN
        </button>
      )}
      {bsn && <span className="text-sm">(getoond en vastgelegd in het logboek)</span>}
      {s.formError && <span role="alert">{s.formError}</span>}
    </form>
  );
}

export function Contactpersoon({
  actie,
  huidig,
  opties,
}: {
  actie: Actie;
  huidig: string | null;
  opties: { id: string; naam: string; rol: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fout = s.fieldErrors.contactpersoonId ?? s.formError;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" key={JSON.stringify(s.values)}>
      <div>
        <label htmlFor="contactpersoonId" className="block font-bold mb-1">
          Andere contactpersoon kiezen
        </label>
        <select id="contactpersoonId" name="contactpersoonId" defaultValue={s.values.contactpersoonId ?? huidig ?? ""} className="veld">
          {opties.map((o) => (
            <option key={o.id} value={o.id}>
              {o.naam} ({o.rol === "TRAJECTREGISSEUR" ? "trajectregisseur" : "Wmo-consulent"})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="knop knop-secundair" disabled={bezig}>
        Wijzigen
      </button>
      {s.ok && s.melding && (
        <p role="status" className="w-full">
          {s.melding}
        </p>
      )}
      {fout && (
        <p role="alert" className="w-full">
          {fout}
        </p>
      )}
    </form>
  );
}

export function LadderFormulier({ actie, treden }: { actie: Actie; treden: { nummer: number; naam: string }[] }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  return (
    <form action={action} noValidate className="max-w-md" key={formSleutel(s)}>
      <FormUitkomst s={s} className="mb-3 p-3" />
      <TekstVeld staat={s} naam="datum" label="Datum" type="date" klasse="max-w-60" />
      <TredeSelect
        id="trede"
        label="Trede"
        leeg="Kies een trede"
        treden={treden}
        waarde={s.values.trede ?? ""}
        fout={s.fieldErrors.trede}
      />
      <TredeSelect
        id="perspectiefTrede"
        label="Perspectieftrede (niet verplicht)"
        leeg="Niet gewijzigd"
        treden={treden}
        waarde={s.values.perspectiefTrede ?? ""}
        fout={s.fieldErrors.perspectiefTrede}
      />
      <TekstVak staat={s} naam="toelichting" label="Toelichting (niet verplicht)" rows={3} />
      <button type="submit" className="knop" disabled={bezig}>
        Trede vastleggen
      </button>
    </form>
  );
}

type Keuze = { id: string; naam: string; rol: string };
const UITKERING_NAAM: Record<string, string> = {
  PARTICIPATIEWET: "Participatiewet-uitkering (bijstand)",
  UWV: "Uitkering van UWV",
  ANDERS: "Andere uitkering",
  GEEN: "Geen uitkering",
};

/**
 * Issue 11: address and uitkering. Field ids carry a prefix (the page has another contact person
 * select); the names are the schema's. Works without JavaScript: a plain POST to the action.
 */
export function GegevensFormulier({
  actie,
  huidig,
  opties,
}: {
  actie: Actie;
  huidig: { straat: string; huisnummer: string; postcode: string; plaats: string; uitkering: string };
  opties: Keuze[];
}) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const w = { ...huidig, contactpersoonId: "", ...s.values };
  const f = s.fieldErrors;
  const fouten = (["straat", "huisnummer", "postcode", "plaats", "uitkering", "contactpersoonId"] as const)
    .filter((v) => f[v])
    .map((v) => ({ veld: `gegevens-${v}`, melding: f[v]! }));
  const tekst = (naam: "straat" | "huisnummer" | "postcode" | "plaats", label: string, klasse = "") => (
    <TekstVeld staat={s} waarden={w} naam={naam} id={`gegevens-${naam}`} label={label} klasse={klasse} />
  );
  return (
    <form action={action} noValidate className="max-w-xl" key={s.ok ? `ok-${s.melding}` : JSON.stringify(s.values)}>
      <FormUitkomst s={s} className="mb-3 p-3" />
      <Foutenoverzicht fouten={fouten} />
      <fieldset className="mb-4">
        <legend className="font-bold mb-2">Adres</legend>
        {tekst("straat", "Straat")}
        {tekst("huisnummer", "Huisnummer", "max-w-40")}
        {tekst("postcode", "Postcode", "max-w-40")}
        {tekst("plaats", "Woonplaats")}
      </fieldset>
      <fieldset
        className="mb-4"
        id="gegevens-uitkering"
        tabIndex={-1}
        aria-describedby={f.uitkering ? "gegevens-uitkering-fout" : undefined}
      >
        <legend className="font-bold mb-1">Uitkering</legend>
        {f.uitkering && (
          <p id="gegevens-uitkering-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {f.uitkering}
          </p>
        )}
        {Object.entries(UITKERING_NAAM).map(([u, naam]) => (
          <div key={u} className="flex items-center gap-3 mb-1">
            <input
              id={`gegevens-uitkering-${u}`}
              type="radio"
              name="uitkering"
              value={u}
              defaultChecked={w.uitkering === u}
              className="size-5"
            />
            <label htmlFor={`gegevens-uitkering-${u}`}>{naam}</label>
          </div>
        ))}
      </fieldset>
      <KeuzeLijst
        staat={s}
        waarden={w}
        naam="contactpersoonId"
        id="gegevens-contactpersoonId"
        label="Contactpersoon bij deze uitkering"
        uitleg="Automatisch: de huidige contactpersoon blijft als die past. Anders bij een Participatiewet-uitkering een trajectregisseur, bij andere of geen uitkering een Wmo-consulent."
      >
        <option value="">Automatisch volgens de regel</option>
        <optgroup label="Trajectregisseurs">
          {opties
            .filter((o) => o.rol === "TRAJECTREGISSEUR")
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.naam}
              </option>
            ))}
        </optgroup>
        <optgroup label="Wmo-consulenten">
          {opties
            .filter((o) => o.rol === "WMO_CONSULENT")
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.naam}
              </option>
            ))}
        </optgroup>
      </KeuzeLijst>
      <button type="submit" className="knop" disabled={bezig}>
        Gegevens opslaan
      </button>
    </form>
  );
}
