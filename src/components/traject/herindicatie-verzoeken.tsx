import { formatDatum } from "@/domain/format";

type Verzoek = {
  id: string;
  createdAt: Date;
  reden: string;
  productNaam: string;
  voorgesteldeStart: Date;
  voorgesteldeEind: Date;
  urenPerWeek: number | null;
  status: string;
  statusTekst: string;
  laat: boolean;
  besluitOp: Date | null;
  besluitToelichting: string | null;
  nieuweToewijzing: { id: string; nummer: string; startdatum: Date; einddatum: Date; product: { korteNaam: string } } | null;
};

/** The requests so far with their decision; shown to the aanbieder and the gemeente alike. */
export function HerindicatieVerzoeken({ verzoeken, kop = "Verzoeken en besluiten" }: { verzoeken: Verzoek[]; kop?: string }) {
  if (verzoeken.length === 0) return null;
  return (
    <section aria-labelledby="verzoeken" className="mb-8">
      <h2 id="verzoeken">{kop}</h2>
      <ul className="grid gap-4">
        {verzoeken.map((h) => (
          <li key={h.id} className="rounded-lg border border-rand-licht p-4">
            <p className="font-bold">
              {h.statusTekst}
              {h.laat && " · te laat aangevraagd (minder dan 6 weken voor het einde)"}
            </p>
            <p className="text-sm">
              Aangevraagd op {formatDatum(h.createdAt)}: {h.productNaam}, {formatDatum(h.voorgesteldeStart)} tot en met{" "}
              {formatDatum(h.voorgesteldeEind)}
              {h.urenPerWeek !== null && `, ${h.urenPerWeek} uur per week`}
            </p>
            <p className="whitespace-pre-line">{h.reden}</p>
            {h.besluitOp && (
              <div className="mt-2">
                <p>
                  <strong>Besluit op {formatDatum(h.besluitOp)}:</strong> {h.besluitToelichting}
                </p>
                {h.nieuweToewijzing && (
                  <p>
                    Nieuwe toewijzing {h.nieuweToewijzing.nummer}: {h.nieuweToewijzing.product.korteNaam},{" "}
                    {formatDatum(h.nieuweToewijzing.startdatum)} tot en met {formatDatum(h.nieuweToewijzing.einddatum)}.
                  </p>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
