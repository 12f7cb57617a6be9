"use client";

import { useActionState } from "react";
import { Foutenoverzicht } from "@/components/ui/veld";
import { TekstVeld } from "@/components/ui/velden";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { registreerAction } from "./acties";

const velden: { naam: string; label: string; type?: string; uitleg?: string; groep: "org" | "gebruiker" }[] = [
  { naam: "naam", label: "Naam organisatie", groep: "org" },
  { naam: "kvkNummer", label: "KvK-nummer", uitleg: "8 cijfers", groep: "org" },
  { naam: "agbCode", label: "AGB-code", uitleg: "8 cijfers", groep: "org" },
  { naam: "website", label: "Website (niet verplicht)", type: "url", groep: "org" },
  { naam: "contractVan", label: "Contract vanaf", type: "date", groep: "org" },
  { naam: "contractTot", label: "Contract tot en met (niet verplicht)", type: "date", groep: "org" },
  { naam: "contactNaam", label: "Contactpersoon", groep: "org" },
  { naam: "contactEmail", label: "E-mailadres contactpersoon", type: "email", groep: "org" },
  { naam: "contactTelefoon", label: "Telefoon contactpersoon (niet verplicht)", type: "tel", groep: "org" },
  { naam: "gebruikerNaam", label: "Naam", groep: "gebruiker" },
  { naam: "gebruikerEmail", label: "E-mailadres", type: "email", uitleg: "Hier sturen we de uitnodiging naartoe.", groep: "gebruiker" },
];

export function RegistratieFormulier() {
  const [s, actie, bezig] = useActionState(registreerAction, LEGE_STAAT);
  const fouten = s.fieldErrors;
  const invoer = (groep: "org" | "gebruiker") =>
    velden
      .filter((v) => v.groep === groep)
      .map((v) => <TekstVeld key={v.naam} staat={s} naam={v.naam} label={v.label} uitleg={v.uitleg} type={v.type ?? "text"} />);
  return (
    <form action={actie} noValidate className="max-w-xl" key={formSleutel(s)}>
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={velden.flatMap((v) => (fouten[v.naam] ? [{ veld: v.naam, melding: fouten[v.naam]! }] : []))} />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Organisatie</legend>
        {invoer("org")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold mb-2">Eerste gebruiker (beheerder van de aanbieder)</legend>
        {invoer("gebruiker")}
      </fieldset>
      <button type="submit" className="knop" disabled={bezig}>
        Registreren en uitnodigen
      </button>
    </form>
  );
}
