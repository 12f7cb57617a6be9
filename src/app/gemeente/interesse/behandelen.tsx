"use client";

import { useActionState } from "react";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// The three ways of handling a request, each its own form and answer. The actions are bound to
// the request's id in the page.
type Actie = (v: FormState, d: FormData) => Promise<FormState>;

function Uitkomst({ s, veld }: { s: FormState; veld?: string }) {
  const fout = (veld && s.fieldErrors[veld]) || s.formError;
  if (fout) return <p role="alert">{fout}</p>;
  if (s.ok && s.melding) return <p role="status">{s.melding}</p>;
  return null;
}

export function Behandelen({
  acties,
  id,
  behandelaarId,
  opties,
}: {
  acties: { toewijzen: Actie; koppelen: Actie; afhandelen: Actie };
  id: string;
  behandelaarId: string | null;
  opties: { id: string; naam: string }[];
}) {
  const [toegewezen, toewijzen, bezigMetToewijzen] = useActionState(acties.toewijzen, LEGE_STAAT);
  const [gekoppeld, koppelen, bezigMetKoppelen] = useActionState(acties.koppelen, LEGE_STAAT);
  const kandidaten = (gekoppeld as FormState<{ kandidaten: { id: string; label: string }[] }>).kandidaten ?? [];
  const [afgehandeld, afhandelen, bezigMetAfhandelen] = useActionState(acties.afhandelen, LEGE_STAAT);
  return (
    <div className="space-y-2">
      <form action={toewijzen} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`beh-${id}`} className="block text-sm font-bold">
            Behandelaar
          </label>
          <select id={`beh-${id}`} name="behandelaarId" defaultValue={behandelaarId ?? ""} className="veld !py-1">
            <option value="">Kies</option>
            {opties.map((o) => (
              <option key={o.id} value={o.id}>
                {o.naam}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezigMetToewijzen}>
          Toewijzen
        </button>
        <Uitkomst s={toegewezen} veld="behandelaarId" />
      </form>
      <form action={koppelen} className="flex flex-wrap items-end gap-2" key={JSON.stringify(gekoppeld.values)}>
        <div>
          <label htmlFor={`inw-${id}`} className="block text-sm font-bold">
            Koppelen aan inwoner: zoek op naam of geboortedatum
          </label>
          <input id={`inw-${id}`} name="zoek" defaultValue={gekoppeld.values.zoek ?? ""} className="veld !py-1" autoComplete="off" />
        </div>
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezigMetKoppelen}>
          Inwoner zoeken
        </button>
        {kandidaten.length === 0 && <Uitkomst s={gekoppeld} veld={gekoppeld.fieldErrors.zoek ? "zoek" : "inwoner"} />}
      </form>
      {kandidaten.length > 0 && (
        <form action={koppelen} className="space-y-1">
          <fieldset>
            <legend className="text-sm font-bold">Kies de inwoner</legend>
            {kandidaten.map((k, i) => (
              <div key={k.id} className="vinkje">
                <input type="radio" id={`kand-${id}-${k.id}`} name="inwoner" value={k.id} defaultChecked={i === 0} />
                <label htmlFor={`kand-${id}-${k.id}`}>{k.label}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="knop knop-secundair !py-1" disabled={bezigMetKoppelen}>
            Koppelen aan deze inwoner
          </button>
        </form>
      )}
      <form action={afhandelen}>
        <button type="submit" className="knop knop-secundair !py-1" disabled={bezigMetAfhandelen}>
          Afgehandeld
        </button>
        <Uitkomst s={afgehandeld} />
      </form>
    </div>
  );
}
