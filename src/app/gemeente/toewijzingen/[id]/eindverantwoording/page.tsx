import type { Metadata } from "next";
import Link from "next/link";
import { EindverantwoordingPagina, EindverantwoordingVanTraject } from "@/components/traject/eindverantwoording-pagina";
import { Melding } from "@/components/ui/melding";
import {
  isDefinitief,
  isIngediend,
  isTeruggestuurd,
  magGelezenMarkeren,
  magTerugsturen,
  voorgesteldeTrede,
} from "@/domain/eindverantwoording/regels";
import { toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorGemeente } from "@/server/toewijzingen/eindverantwoording";
import { gelezenAction, terugsturenAction, tredeAction } from "./acties";
import { Gelezen, Terugsturen, TredeNaTraject } from "./formulieren";

export const metadata: Metadata = { title: "Eindverantwoording lezen" };

const GEDAAN: Record<string, string> = {
  teruggestuurd: "De eindverantwoording is teruggestuurd met je vraag. De aanbieder krijgt een e-mail.",
  gelezen: "De eindverantwoording is gemarkeerd als gelezen. Leg nu de trede na het traject vast.",
  trede: "De trede na het traject is vastgelegd in de ladderhistorie van de inwoner.",
};

export default async function EindverantwoordingLezen({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await lees(eindverantwoordingVoorGemeente, { id });
  const { treden } = await referentie();
  const ev = t.eindverantwoording;
  const ingediend = ev && isIngediend(ev);
  // own keys only: ?gedaan=__proto__ must not find Object.prototype
  const gedaan = typeof zoek.gedaan === "string" && Object.hasOwn(GEDAAN, zoek.gedaan) ? GEDAAN[zoek.gedaan] : undefined;
  const voorstel = ev ? voorgesteldeTrede(ev, t.huidigeTrede) : null;
  const vandaag = vandaagInNederland();
  const einde = t.beeindigdOp ?? t.einddatum;
  return (
    <EindverantwoordingPagina kant="gemeente" t={t} melding={gedaan && <Melding soort="succes">{gedaan}</Melding>}>
      {!ingediend ? (
        <p>De aanbieder heeft de eindverantwoording nog niet ingediend.</p>
      ) : (
        <>
          <p>
            Ingediend op {ev.ingediendOp ? formatDatum(ev.ingediendOp) : ""}
            {ev.teruggestuurdOp && `, teruggestuurd op ${formatDatum(ev.teruggestuurdOp)}`}
            {!isTeruggestuurd(ev) &&
              ev.teruggestuurdOp &&
              ev.laatstIngediendOp &&
              `, opnieuw ingediend op ${formatDatum(ev.laatstIngediendOp)}`}
            {ev.gelezenOp && `, gelezen op ${formatDatum(ev.gelezenOp)}`}.{" "}
            <Link href={`/gemeente/toewijzingen/${t.id}/eindverantwoording/afdrukken`}>Afdrukversie</Link>
          </p>
          {ev.terugvraag && (
            <section aria-labelledby="vraag" className="mb-6 rounded-lg border border-rand-licht p-4">
              <h2 id="vraag">Vraag aan de aanbieder</h2>
              <p className="whitespace-pre-line">{ev.terugvraag}</p>
              {isTeruggestuurd(ev) && <p className="text-sm">De aanbieder past de eindverantwoording aan en dient hem opnieuw in.</p>}
            </section>
          )}
          {!isTeruggestuurd(ev) && <EindverantwoordingVanTraject t={t} ev={ev} treden={treden} />}
        </>
      )}

      {t.magBeslissen && ev && (magGelezenMarkeren(ev) || magTerugsturen(ev)) && (
        <section aria-labelledby="beoordelen" className="mt-10">
          <h2 id="beoordelen">Beoordelen</h2>
          {magGelezenMarkeren(ev) && <Gelezen actie={gelezenAction.bind(null, t.id)} />}
          {magTerugsturen(ev) ? (
            <Terugsturen actie={terugsturenAction.bind(null, t.id)} />
          ) : (
            <p>Deze eindverantwoording is al een keer teruggestuurd; dat kan maar één keer.</p>
          )}
        </section>
      )}
      {!t.magBeslissen && ingediend && (
        <p className="mt-6">Alleen de contactpersoon van de inwoner (of de teammanager) beoordeelt de eindverantwoording.</p>
      )}

      {ev && isDefinitief(ev) && (
        <section aria-labelledby="trede-na-traject" className="mt-10">
          <h2 id="trede-na-traject">Trede na het traject</h2>
          {t.tredeNaTraject ? (
            <p>
              Vastgelegd op {formatDatum(t.tredeNaTraject.datum)}: trede {t.tredeNaTraject.trede}
              {t.tredeNaTraject.perspectiefTrede && `, perspectief trede ${t.tredeNaTraject.perspectiefTrede}`}, door{" "}
              {t.tredeNaTraject.vastgelegdDoor.naam}.{" "}
              <Link href={`/gemeente/inwoners/${t.inwonerId}#ladder`}>Ladderhistorie van {t.inwonerNaam}</Link>
            </p>
          ) : t.magBeslissen ? (
            <TredeNaTraject
              actie={tredeAction.bind(null, t.id)}
              treden={treden}
              begin={{
                trede: voorstel?.trede ? String(voorstel.trede) : "",
                perspectiefTrede: voorstel?.perspectiefTrede ? String(voorstel.perspectiefTrede) : "",
                datum: toIsoDate(einde < vandaag ? einde : vandaag),
                toelichting: "",
              }}
            />
          ) : (
            <p>Nog niet vastgelegd.</p>
          )}
        </section>
      )}
    </EindverantwoordingPagina>
  );
}
