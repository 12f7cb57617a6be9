import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { STATUS_TOEWIJZING } from "@/domain/toewijzing/status";
import { TERMIJN_NAAM, termijnTekst } from "@/domain/toewijzing/termijnen";
import { vraagtAandachtRegel, type DashboardRegel } from "@/domain/toewijzing/dashboard-regel";
import { lees } from "@/server/pipeline/pagina";
import { dashboard } from "@/server/toewijzingen/dashboard";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Termijnen en toewijzingen" };

// Issue 11: the summary of the three deadlines; each one's own state is listed under it.
const TERMIJN_TEKST = { verlopen: "Te laat", binnenkort: "Binnen 6 weken", later: "Later", gedaan: "Alles gedaan" } as const;

function ToewijzingenTabel({ titel, regels, leeg }: { titel: string; regels: DashboardRegel[]; leeg: string }) {
  if (regels.length === 0)
    return (
      <>
        <h2>{titel}</h2>
        <p>{leeg}</p>
      </>
    );
  return (
    <>
      <h2>{titel}</h2>
      <Tabel caption={titel} captionClassName="sr-only">
        <thead>
          <tr>
            <th scope="col">Inwoner</th>
            <th scope="col">Toewijzing</th>
            <th scope="col">Aanbieder</th>
            <th scope="col">Einde</th>
            <th scope="col">Eindverantwoording, evaluatie en herindicatie uiterlijk</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {regels.map((r) => (
            <tr key={r.id} className={r.termijnStatus === "verlopen" || r.signaal ? "bg-fout-licht" : undefined}>
              <th scope="row">
                <Link href={`/gemeente/inwoners/${r.inwonerId}`}>{r.inwoner}</Link>
              </th>
              <td>
                <Link href={`/gemeente/toewijzingen/${r.id}`}>{r.nummer}</Link> {r.product}
              </td>
              <td>{r.aanbieder}</td>
              <td>
                {formatDatum(r.einddatum)}
                {r.eindigtBinnenkort && <strong className="block text-sm">Eindigt binnen 6 weken</strong>}
              </td>
              <td>
                {formatDatum(r.termijn)} <strong className="block text-sm">{TERMIJN_TEKST[r.termijnStatus]}</strong>
                <ul className="text-sm">
                  {r.termijnen.map((t) => (
                    <li key={t.soort}>
                      {TERMIJN_NAAM[t.soort]}: {termijnTekst(t)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {STATUS_TOEWIJZING[r.status as keyof typeof STATUS_TOEWIJZING]}
                {r.signaal === "nooit-gestart" && <strong className="block text-sm">Niet gestart: de startdatum is voorbij</strong>}
                {r.signaal === "laat-gestart" && <strong className="block text-sm">Laat gestart</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </>
  );
}

export default async function Termijnen({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const weergave = (await searchParams).weergave === "team" ? "team" : "mijn";
  const regels = await lees(dashboard, { scope: weergave });
  const aandacht = regels.filter(vraagtAandachtRegel);
  const overig = regels.filter((r) => !aandacht.includes(r));
  return (
    <article className="inhoud !max-w-6xl">
      <h1>Termijnen en toewijzingen</h1>
      <nav aria-label="Weergave" className="mb-4">
        <ul className="flex gap-6">
          <li>
            {weergave === "mijn" ? (
              <strong aria-current="page">Mijn inwoners</strong>
            ) : (
              <Link href="/gemeente/toewijzingen?weergave=mijn">Mijn inwoners</Link>
            )}
          </li>
          <li>
            {weergave === "team" ? (
              <strong aria-current="page">Hele team</strong>
            ) : (
              <Link href="/gemeente/toewijzingen?weergave=team">Hele team</Link>
            )}
          </li>
        </ul>
      </nav>
      {/* R-TOE-5: the due dates. */}
      <p>
        Lopende toewijzingen {weergave === "mijn" ? "van inwoners van wie jij contactpersoon bent" : "van het hele team"}, en beëindigde
        toewijzingen zolang de eindverantwoording ontbreekt. Uiterlijk 6 weken voor het einde zijn de eindverantwoording, het
        evaluatiegesprek en de herindicatie nodig; na een vroege stop blijft de eindverantwoording nodig.
      </p>
      <ToewijzingenTabel titel={`Vraagt aandacht (${aandacht.length})`} regels={aandacht} leeg="Er vraagt nu niets aandacht." />
      <ToewijzingenTabel titel={`Overige toewijzingen (${overig.length})`} regels={overig} leeg="Geen andere toewijzingen." />
    </article>
  );
}
