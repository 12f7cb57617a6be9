"use client";

import { useActionState, useState } from "react";
import { TredeSelect } from "@/components/ui/trede-select";
import { Foutenoverzicht } from "@/components/ui/veld";
import { KeuzeLijst, TekstVeld } from "@/components/ui/velden";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { parseBsn } from "@/domain/inwoner/bsn";
import { valideerInwoner, type InwonerFormulier } from "@/domain/inwoner/invoer";
import { UITKERINGEN, uitkeringNaam } from "@/domain/inwoner/uitkering";
import { Melding } from "@/components/ui/melding";

type Props = {
  actie: (v: FormState, d: FormData) => Promise<FormState>;
  contactpersonen: { id: string; naam: string; rol: string }[];
  treden: { nummer: number; naam: string }[];
};

export function RegistratieFormulier({ actie, contactpersonen, treden }: Props) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const [lokaal, setLokaal] = useState<Record<string, string> | null>(null);
  // The server never sends the BSN back (it is not in `s.values`); with JavaScript the field is
  // refilled from what was typed, and only when that is a valid BSN.
  const [bsn, setBsn] = useState("");
  const fouten = lokaal ?? s.fieldErrors;
  const w: Partial<InwonerFormulier> = { ...s.values, bsn };
  const staat = { values: w, fieldErrors: fouten };
  function controleer(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget);
    const getypt = data.get("bsn");
    setBsn(typeof getypt === "string" && parseBsn(getypt).ok ? getypt : "");
    const r = valideerInwoner(Object.fromEntries(data));
    if (!r.ok) {
      e.preventDefault();
      setLokaal(r.fouten);
      requestAnimationFrame(() => document.getElementById("foutenoverzicht")?.focus());
    } else setLokaal(null);
  }
  const tekst = (
    id: keyof InwonerFormulier,
    label: string,
    extra: { uitleg?: string; type?: string; autoComplete?: string; klasse?: string } = {},
  ) => (
    <TekstVeld
      staat={staat}
      naam={id}
      label={label}
      uitleg={extra.uitleg}
      type={extra.type ?? "text"}
      autoComplete={extra.autoComplete ?? "off"}
      klasse={extra.klasse ?? ""}
    />
  );
  const trajectregisseurs = contactpersonen.filter((c) => c.rol === "TRAJECTREGISSEUR");
  const consulenten = contactpersonen.filter((c) => c.rol === "WMO_CONSULENT");
  return (
    <form action={action} onSubmit={controleer} noValidate className="max-w-xl" key={JSON.stringify(s.values)}>
      {s.formError && (
        <Melding soort="fout" className="mb-6 p-4">
          {s.formError}
        </Melding>
      )}
      <Foutenoverzicht fouten={Object.entries(fouten).map(([veld, melding]) => ({ veld, melding }))} />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Persoon</legend>
        {tekst("bsn", "BSN", { uitleg: "9 cijfers. Het BSN wordt daarna alleen afgeschermd getoond.", klasse: "max-w-48" })}
        {tekst("voornamen", "Voornamen")}
        {tekst("tussenvoegsel", "Tussenvoegsel (niet verplicht)", { klasse: "max-w-48" })}
        {tekst("achternaam", "Achternaam")}
        {tekst("geboortedatum", "Geboortedatum", { type: "date", klasse: "max-w-60" })}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Adres en contact</legend>
        {tekst("straat", "Straat")}
        {tekst("huisnummer", "Huisnummer", { klasse: "max-w-40" })}
        {tekst("postcode", "Postcode", { klasse: "max-w-40", uitleg: "Bijvoorbeeld 7311 AB." })}
        {tekst("plaats", "Woonplaats")}
        {tekst("email", "E-mailadres (niet verplicht)", { type: "email" })}
        {tekst("telefoon", "Telefoonnummer (niet verplicht)", { type: "tel", klasse: "max-w-60" })}
      </fieldset>
      <fieldset className="mb-6" id="uitkering" tabIndex={-1} aria-describedby={fouten.uitkering ? "uitkering-fout" : undefined}>
        <legend className="font-bold mb-1">Uitkering</legend>
        {fouten.uitkering && (
          <p id="uitkering-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {fouten.uitkering}
          </p>
        )}
        {UITKERINGEN.map((u) => (
          <div key={u} className="flex items-center gap-3 mb-1">
            <input id={`uitkering-${u}`} type="radio" name="uitkering" value={u} defaultChecked={w.uitkering === u} className="size-5" />
            <label htmlFor={`uitkering-${u}`}>{uitkeringNaam[u]}</label>
          </div>
        ))}
      </fieldset>
      <KeuzeLijst
        // R-TOE-2: the proposed contact person.
        staat={staat}
        naam="contactpersoonId"
        label="Contactpersoon"
        uitleg="Automatisch: bij een Participatiewet-uitkering de trajectregisseur, anders de Wmo-consulent. Je kunt ook zelf iemand kiezen."
      >
        <option value="">Automatisch volgens de regel</option>
        <optgroup label="Trajectregisseurs">
          {trajectregisseurs.map((c) => (
            <option key={c.id} value={c.id}>
              {c.naam}
            </option>
          ))}
        </optgroup>
        <optgroup label="Wmo-consulenten">
          {consulenten.map((c) => (
            <option key={c.id} value={c.id}>
              {c.naam}
            </option>
          ))}
        </optgroup>
      </KeuzeLijst>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Participatieladder</legend>
        <TredeSelect id="trede" label="Huidige trede" leeg="Kies een trede" treden={treden} waarde={w.trede ?? ""} fout={fouten.trede} />
        <TredeSelect
          id="perspectiefTrede"
          label="Perspectieftrede (niet verplicht)"
          leeg="Nog niet bepaald"
          treden={treden}
          waarde={w.perspectiefTrede ?? ""}
          fout={fouten.perspectiefTrede}
          uitleg="De trede die haalbaar lijkt."
        />
      </fieldset>
      <button type="submit" className="knop" disabled={bezig}>
        Inwoner registreren
      </button>
    </form>
  );
}
