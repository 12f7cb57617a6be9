import { formatDatum } from "@/domain/format";
import { vandaagInNederland } from "@/domain/kalender";
import { STATUS_TOEWIJZING, weergaveStatus } from "@/domain/toewijzing/status";

type Traject = {
  nummer: string;
  inwonerNaam: string;
  geboortejaar: number;
  product: { naam: string };
  aanbieder: { naam: string };
  startdatum: Date;
  einddatum: Date;
  status: "TOEGEWEZEN" | "GESTART" | "BEEINDIGD" | "INGETROKKEN";
  beeindigdOp: Date | null;
  contactpersoon: { naam: string; email: string } | null;
};

/** The facts of the traject above the report, on screen and on paper (no BSN, R-TOE-2's contact person). */
export function TrajectKop({ t, status }: { t: Traject; status: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
      <dt className="font-bold">Inwoner</dt>
      <dd>
        {t.inwonerNaam} (geboren in {t.geboortejaar})
      </dd>
      <dt className="font-bold">Product</dt>
      <dd>{t.product.naam}</dd>
      <dt className="font-bold">Aanbieder</dt>
      <dd>{t.aanbieder.naam}</dd>
      <dt className="font-bold">Periode</dt>
      <dd>
        {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
        {t.beeindigdOp && ` (gestopt op ${formatDatum(t.beeindigdOp)})`}
      </dd>
      <dt className="font-bold">Toewijzing</dt>
      <dd>{STATUS_TOEWIJZING[weergaveStatus(t, vandaagInNederland())]}</dd>
      <dt className="font-bold">Contactpersoon gemeente</dt>
      <dd>{t.contactpersoon ? `${t.contactpersoon.naam} (${t.contactpersoon.email})` : "Het team Werkt Mee"}</dd>
      <dt className="font-bold">Eindverantwoording</dt>
      <dd>{status}</dd>
    </dl>
  );
}
