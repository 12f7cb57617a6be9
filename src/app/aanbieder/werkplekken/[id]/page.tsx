import type { Metadata } from "next";
import Link from "next/link";
import {
  BEWAAR_MELDINGEN,
  goedgekeurdTekst,
  isAfgewezen,
  isBewaarCode,
  isBewerkbaar,
  isGepubliceerd,
  statusTekst,
} from "@/domain/werkplek-status";
import { lees } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { werkplekVoorBewerken } from "@/server/werkplekken/beheer";
import { archiveerAction, bewaarWerkplekAction } from "../acties";
import { ArchiveerKnop } from "./archiveer-knop";
import { WerkplekFormulier } from "../werkplek-formulier";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Werkplek bewerken" };

export default async function WerkplekBewerken({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const w = await lees(werkplekVoorBewerken, { id });
  const r = await referentie();
  const melding = isBewaarCode(zoek.melding) ? BEWAAR_MELDINGEN[zoek.melding] : null;
  const reden = isAfgewezen(w.revisie) || isAfgewezen(w) ? w.afwijzingsreden : null;
  return (
    <article className="inhoud">
      <p>
        <Link href="/aanbieder">Terug naar de werkplekken</Link>
      </p>
      <h1>{w.titel}</h1>
      {melding && (
        <Melding soort="succes" className="mb-6 p-4">
          {melding}
        </Melding>
      )}
      <dl className="mb-6">
        <dt className="font-bold">Status</dt>
        <dd className="mb-2">{statusTekst(w.status, w.revisie?.status)}</dd>
        {w.gepubliceerd && (
          <>
            <dt className="font-bold">Laatst goedgekeurd</dt>
            <dd className="mb-2">{goedgekeurdTekst(w.gepubliceerd)}</dd>
          </>
        )}
        {isGepubliceerd(w) && (
          <>
            <dt className="font-bold">In de catalogus</dt>
            <dd className="mb-2">
              <Link href={`/werkplekken/${w.slug}`}>Bekijk de gepubliceerde versie</Link>
            </dd>
          </>
        )}
      </dl>
      {reden && (
        <section aria-labelledby="reden-kop" className="mb-6 rounded-lg border-2 border-fout bg-fout-licht p-4">
          <h2 id="reden-kop" className="!mt-0">
            Afgewezen door de gemeente
          </h2>
          <p className="whitespace-pre-line">{reden}</p>
          <p>Pas de werkplek aan en dien hem opnieuw in.</p>
        </section>
      )}
      {!isBewerkbaar(w) ? (
        <p>Deze werkplek is gearchiveerd. Hij staat niet meer in de catalogus en kan niet meer worden gewijzigd.</p>
      ) : (
        <>
          {isGepubliceerd(w) && <p>Wat je hier wijzigt, wordt eerst gecontroleerd. Tot de goedkeuring ziet iedereen de huidige versie.</p>}
          <WerkplekFormulier
            actie={bewaarWerkplekAction}
            begin={{ formulier: w.formulier, versie: w.versie, nieuweFotoAlt: "", conflict: null, fotoBestanden: w.fotoBestanden }}
            id={w.id}
            branches={r.branches}
            ontwikkelmogelijkheden={r.ontwikkelmogelijkheden}
            ondersteuning={r.ondersteuning}
          />
          <h2>Werkplek archiveren</h2>
          <p>Een gearchiveerde werkplek verdwijnt uit de catalogus. Lopende toewijzingen blijven bestaan.</p>
          <ArchiveerKnop actie={archiveerAction} id={w.id} versie={w.versie} />
        </>
      )}
    </article>
  );
}
