import type { Metadata } from "next";
import Link from "next/link";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { heeftAdvies, loopt, magAdviesVastleggen, STATUS_ORIENTATIE } from "@/domain/orientatie/regels";
import { lees } from "@/server/pipeline/pagina";
import { bekijkOrientatie } from "@/server/orientaties/orientaties";
import { referentie } from "@/server/referentie";
import { adviesAction, stopAction } from "../acties";
import { AdviesFormulier, StopFormulier } from "./formulieren";
import { Advies } from "./advies/advies";

export const metadata: Metadata = { title: "Oriëntatie" };

export default async function Orientatie({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const r = await lees(bekijkOrientatie, { id });
  const o = r.orientatie;
  const { treden } = await referentie();
  const nogNiet = loopt(o) ? magAdviesVastleggen(o, r.vandaag) : null;
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente/orientaties">Terug naar oriëntaties</Link>
      </p>
      <h1>Oriëntatie {o.nummer}</h1>
      {zoek.geregistreerd === "ja" && <Melding soort="succes">De oriëntatie {o.nummer} is geregistreerd.</Melding>}
      {zoek.afgerond === "ja" && <Melding soort="succes">Het advies is vastgelegd en de oriëntatie {o.nummer} is afgerond.</Melding>}
      {zoek.gestopt === "ja" && <Melding soort="succes">De oriëntatie {o.nummer} is gestopt.</Melding>}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">Inwoner</dt>
        <dd>
          <Link href={`/gemeente/inwoners/${o.inwoner.id}`}>{o.inwonerNaam}</Link>, geboren {formatDatum(o.inwoner.geboortedatum)}
        </dd>
        <dt className="font-bold">Periode</dt>
        <dd>
          {formatDatum(o.startdatum)} tot en met {formatDatum(o.einddatum)}
        </dd>
        <dt className="font-bold">Status</dt>
        <dd>
          {STATUS_ORIENTATIE[o.status]}
          {o.signaal && <strong className="block text-fout">{o.signaal.tekst}</strong>}
        </dd>
        <dt className="font-bold">Begeleider</dt>
        <dd>{o.begeleider.naam}, Centrum Apeldoorn Werkt Mee</dd>
      </dl>

      <h2>Verloop</h2>
      <ol className="mb-6 border-l-4 border-rand-licht pl-4">
        <li className="mb-2">
          <strong>{formatDatum(o.createdAt)}</strong>: geregistreerd door {o.begeleider.naam}
        </li>
        <li className="mb-2">
          <strong>{formatDatum(o.startdatum)}</strong>: {o.startdatum > r.vandaag ? "begint" : "begonnen"}
        </li>
        {o.adviesOp && (
          <li className="mb-2">
            <strong>{formatDatum(o.adviesOp)}</strong>: advies vastgelegd, afgerond
          </li>
        )}
        {o.gestoptOp && (
          <li className="mb-2">
            <strong>{formatDatum(o.gestoptOp)}</strong>: gestopt. Reden: {o.stopreden}
          </li>
        )}
        {o.ladderRegels.map((l) => (
          <li key={l.id} className="mb-2">
            <strong>{formatDatum(l.datum)}</strong>: trede {l.trede} vastgelegd in de ladderhistorie
          </li>
        ))}
        {loopt(o) && (
          <li className="mb-2">
            <strong>{formatDatum(o.einddatum)}</strong>: uiterlijke einddatum
          </li>
        )}
      </ol>

      {heeftAdvies(o) && (
        <>
          <h2>Advies</h2>
          <Advies o={o} kopNiveau={3} />
          <p>
            <Link href={`/gemeente/orientaties/${o.id}/advies`}>Advies afdrukken</Link>
          </p>
        </>
      )}

      {loopt(o) && (
        <>
          <h2 id="advies">Advies vastleggen</h2>
          {nogNiet ? (
            <p>{nogNiet}</p>
          ) : (
            <>
              <p>Het advies rondt de oriëntatie af. De inwoner krijgt het op papier of als pdf.</p>
              <AdviesFormulier actie={adviesAction.bind(null, o.id)} treden={treden} />
            </>
          )}
          <h2 id="stoppen" className="mt-10">
            Eerder stoppen
          </h2>
          <StopFormulier actie={stopAction.bind(null, o.id)} />
        </>
      )}
    </article>
  );
}
