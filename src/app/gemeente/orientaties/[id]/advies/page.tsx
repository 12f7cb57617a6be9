import type { Metadata } from "next";
import { heeftAdvies } from "@/domain/orientatie/regels";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintKnop } from "@/components/ui/print-knop";
import { formatDatum } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { bekijkAdvies } from "@/server/orientaties/orientaties";
import { Advies } from "./advies";

export const metadata: Metadata = { title: "Advies oriëntatietraject" };

/**
 * The advice for the inwoner, to print or save as pdf. It is an advice from an algemene
 * voorziening, not a beschikking: no decision, so no bezwaar clause (ADR 0018).
 */
export default async function AdviesAfdrukken({ params }: { params: Promise<{ id: string }> }) {
  const r = await lees(bekijkAdvies, { id: (await params).id });
  if (!heeftAdvies(r.orientatie) || !r.orientatie.adviesOp) notFound();
  const o = r.orientatie;
  const adviesOp = r.orientatie.adviesOp;
  return (
    <article className="inhoud">
      <p className="niet-printen">
        <Link href={`/gemeente/orientaties/${o.id}`}>Terug naar oriëntatie {o.nummer}</Link>
      </p>
      <p className="niet-printen mb-4">
        <PrintKnop>Advies afdrukken</PrintKnop>
      </p>
      <p className="text-sm">Centrum Apeldoorn Werkt Mee · Gemeente Apeldoorn</p>
      <h1>Advies oriëntatietraject</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">Voor</dt>
        <dd>
          {o.inwonerNaam}, {o.inwoner.straat} {o.inwoner.huisnummer}, {o.inwoner.postcode.slice(0, 4)} {o.inwoner.postcode.slice(4)}{" "}
          {o.inwoner.plaats}
        </dd>
        <dt className="font-bold">Oriëntatie</dt>
        <dd>
          {o.nummer}, van {formatDatum(o.startdatum)} tot en met {formatDatum(o.einddatum)}
        </dd>
        <dt className="font-bold">Datum advies</dt>
        <dd>{formatDatum(adviesOp)}</dd>
        <dt className="font-bold">Begeleider</dt>
        <dd>
          {o.begeleider.naam} ({o.begeleider.email})
        </dd>
      </dl>
      <Advies o={o} kopNiveau={2} />
      <h2>Wat betekent dit advies?</h2>
      <p>
        Dit is een advies van het Centrum Apeldoorn Werkt Mee, geen beschikking. Het oriëntatietraject is een algemene voorziening. Wilt u
        met dit advies verder, bijvoorbeeld met een werkplek of een traject? Bespreek het dan met uw contactpersoon bij de gemeente. Vragen
        over het advies? Mail naar info@apeldoornwerktmee.nl.
      </p>
    </article>
  );
}
