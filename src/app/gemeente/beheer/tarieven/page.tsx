import type { Metadata } from "next";
import Link from "next/link";
import { formatEuro } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { tariefOverzicht } from "@/server/beheer/tarieven";
import { BeheerFormulier } from "../_ui/formulier";
import { corrigeerTariefAction, legTariefVastAction } from "./acties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Tarieven" };

export default async function Tarieven() {
  const o = await lees(tariefOverzicht);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Tarieven</h1>
      <p>
        De gemeente stelt elk jaar per product een tarief vast. Een toewijzing rekent met het tarief van het jaar waarin het werk gebeurt.
        Zolang er voor een jaar geen tarief is, kunnen voor dat jaar geen toewijzingen en declaraties worden gemaakt.
      </p>
      <Tabel caption="Tarieven per product en jaar">
        <thead>
          <tr>
            <th scope="col">Product</th>
            {o.jaren.map((j) => (
              <th key={j} scope="col">
                {j}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {o.producten.map((p) => (
            <tr key={p.code}>
              <th scope="row">
                {p.naam} <span className="block font-normal text-sm">{p.eenheid}</span>
              </th>
              {o.jaren.map((j) => {
                const cent = p.perJaar[j];
                return <td key={j}>{cent === undefined ? <span className="text-sm">Nog niet vastgesteld</span> : formatEuro(cent)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </Tabel>

      <h2>Tarief toevoegen</h2>
      <p>Er is één tarief per product per jaar. Vul het bedrag in euro&apos;s in, bijvoorbeeld 10,63.</p>
      <BeheerFormulier
        actie={legTariefVastAction}
        prefix="nieuw"
        knop="Tarief toevoegen"
        velden={[
          {
            naam: "productCode",
            label: "Product",
            type: "select",
            opties: [
              { waarde: "", label: "Kies een product" },
              ...o.producten.map((p) => ({ waarde: p.code, label: `${p.naam} (${p.eenheid})` })),
            ],
          },
          {
            naam: "jaar",
            label: "Jaar",
            invoermodus: "numeric",
            uitleg: `Een jaar van 2020 tot en met 2100, bijvoorbeeld ${o.huidigJaar + 1}.`,
            smal: true,
          },
          { naam: "bedrag", label: "Bedrag in euro's", invoermodus: "decimal", smal: true },
        ]}
      />

      <h2>Tarief corrigeren</h2>
      <p>
        Alleen een tarief van een jaar dat nog niet begonnen is, kun je corrigeren. Vanaf 1 januari rekenen toewijzingen en declaraties met
        het tarief van dat jaar; daarna verandert het niet meer.
      </p>
      {o.corrigeerbaar.length === 0 ? (
        <p>Er zijn geen tarieven van {o.huidigJaar + 1} of later om te corrigeren.</p>
      ) : (
        <BeheerFormulier
          actie={corrigeerTariefAction}
          prefix="correctie"
          knop="Tarief corrigeren"
          velden={[
            { naam: "tarief", label: "Tarief", type: "select", opties: o.corrigeerbaar.map((c) => ({ waarde: c.waarde, label: c.label })) },
            { naam: "bedrag", label: "Nieuw bedrag in euro's", invoermodus: "decimal", smal: true },
          ]}
        />
      )}
    </article>
  );
}
