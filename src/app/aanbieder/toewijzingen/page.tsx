import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { redenenVoorAanbieder } from "@/domain/toewijzing/reden-beeindiging";
import { STATUS_TOEWIJZING } from "@/domain/toewijzing/status";
import { termijnen } from "@/domain/toewijzing/termijnen";
import { vereisAanbieder } from "@/server/auth/sessie";
import { toewijzingenVanAanbieder } from "@/server/toewijzingen/toewijzingen";
import { startAction, stopAction } from "./acties";
import { StartMelden, StopMelden } from "./melden";

export const metadata: Metadata = { title: "Toewijzingen" };

export default async function Toewijzingen() {
  const g = await vereisAanbieder("toewijzing:lezen-eigen");
  const lijst = await toewijzingenVanAanbieder(g, "/aanbieder/toewijzingen");
  const redenen = redenenVoorAanbieder().map((r) => ({ key: r.key, label: r.label }));
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
      {lijst.length === 0 ? (
        <p>Er zijn nog geen toewijzingen.</p>
      ) : (
        <table>
          <caption>Toewijzingen van jouw organisatie ({lijst.length})</caption>
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
                  {t.nummer}
                  <span className="block">
                    {t.product}
                    {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
                  </span>
                  {t.werkplek && <span className="block text-sm">{t.werkplek}</span>}
                </td>
                <td>
                  {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
                </td>
                <td>{t.contactpersoon ?? "—"}</td>
                <td>{formatDatum(termijnen(t.einddatum, t.startdatum).eindverantwoording)}</td>
                <td>
                  <p className="font-semibold">
                    {STATUS_TOEWIJZING[t.status as keyof typeof STATUS_TOEWIJZING]}
                    {t.gestartOp && ` op ${formatDatum(t.gestartOp)}`}
                    {t.beeindigdOp && `, gestopt op ${formatDatum(t.beeindigdOp)}`}
                  </p>
                  {t.redenBeeindiging && <p className="text-sm">{t.redenBeeindiging}</p>}
                  {t.status === "TOEGEWEZEN" && <StartMelden actie={startAction.bind(null, t.id)} id={t.id} nummer={t.nummer} />}
                  {t.status === "GESTART" && (
                    <StopMelden actie={stopAction.bind(null, t.id)} id={t.id} nummer={t.nummer} redenen={redenen} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
