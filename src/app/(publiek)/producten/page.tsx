import type { Metadata } from "next";
import Link from "next/link";
import { formatEuro } from "@/domain/format";
import { PLICHTEN_WERKT_MEE } from "@/domain/toewijzing/product-plichten";
import { productenOverzicht } from "@/server/producten";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Producten en tarieven" };

const eenheid = { PER_TRAJECT: "per traject", PER_UUR: "per uur", GEMEENTELIJK: "" } as const;
const duur = (p: { duurMaanden: number | null; duurIsMaximum: boolean; verlenging: string }) => {
  if (!p.duurMaanden) return "Zolang het nodig is";
  const basis = `${p.duurIsMaximum ? "Maximaal " : ""}${p.duurMaanden} maanden`;
  return p.verlenging === "EENMALIG" ? `${basis}, één keer te verlengen` : p.verlenging === "HERHAALD" ? `${basis}, te verlengen` : basis;
};

export default async function Producten() {
  // Issue 11 defect 6: the year in the Netherlands, not in UTC.
  const { huidigJaar, jaar, producten } = await productenOverzicht();
  const werktMee = producten.filter((p) => p.categorie !== "BEGELEIDING_GROEP");
  const groep = producten.filter((p) => p.categorie === "BEGELEIDING_GROEP");

  return (
    <article className="inhoud !max-w-5xl">
      <h1>Producten en tarieven</h1>
      <p>
        Apeldoorn Werkt Mee heeft verschillende trajecten. Welk traject bij je past, hangt af van waar je nu staat op de{" "}
        <Link href="/participatieladder">participatieladder</Link>. Voor een werkplek op trede 3 of 4 betaal je geen eigen bijdrage. De
        tarieven hieronder betaalt de gemeente aan de aanbieder.
      </p>
      {jaar !== huidigJaar && (
        <p className="rounded-lg border-2 border-[var(--kleur-rand)] bg-let-op-licht p-3">
          {jaar ? (
            <>
              De tarieven voor {huidigJaar} zijn nog niet bekendgemaakt. Hieronder staan de tarieven van {jaar}.
            </>
          ) : (
            <>Er zijn nog geen tarieven bekendgemaakt.</>
          )}
        </p>
      )}
      {/* On a phone a wide table scrolls on its own; the page itself never scrolls sideways. */}
      <div className="tabel-scroll" role="region" aria-label="Tabel met producten en tarieven" tabIndex={0}>
        <Tabel caption={<>Werkt Mee-producten{jaar ? ` en tarieven ${jaar}` : ""}</>}>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Voor wie</th>
              <th scope="col">Duur</th>
              <th scope="col">Tarief</th>
            </tr>
          </thead>
          <tbody>
            {werktMee.map((p) => (
              <tr key={p.code}>
                <th scope="row">
                  <span className="block">{p.naam}</span>
                  <span className="block font-normal text-sm">{p.omschrijving}</span>
                </th>
                <td>
                  {p.categorie === "OP_TREDE" ? (
                    // R-PRD-2 as updated: op trede N is the level of the werkplek, not a condition on where you stand.
                    <>Een werkplek op het niveau van trede {p.doelTrede}, ook samen met een ontwikkeltraject</>
                  ) : (
                    <>Je staat nu op trede {p.startTreden.join(", ").replace(/, (\d)$/, " of $1")}</>
                  )}
                </td>
                <td>{duur(p)}</td>
                <td>
                  {p.prijsEenheid === "GEMEENTELIJK" ? (
                    "Betaald door de gemeente"
                  ) : p.tariefCent === null ? (
                    "Nog niet vastgesteld"
                  ) : (
                    <>
                      {formatEuro(p.tariefCent)} {eenheid[p.prijsEenheid]}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      </div>
      <h2>Wat hoort bij elk traject?</h2>
      <p>Bij ontwikkeling naar trede 3, 4 of 5 en bij een werkplek op trede 3 of 4 hoort altijd, bij elke aanbieder:</p>
      <ul>
        {PLICHTEN_WERKT_MEE.map((p) => (
          <li key={p.naam}>
            <strong>{p.naam}.</strong> {p.tekst}
          </li>
        ))}
      </ul>
      <h2>Hoe wordt er betaald?</h2>
      <ul>
        <li>
          Bij <strong>ontwikkeling naar trede 3, 4 of 5</strong> krijgt de aanbieder een vaste prijs voor het hele traject.
        </li>
        <li>
          Bij <strong>een werkplek op trede 3 of 4</strong> krijgt de aanbieder een vast bedrag per uur. Alleen de uren die je echt hebt
          gewerkt tellen mee. Op trede 4 is het tarief lager, omdat de begeleiding meer op afstand is.
        </li>
        <li>
          Het <strong>oriëntatietraject</strong> voert het Centrum Apeldoorn Werkt Mee zelf uit.
        </li>
      </ul>
      <h2>Begeleiding groep (trede 2)</h2>
      <p>
        Voor inwoners op trede 2 die meer ondersteuning nodig hebben, zijn er drie vormen van begeleiding in een groep. De gemeente stelt de
        tarieven hiervan vast.
      </p>
      <ul>
        {groep.map((p) => (
          <li key={p.code}>
            <strong>{p.naam}.</strong> {p.omschrijving}
          </li>
        ))}
      </ul>
    </article>
  );
}
