import { DOEL_RESULTATEN, type DoelResultaatWaarde } from "@/domain/eindverantwoording/invoer";
import { formatDatum } from "@/domain/format";
import { Tabel } from "@/components/tabel";

// The eindverantwoording as read (R-EV-2, R-EV-3): by the aanbieder after submitting, by the
// contact person, and in the print view. Plain data in, the same sections as the form.

export const DOEL_SOORT = { KENNIS: "Kennis", VAARDIGHEDEN: "Vaardigheden", HOUDING: "Houding" } as const;

export type EvGegevens = {
  algemeen: string;
  resultaatToelichting: string;
  voortzetten: string;
  nieuweDoelen: string;
  vervolgNodig: boolean | null;
  adviesTrede: number | null;
  adviesWaarHoe: string;
  stapGemaakt: boolean | null;
  stapToelichting: string;
  bereikteTrede: number | null;
  samenMetInwonerOp: Date | null;
  resultaten: { planDoelId: string; resultaat: DoelResultaatWaarde; toelichting: string }[];
};

type Props = {
  ev: EvGegevens;
  doelen: { id: string; soort: keyof typeof DOEL_SOORT; omschrijving: string }[];
  ontwikkeling: boolean;
  verlengbaar: boolean;
  doelTrede: number | null;
  treden: { nummer: number; naam: string }[];
  /** The heading level of the sections (2 on its own page). */
  kop?: 2 | 3;
};

const Tekst = ({ t }: { t: string }) => (t ? <p className="whitespace-pre-line">{t}</p> : <p className="italic">Niet ingevuld.</p>);

export function EindverantwoordingWeergave({ ev, doelen, ontwikkeling, verlengbaar, doelTrede, treden, kop = 2 }: Props) {
  const H = kop === 2 ? "h2" : "h3";
  const tredeNaam = (n: number | null) => (n === null ? "Niet ingevuld" : `${n}. ${treden.find((t) => t.nummer === n)?.naam ?? ""}`);
  return (
    <div className="ev-weergave">
      <section className="ev-sectie">
        <H>1. Algemeen functioneren en bijzonderheden</H>
        <Tekst t={ev.algemeen} />
      </section>
      <section className="ev-sectie">
        <H>2 en 3. Doelen en resultaat</H>
        {doelen.length === 0 ? (
          <p>Het ondersteuningsplan heeft geen doelen.</p>
        ) : (
          <Tabel caption="Resultaat per doel van het ondersteuningsplan" captionClassName="sr-only">
            <thead>
              <tr>
                <th scope="col">Doel</th>
                <th scope="col">Resultaat</th>
                <th scope="col">Waarom</th>
              </tr>
            </thead>
            <tbody>
              {doelen.map((d) => {
                const r = ev.resultaten.find((x) => x.planDoelId === d.id);
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      <span className="block text-sm font-normal">{DOEL_SOORT[d.soort]}</span>
                      {d.omschrijving}
                    </th>
                    <td>{r ? DOEL_RESULTATEN[r.resultaat] : "Niet ingevuld"}</td>
                    <td className="whitespace-pre-line">{r?.toelichting || "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </Tabel>
        )}
        {(ev.resultaatToelichting || doelen.length === 0) && (
          <>
            <p className="font-bold mt-3">Toelichting op het resultaat</p>
            <Tekst t={ev.resultaatToelichting} />
          </>
        )}
      </section>
      <section className="ev-sectie">
        <H>4. Doelen om voort te zetten</H>
        <Tekst t={ev.voortzetten} />
      </section>
      <section className="ev-sectie">
        <H>5. Nieuwe doelen voor een verlenging</H>
        {verlengbaar ? <Tekst t={ev.nieuweDoelen} /> : <p>Niet van toepassing: deze toewijzing kan niet (nog eens) worden verlengd.</p>}
        {ev.vervolgNodig !== null && (
          <p>
            <strong>Vervolg nodig:</strong>{" "}
            {ev.vervolgNodig ? "ja, de aanbieder vraagt een herindicatie aan" : "nee, er is geen vervolg nodig"}
          </p>
        )}
      </section>
      <section className="ev-sectie">
        <H>6. Advies over de volgende stap</H>
        <p>
          <strong>Hoogst haalbare trede:</strong> {tredeNaam(ev.adviesTrede)}
        </p>
        <Tekst t={ev.adviesWaarHoe} />
      </section>
      {ontwikkeling && (
        <section className="ev-sectie">
          <H>De afgesproken stap</H>
          <p>
            <strong>Stap naar trede {doelTrede ?? "?"} gemaakt:</strong>{" "}
            {ev.stapGemaakt === null ? "Niet ingevuld" : ev.stapGemaakt ? "Ja" : "Nee"}
          </p>
          <Tekst t={ev.stapToelichting} />
          <p>
            <strong>Bereikte trede:</strong> {tredeNaam(ev.bereikteTrede)}
          </p>
        </section>
      )}
      <p className="mt-4">
        {ev.samenMetInwonerOp
          ? `Samen met de inwoner opgesteld; besproken op ${formatDatum(ev.samenMetInwonerOp)}.`
          : "Nog niet bevestigd dat dit samen met de inwoner is opgesteld."}
      </p>
    </div>
  );
}
