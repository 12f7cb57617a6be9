"use client";

import { useActionState } from "react";
import { Foutenoverzicht, Veld } from "@/components/ui/veld";
import { beginStaat, type FormState } from "@/domain/formulier-state";
import type { Fout } from "@/domain/toewijzing/bevinding";
import { Melding } from "@/components/ui/melding";

export type AfgifteState = FormState<{ regelFouten: Fout[] }>;
type Optie = { waarde: string; label: string };
type Props = {
  actie: (v: AfgifteState, d: FormData) => Promise<AfgifteState>;
  begin: Record<string, string>;
  producten: (Optie & { opTrede: boolean; vasteDuur: string | null })[];
  aanbieders: Optie[];
  werkplekken: { aanbieder: string; opties: Optie[] }[];
  verlenging: boolean;
};

/**
 * The rule findings (src/domain/toewijzing/regels.ts) are listed in plain Dutch, at their field
 * when they name one; the rule ids stay in the code and the audit log, not on the screen.
 */
export function AfgifteFormulier({ actie, begin, producten, aanbieders, werkplekken, verlenging }: Props) {
  const [s, action, bezig] = useActionState(actie, beginStaat<{ regelFouten: Fout[] }>(begin));
  const w = { ...begin, ...s.values };
  const regelFouten = s.regelFouten ?? [];
  const veldRegel = (veld: string) =>
    regelFouten
      .filter((f) => f.veld === veld)
      .map((f) => f.melding)
      .join(" ") || undefined;
  const fout = (veld: string) => s.fieldErrors[veld] ?? veldRegel(veld);
  const alles = [
    ...Object.entries(s.fieldErrors).map(([veld, melding]) => ({ veld, melding })),
    ...regelFouten.map((f) => ({ veld: f.veld ?? "productCode", melding: f.melding })),
  ];
  return (
    <form action={action} noValidate className="max-w-xl" key={JSON.stringify(s)}>
      {s.formError && (
        <Melding soort="fout" className="mb-6 p-4">
          {s.formError}
        </Melding>
      )}
      <Foutenoverzicht fouten={alles} titel="Deze toewijzing kan zo niet worden afgegeven" />
      <input type="hidden" name="inwonerId" value={w.inwonerId ?? ""} />
      <input type="hidden" name="verlengingVanId" value={w.verlengingVanId ?? ""} />
      <Veld
        id="productCode"
        label="Product"
        fout={fout("productCode")}
        uitleg={verlenging ? "Een verlenging is van hetzelfde product." : undefined}
      >
        {(a) => (
          <select id="productCode" name="productCode" defaultValue={w.productCode} className="veld" {...a}>
            <option value="">Kies een product</option>
            {producten.map((p) => (
              <option key={p.waarde} value={p.waarde}>
                {p.label}
                {p.vasteDuur ? ` (${p.vasteDuur})` : ""}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld id="aanbiederId" label="Aanbieder" fout={fout("aanbiederId")}>
        {(a) => (
          <select id="aanbiederId" name="aanbiederId" defaultValue={w.aanbiederId} className="veld" {...a}>
            <option value="">Kies een aanbieder</option>
            {aanbieders.map((o) => (
              <option key={o.waarde} value={o.waarde}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld
        id="werkplekId"
        label="Werkplek (niet verplicht)"
        fout={fout("werkplekId")}
        uitleg="Alleen werkplekken van de gekozen aanbieder."
      >
        {(a) => (
          <select id="werkplekId" name="werkplekId" defaultValue={w.werkplekId} className="veld" {...a}>
            <option value="">Geen bepaalde werkplek</option>
            {werkplekken.map((g) => (
              <optgroup key={g.aanbieder} label={g.aanbieder}>
                {g.opties.map((o) => (
                  <option key={o.waarde} value={o.waarde}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Veld>
      <Veld id="startdatum" label="Startdatum" fout={fout("startdatum")}>
        {(a) => <input id="startdatum" name="startdatum" type="date" defaultValue={w.startdatum} className="veld max-w-60" {...a} />}
      </Veld>
      <Veld
        id="einddatum"
        label="Einddatum"
        fout={fout("einddatum")}
        uitleg="Leeg laten bij ontwikkeling: die duurt altijd 6 maanden. Op trede: hoogstens 2 jaar; oriëntatie: hoogstens 3 maanden."
      >
        {(a) => <input id="einddatum" name="einddatum" type="date" defaultValue={w.einddatum} className="veld max-w-60" {...a} />}
      </Veld>
      <Veld id="urenPerWeek" label="Uren per week (alleen op trede)" fout={fout("urenPerWeek")}>
        {(a) => (
          <input id="urenPerWeek" name="urenPerWeek" inputMode="numeric" defaultValue={w.urenPerWeek} className="veld max-w-24" {...a} />
        )}
      </Veld>
      {!verlenging && (
        // Issue 21 item 21: the consulent's judgement for a new ontwikkeling soon after an earlier one.
        <Veld
          id="redenNieuwTraject"
          label="Waarom nu een nieuw traject (niet verplicht)"
          uitleg="Alleen nodig als deze inwoner kort geleden hetzelfde ontwikkeltraject had. De reden staat bij de toewijzing."
          fout={fout("redenNieuwTraject")}
        >
          {(a) => (
            <textarea id="redenNieuwTraject" name="redenNieuwTraject" rows={3} defaultValue={w.redenNieuwTraject} className="veld" {...a} />
          )}
        </Veld>
      )}
      <button type="submit" className="knop" disabled={bezig}>
        {verlenging ? "Verlenging afgeven" : "Toewijzing afgeven"}
      </button>
    </form>
  );
}
