"use client";

import { useActionState } from "react";
import { FormUitkomst } from "@/components/ui/melding";
import { Foutenoverzicht } from "@/components/ui/veld";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";

// Upload of several iWmo files at once (issue 13). A plain multipart POST to the server action
// when JavaScript is off; the result per file in a status region.

export type UploadResultaat = { bestandsnaam: string; ok: boolean; soort: string | null; meldingen: string[] };
type Staat = FormState<{ resultaten: UploadResultaat[] }>;

export function BerichtenUpload({ actie }: { actie: (vorige: Staat, data: FormData) => Promise<Staat> }) {
  const [s, formActie, bezig] = useActionState(actie, LEGE_STAAT as Staat);
  const fout = s.fieldErrors.bestanden;
  return (
    <form action={formActie} encType="multipart/form-data" noValidate className="max-w-2xl">
      <FormUitkomst s={s} />
      <Foutenoverzicht fouten={fout ? [{ veld: "bestanden", melding: fout }] : []} />
      {s.resultaten && s.resultaten.length > 0 && (
        <div role="status" className="mb-4">
          <h3>Uitkomst per bestand</h3>
          <ul>
            {s.resultaten.map((r, i) => (
              <li key={i} className="mb-2">
                <strong>
                  {r.bestandsnaam}: {r.ok ? "ingelezen" : "geweigerd"}
                </strong>
                {r.soort && ` (WMO${r.soort})`}
                <ul>
                  {r.meldingen.map((m, j) => (
                    <li key={j}>{m}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mb-4">
        <label htmlFor="bestanden" className="block font-bold">
          Berichten (XML-bestanden)
        </label>
        <p id="bestanden-uitleg" className="text-sm">
          Een of meer WMO305, WMO307, WMO315, WMO317 of WMO323, ten hoogste 20 bestanden van elk 2 MB.
        </p>
        {fout && (
          <p id="bestanden-fout" className="text-fout font-bold">
            {fout}
          </p>
        )}
        <input
          id="bestanden"
          name="bestanden"
          type="file"
          multiple
          accept=".xml,application/xml,text/xml"
          aria-describedby={`bestanden-uitleg${fout ? " bestanden-fout" : ""}`}
          aria-invalid={fout ? true : undefined}
        />
      </div>
      <button type="submit" className="knop" disabled={bezig}>
        Berichten inlezen
      </button>
    </form>
  );
}
