import type { Metadata } from "next";
import { volgendeMelding } from "@/domain/toewijzing/traject-regels";
import Link from "next/link";
import { z } from "zod";
import { ToewijzingWijzigingen } from "@/components/toewijzing/wijzigingen";
import { vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { redenenVoorAanbieder } from "@/domain/toewijzing/reden-beeindiging";
import { STATUS_TOEWIJZING } from "@/domain/toewijzing/status";
import { eindeDoorGemeenteVan, trajectTermijnen } from "@/domain/toewijzing/termijnen";
import { lees } from "@/server/pipeline/pagina";
import { toewijzingenVanAanbieder, type AanbiederToewijzing } from "@/server/toewijzingen/toewijzing-lezen";
import { startAction, stopAction } from "./acties";
import { StartMelden, StopMelden } from "./melden";
import { Tabel } from "@/components/tabel";
import { Filterveld } from "@/components/ui/filterveld";

export const metadata: Metadata = { title: "Toewijzingen" };

// The table stays readable with many rows: a filter by status (a plain GET form, so the URL keeps
// the choice), and one "Melden" disclosure per row instead of every form open at once.
const FILTERS = [
  { waarde: "", label: "Alle" },
  { waarde: "TOEGEWEZEN", label: "Nog niet gestart" },
  { waarde: "GESTART", label: "Gestart" },
  { waarde: "AFGELOPEN", label: "Afgelopen, einde niet gemeld" },
  { waarde: "BEEINDIGD", label: "Beëindigd" },
  { waarde: "INGETROKKEN", label: "Ingetrokken" },
] as const;
const statusSchema = z.enum(["TOEGEWEZEN", "GESTART", "AFGELOPEN", "BEEINDIGD", "INGETROKKEN"]).optional().catch(undefined);

const evUiterlijk = (t: AanbiederToewijzing) =>
  trajectTermijnen(
    {
      ...t,
      evIngediendOp: null,
      evaluatieGeplandOp: null,
      herindicatieIngediendOp: null,
      // Issue 21 item 19: an end by the gemeente is an early stop.
      eindeDoorGemeente: eindeDoorGemeenteVan(t.wijzigingen),
    },
    vandaagInNederland(),
  )[0]!.uiterlijk;

export default async function Toewijzingen({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const status = statusSchema.parse((await searchParams).status);
  const alle = await lees(toewijzingenVanAanbieder);
  const lijst = status ? alle.filter((t) => t.weergaveStatus === status) : alle;
  const redenen = redenenVoorAanbieder().map((r) => ({ key: r.key, label: r.label }));
  const vandaag = vandaagInNederland();
  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/aanbieder">Terug naar de startpagina</Link>
      </p>
      <h1>Toewijzingen</h1>
      <p>
        De inwoners die de gemeente naar jouw organisatie heeft verwezen. Meld de start en de stop hier; de gemeente ziet het meteen. De
        eindverantwoording is uiterlijk 6 weken voor het einde nodig.
      </p>
      {alle.length > 0 && (
        <form method="get" className="flex flex-wrap items-end gap-3 mb-4" aria-label="Toewijzingen filteren">
          <Filterveld id="status" label="Status">
            <select id="status" name="status" defaultValue={status ?? ""} className="veld !w-auto">
              {FILTERS.map((f) => (
                <option key={f.waarde} value={f.waarde}>
                  {f.label} ({f.waarde ? alle.filter((t) => t.weergaveStatus === f.waarde).length : alle.length})
                </option>
              ))}
            </select>
          </Filterveld>
          <button type="submit" className="knop knop-secundair">
            Filteren
          </button>
        </form>
      )}
      {lijst.length === 0 ? (
        <p>{alle.length === 0 ? "Er zijn nog geen toewijzingen." : "Er zijn geen toewijzingen met deze status."}</p>
      ) : (
        <Tabel caption={<>Toewijzingen van jouw organisatie ({lijst.length})</>}>
          <thead>
            <tr>
              <th scope="col">Inwoner</th>
              <th scope="col">Toewijzing</th>
              <th scope="col">Periode</th>
              <th scope="col">Contactpersoon gemeente</th>
              <th scope="col">Eindverantwoording uiterlijk</th>
              <th scope="col">Status en melden</th>
            </tr>
          </thead>
          <tbody>
            {lijst.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  {t.inwonerNaam} <span className="block text-sm font-normal">geboren in {t.geboortejaar}</span>
                </th>
                <td>
                  {/* Issue 11: the toewijzing's own page (plan, meldingen, evaluatiegesprek, deadlines). */}
                  <Link href={`/aanbieder/toewijzingen/${t.id}`}>{t.nummer}</Link>
                  <span className="block">
                    {t.product}
                    {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
                  </span>
                  {t.werkplek && <span className="block text-sm">{t.werkplek}</span>}
                </td>
                <td>
                  {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
                  {/* Issue 11: the gemeente ended it or corrected the end date. */}
                  <ToewijzingWijzigingen
                    wijzigingen={t.wijzigingen}
                    vandaag={vandaag}
                    label={`Wijzigingen door de gemeente (${t.nummer})`}
                  />
                </td>
                <td>{t.contactpersoon ?? "—"}</td>
                <td>
                  {/* ADR 0015: after an early stop the eindverantwoording is due sooner. */}
                  {formatDatum(evUiterlijk(t))}
                </td>
                <td>
                  <p className="font-semibold">
                    {STATUS_TOEWIJZING[t.weergaveStatus]}
                    {t.gestartOp && `${t.weergaveStatus === "AFGELOPEN" ? ", gestart" : ""} op ${formatDatum(t.gestartOp)}`}
                    {t.beeindigdOp && `, gestopt op ${formatDatum(t.beeindigdOp)}`}
                  </p>
                  {t.redenBeeindiging && <p className="text-sm">{t.redenBeeindiging}</p>}
                  {/* Issue 21 item 21: a temporary stop taken up again is the same traject, resumed. */}
                  {t.hervatIn && <p className="text-sm">Hervat met toewijzing {t.hervatIn}</p>}
                  {t.hervatVan && <p className="text-sm">Hervat na de tijdelijke stop van toewijzing {t.hervatVan}</p>}
                  {volgendeMelding(t) && (
                    // Keyed by status: after the start is reported, "Stop melden" starts closed.
                    <details className="melden" key={t.status}>
                      <summary>
                        {volgendeMelding(t) === "start" ? "Start melden" : "Stop melden"}
                        <span className="sr-only"> ({t.nummer})</span>
                      </summary>
                      {volgendeMelding(t) === "start" ? (
                        <StartMelden actie={startAction.bind(null, t.id)} id={t.id} nummer={t.nummer} />
                      ) : (
                        <StopMelden actie={stopAction.bind(null, t.id)} id={t.id} nummer={t.nummer} redenen={redenen} />
                      )}
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
