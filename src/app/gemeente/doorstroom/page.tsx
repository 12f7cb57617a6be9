import type { Metadata } from "next";
import { huidigJaar } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { TREDEN, type Groepsrij } from "@/domain/inwoner/doorstroom";
import { lees } from "@/server/pipeline/pagina";
import { AFSLUITREDEN_NAAM } from "@/domain/inwoner/afsluiten";
import { EERSTE_RAPPORTJAAR, ORIENTATIE_MAAT, rapportjaar } from "@/domain/inwoner/doorstroom-rapport";
import { doorstroomRapport } from "@/server/inwoners/doorstroom";
import { referentie } from "@/server/referentie";
import { Tabel } from "@/components/tabel";
import { Filterveld } from "@/components/ui/filterveld";

export const metadata: Metadata = { title: "Doorstroom" };

// R-LAD-3: progress up the participatieladder must be reportable (docs/decisions/0023).

function GroepTabel({ titel, kop, rijen }: { titel: string; kop: string; rijen: Groepsrij[] }) {
  return (
    <Tabel caption={titel}>
      <thead>
        <tr>
          <th scope="col">{kop}</th>
          <th scope="col">Trajecten</th>
          <th scope="col">Hoger dan bij de start</th>
          <th scope="col">Gelijk</th>
          <th scope="col">Lager</th>
          <th scope="col">Start onbekend</th>
          <th scope="col">Stap gemaakt (ontwikkeling)</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.groep}>
            <th scope="row">{r.groep}</th>
            <td>{r.aantal}</td>
            <td>{r.omhoog}</td>
            <td>{r.gelijk}</td>
            <td>{r.omlaag}</td>
            <td>{r.onbekend}</td>
            <td>{r.stapGemaakt + r.stapNietGemaakt > 0 ? `${r.stapGemaakt} van ${r.stapGemaakt + r.stapNietGemaakt}` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

export default async function Doorstroom({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const jaar = rapportjaar((await searchParams).jaar);
  const [r, { treden }] = await Promise.all([lees(doorstroomRapport, { jaar }), referentie()]);
  const naam = (t: number) => treden.find((x) => x.nummer === t)?.naam ?? "";
  const jaren = Array.from({ length: huidigJaar(new Date()) - EERSTE_RAPPORTJAAR + 1 }, (_, i) => huidigJaar(new Date()) - i);
  const d = r.doorstroom;
  const eind = r.lopend ? "nu" : `op 31 december ${jaar}`;
  return (
    <article className="inhoud !max-w-6xl">
      <h1>Doorstroom op de participatieladder</h1>
      <p>
        Hoeveel inwoners op welke trede staan en hoe ze verder komen, uit de ladderhistorie van de inwoners. Alleen aantallen, geen
        personen.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3 mb-4" aria-label="Jaar kiezen">
        <Filterveld id="jaar" label="Jaar">
          <select id="jaar" name="jaar" defaultValue={String(jaar)} className="veld !w-auto">
            {jaren.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </Filterveld>
        <button type="submit" className="knop knop-secundair">
          Tonen
        </button>
        <a href={`/gemeente/doorstroom/export?jaar=${jaar}`} download>
          Download {jaar} als CSV
        </a>
      </form>

      <h2>Inwoners per trede op {formatDatum(r.peildag)}</h2>
      <p>Alleen inwoners die op die dag nog in het programma zijn: wie eerder is afgesloten, telt niet mee.</p>
      <Tabel caption={<>De trede van elke inwoner met een ladderhistorie, op {formatDatum(r.peildag)}</>}>
        <thead>
          <tr>
            <th scope="col">Trede</th>
            <th scope="col">Inwoners</th>
          </tr>
        </thead>
        <tbody>
          {TREDEN.map((t) => (
            <tr key={t}>
              <th scope="row">
                {t}. {naam(t)}
              </th>
              <td>{r.treden[t - 1]}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>

      <h2>Doorstroom in {jaar}</h2>
      <p>
        {d.inwoners === 0
          ? `In ${jaar} is voor geen enkele inwoner een trede vastgelegd.`
          : `In ${jaar} is voor ${d.inwoners} ${d.inwoners === 1 ? "inwoner" : "inwoners"} een trede vastgelegd. Vergeleken met de trede vóór ${jaar} (of de eerste trede in ${jaar}, voor wie nieuw is) staan ${eind} ${d.omhoog} hoger, ${d.gelijk} gelijk en ${d.omlaag} lager.`}
      </p>
      {d.inwoners > 0 && (
        <Tabel
          caption={
            <>
              Van de trede vóór {jaar} (rijen) naar de trede {eind} (kolommen)
            </>
          }
        >
          <thead>
            <tr>
              <td />
              {TREDEN.map((t) => (
                <th key={t} scope="col">
                  Naar {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TREDEN.map((van) => (
              <tr key={van}>
                <th scope="row">Van {van}</th>
                {TREDEN.map((naar) => (
                  <td key={naar}>{d.matrix[van - 1]![naar - 1]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}

      <h2>Trajecten met een trede na het traject in {jaar}</h2>
      <p>
        De trede na het traject (vastgelegd bij de eindverantwoording) tegenover de trede bij de start van het traject. Een traject met
        verlengingen telt één keer: vanaf de start van de eerste periode tot de trede na de laatste periode.
      </p>
      {r.perProduct.length === 0 ? (
        <p>In {jaar} is bij geen enkel traject een trede na het traject vastgelegd.</p>
      ) : (
        <>
          <GroepTabel titel={`Per product, ${jaar}`} kop="Product" rijen={r.perProduct} />
          <GroepTabel titel={`Per aanbieder, ${jaar}`} kop="Aanbieder" rijen={r.perAanbieder} />
        </>
      )}
      <p>
        {r.zonderTrede === 0
          ? `Van de toewijzingen die in ${jaar} eindigden, heeft elke een trede na het traject.`
          : `${r.zonderTrede} ${r.zonderTrede === 1 ? "toewijzing die" : "toewijzingen die"} in ${jaar} eindigde${r.zonderTrede === 1 ? "" : "n"}, ${r.zonderTrede === 1 ? "heeft" : "hebben"} nog geen trede na het traject.`}
      </p>

      <h2>Oriëntaties in {jaar}</h2>
      <p>
        De oriëntaties van het Centrum en hun uitkomst: afgerond met een advies of gestopt, en de trede die na het advies is vastgelegd
        tegenover de trede bij de start.
      </p>
      <Tabel caption={<>Oriëntaties en hun uitkomst, {jaar}</>}>
        <thead>
          <tr>
            <th scope="col">Oriëntaties</th>
            <th scope="col">Aantal</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(ORIENTATIE_MAAT) as (keyof typeof ORIENTATIE_MAAT)[]).map((k) => (
            <tr key={k}>
              <th scope="row">{ORIENTATIE_MAAT[k]}</th>
              <td>{r.orientaties[k]}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>

      <h2>Afgesloten inwoners in {jaar}</h2>
      <Tabel caption={<>Inwoners die in {jaar} uit het programma zijn gegaan, per reden</>}>
        <thead>
          <tr>
            <th scope="col">Reden</th>
            <th scope="col">Inwoners</th>
          </tr>
        </thead>
        <tbody>
          {r.afsluitingen.map((a) => (
            <tr key={a.reden}>
              <th scope="row">{AFSLUITREDEN_NAAM[a.reden]}</th>
              <td>{a.aantal}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </article>
  );
}
