"use client";

import { useActionState } from "react";
import { TredeSelect } from "@/components/ui/trede-select";
import { Veld } from "@/components/ui/veld";
import type { LadderState } from "../acties";
import { Melding } from "@/components/ui/melding";

type BsnState = { bsn: string | null; melding: string | null };

export function ToonBsn({
  actie,
  id,
  gemaskeerd,
}: {
  actie: (v: BsnState, d: FormData) => Promise<BsnState>;
  id: string;
  gemaskeerd: string;
}) {
  const [s, action, bezig] = useActionState(actie, { bsn: null, melding: null });
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <span data-bsn>{s.bsn ?? gemaskeerd}</span>
      <input type="hidden" name="id" value={id} />
      {!s.bsn && (
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezig}>
          Toon BSN
        </button>
      )}
      {s.bsn && <span className="text-sm">(getoond en vastgelegd in het logboek)</span>}
      {s.melding && <span role="alert">{s.melding}</span>}
    </form>
  );
}

type ContactState = { melding: string | null; ok: boolean };

export function Contactpersoon({
  actie,
  id,
  huidig,
  opties,
}: {
  actie: (v: ContactState, d: FormData) => Promise<ContactState>;
  id: string;
  huidig: string | null;
  opties: { id: string; naam: string; rol: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, { melding: null, ok: false });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor="contactpersoonId" className="block font-bold mb-1">
          Andere contactpersoon kiezen
        </label>
        <select id="contactpersoonId" name="contactpersoonId" defaultValue={huidig ?? ""} className="veld">
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
      {s.melding && (
        <p role={s.ok ? "status" : "alert"} className="w-full">
          {s.melding}
        </p>
      )}
    </form>
  );
}

export function LadderFormulier({
  actie,
  id,
  treden,
}: {
  actie: (v: LadderState, d: FormData) => Promise<LadderState>;
  id: string;
  treden: { nummer: number; naam: string }[];
}) {
  const [s, action, bezig] = useActionState(actie, {
    fouten: {},
    melding: null,
    gelukt: false,
    waarden: { datum: "", trede: "", perspectiefTrede: "", toelichting: "" },
  });
  return (
    <form action={action} noValidate className="max-w-md" key={JSON.stringify(s.waarden) + s.gelukt}>
      {s.gelukt && (
        <Melding soort="succes" className="mb-3 p-3">
          De trede is vastgelegd.
        </Melding>
      )}
      {s.melding && (
        <Melding soort="fout" className="mb-3 p-3">
          {s.melding}
        </Melding>
      )}
      <input type="hidden" name="id" value={id} />
      <Veld id="datum" label="Datum" fout={s.fouten.datum}>
        {(a) => <input id="datum" name="datum" type="date" defaultValue={s.waarden.datum} className="veld max-w-60" {...a} />}
      </Veld>
      <TredeSelect id="trede" label="Trede" leeg="Kies een trede" treden={treden} waarde={s.waarden.trede ?? ""} fout={s.fouten.trede} />
      <TredeSelect
        id="perspectiefTrede"
        label="Perspectieftrede (niet verplicht)"
        leeg="Niet gewijzigd"
        treden={treden}
        waarde={s.waarden.perspectiefTrede ?? ""}
        fout={s.fouten.perspectiefTrede}
      />
      <Veld id="toelichting" label="Toelichting (niet verplicht)" fout={s.fouten.toelichting}>
        {(a) => <textarea id="toelichting" name="toelichting" rows={3} defaultValue={s.waarden.toelichting} className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Trede vastleggen
      </button>
    </form>
  );
}
