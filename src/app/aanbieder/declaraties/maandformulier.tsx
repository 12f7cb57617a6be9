"use client";

import { useActionState } from "react";
import { FormUitkomst, formSleutel } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { formatDatum, formatEuro } from "@/domain/format";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { Tabel } from "@/components/tabel";

// The month view's form (issue 12): one hours field per op-trede toewijzing (and a reason field for
// hours above the extent), one checkbox per ontwikkeling traject; saved together, each line on its
// own. Works without JavaScript: a plain POST to the server action.

export type Rij = {
  id: string;
  nummer: string;
  inwonerNaam: string;
  product: string;
  categorie: string;
  urenPerWeek: number | null;
  periodeStart: string | null;
  periodeEind: string | null;
  omvang: number | null;
  actief: { nummer: string; volume: number; eenheid: string; status: string; bedragCent: number; maand: string } | null;
  isVerlenging: boolean;
};

type Actie = (v: FormState, d: FormData) => Promise<FormState>;
const STATUS: Record<string, string> = { INGEDIEND: "ingediend", GOEDGEKEURD: "goedgekeurd", BETAALD: "betaald", AFGEWEZEN: "afgewezen" };

export function MaandFormulier({ actie, maand, maandNaam, rijen }: { actie: Actie; maand: string; maandNaam: string; rijen: Rij[] }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT);
  const fouten = Object.entries(s.fieldErrors).map(([veld, melding]) => {
    const rij = rijen.find((r) => veld.endsWith(r.id));
    return { veld, melding: rij ? `${rij.inwonerNaam} (${rij.nummer}): ${melding}` : melding };
  });
  const open = rijen.filter((r) => !r.actief);
  return (
    <form action={action} noValidate key={formSleutel(s)}>
      <input type="hidden" name="maand" value={maand} />
      <Foutenoverzicht fouten={fouten} titel="Niet alle regels zijn ingediend" />
      <FormUitkomst s={{ ...s, formError: fouten.length ? null : s.formError }} />
      {fouten.length > 0 && s.formError && <p className="mb-4">{s.formError}</p>}
      <Tabel caption={<>Declaraties voor {maandNaam}</>}>
        <thead>
          <tr>
            <th scope="col">Inwoner</th>
            <th scope="col">Toewijzing</th>
            <th scope="col">Periode in deze maand</th>
            <th scope="col">Toegewezen</th>
            <th scope="col">Declaratie</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => {
            const veld = r.categorie === "ONTWIKKELING" ? `vasteprijs_${r.id}` : `uren_${r.id}`;
            const fout = s.fieldErrors[veld];
            const foutId = `${veld}-fout`;
            return (
              <tr key={r.id}>
                <th scope="row">{r.inwonerNaam}</th>
                <td>
                  {r.nummer}
                  <span className="block text-sm">{r.product}</span>
                </td>
                <td>
                  {r.periodeStart && r.periodeEind
                    ? `${formatDatum(new Date(r.periodeStart))} tot en met ${formatDatum(new Date(r.periodeEind))}`
                    : "—"}
                </td>
                <td>
                  {r.categorie === "ONTWIKKELING"
                    ? "Vaste prijs per traject"
                    : r.omvang !== null
                      ? `${r.omvang} uur (${r.urenPerWeek} uur per week)`
                      : "—"}
                </td>
                <td>
                  {fout && (
                    <p id={foutId} className="text-fout font-semibold mb-1">
                      <span className="sr-only">Fout: </span>
                      {fout}
                    </p>
                  )}
                  {r.actief ? (
                    <p>
                      {r.actief.nummer}: {r.actief.eenheid === "82" ? "vaste prijs" : `${r.actief.volume} uur`},{" "}
                      {formatEuro(r.actief.bedragCent)}, {STATUS[r.actief.status] ?? r.actief.status}
                      {r.categorie === "ONTWIKKELING" && r.actief.maand !== maand && ` (${r.actief.maand})`}
                    </p>
                  ) : r.categorie === "ONTWIKKELING" ? (
                    r.isVerlenging ? (
                      <p>Verlenging: valt onder de vaste prijs van het traject.</p>
                    ) : (
                      <div className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          id={veld}
                          name={veld}
                          value="ja"
                          defaultChecked={s.values[veld] === "ja"}
                          {...(fout ? { "aria-invalid": true, "aria-describedby": foutId } : {})}
                        />
                        <label htmlFor={veld}>
                          Vaste prijs declareren
                          <span className="sr-only">
                            {" "}
                            voor {r.inwonerNaam} ({r.nummer})
                          </span>
                        </label>
                      </div>
                    )
                  ) : (
                    <>
                      <label htmlFor={veld} className="block font-bold">
                        Gewerkte uren
                        <span className="sr-only">
                          {" "}
                          voor {r.inwonerNaam} ({r.nummer})
                        </span>
                      </label>
                      <input
                        id={veld}
                        name={veld}
                        inputMode="numeric"
                        defaultValue={s.values[veld] ?? ""}
                        className="veld max-w-28"
                        {...(fout ? { "aria-invalid": true, "aria-describedby": foutId } : {})}
                      />
                      <label htmlFor={`reden_${r.id}`} className="block font-bold mt-2">
                        Reden als het meer is dan toegewezen
                        <span className="sr-only">
                          {" "}
                          voor {r.inwonerNaam} ({r.nummer})
                        </span>
                      </label>
                      <textarea
                        id={`reden_${r.id}`}
                        name={`reden_${r.id}`}
                        rows={2}
                        defaultValue={s.values[`reden_${r.id}`] ?? ""}
                        className="veld"
                      />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
      {open.length > 0 && (
        <button type="submit" className="knop mt-4" disabled={bezig}>
          Declaraties indienen
        </button>
      )}
    </form>
  );
}
