import { Fragment, type ReactNode } from "react";
import { HERINDICATIE_STATUS_TEKST } from "@/domain/herindicatie/invoer";
import type { HerindicatieWeergave } from "@/server/toewijzingen/herindicatie";
import { HerindicatieVerzoeken } from "./herindicatie-verzoeken";
import { TrajectPagina, type Kant } from "./traject-pagina";

type Props = {
  kant: Kant;
  t: HerindicatieWeergave;
  /** The follow-up products, to name the product each request asks for. */
  producten: { code: string; korteNaam: string }[];
  melding?: ReactNode;
  /** The facts of the toewijzing each side needs, in order. */
  feiten: { term: string; waarde: ReactNode }[];
  /** What this side does next: ask for a herindicatie, or decide on the open one. */
  children: ReactNode;
};

/** The herindicatie page of either side: heading, facts, the requests and decisions so far. */
export function HerindicatiePagina({ kant, t, producten, melding, feiten, children }: Props) {
  return (
    <TrajectPagina kant={kant} t={t} titel="Herindicatie" melding={melding}>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        {feiten.map(({ term, waarde }) => (
          <Fragment key={term}>
            <dt className="font-bold">{term}</dt>
            <dd>{waarde}</dd>
          </Fragment>
        ))}
      </dl>
      <HerindicatieVerzoeken
        verzoeken={t.herindicatieverzoeken.map((h) => ({
          ...h,
          laat: t.laatVerzoek(h),
          statusTekst: HERINDICATIE_STATUS_TEKST[h.status],
          productNaam: producten.find((p) => p.code === h.productCode)?.korteNaam ?? h.productCode,
        }))}
      />
      {children}
    </TrajectPagina>
  );
}
