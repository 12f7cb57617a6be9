import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { goedgekeurdTekst } from "@/domain/werkplek-status";
import { toonWaarde, VELD_LABELS, WERKPLEK_VELDEN, type WerkplekInhoud, type WerkplekVeld } from "@/domain/werkplek-invoer";
import { CHECKLIST } from "@/domain/inhoudscheck";
import { lees } from "@/server/pipeline/pagina";
import { inhoudscheckItem, type CheckItem } from "@/server/werkplekken/inhoudscheck";
import { afwijzenAction, goedkeurenAction } from "../acties";
import { Beoordeling } from "./beoordeling";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Werkplek controleren" };

function waarde(veld: WerkplekVeld, w: WerkplekInhoud, namen: CheckItem["namen"]): React.ReactNode {
  if (veld === "brancheSlug") return namen.branches[w.brancheSlug] ?? w.brancheSlug;
  if (veld === "mogelijkheden") return w.mogelijkheden.map((m) => namen.mogelijkheden[m] ?? m).join(", ") || "geen";
  if (veld === "fotos") {
    if (!w.fotos.length) return "geen";
    return (
      <ul className="flex flex-wrap gap-3">
        {w.fotos.map((f) => (
          <li key={f.fotoId}>
            {/* eslint-disable-next-line @next/next/no-img-element -- our own resized file */}
            {namen.fotos[f.fotoId] && <img src={`/fotos/${namen.fotos[f.fotoId]}`} alt="" className="h-24 w-auto rounded" />}
            <span className="block text-sm">Beschrijving: {f.altTekst}</span>
          </li>
        ))}
      </ul>
    );
  }
  return <span className="whitespace-pre-line">{toonWaarde(veld, w)}</span>;
}

export default async function Controleren({ params }: { params: Promise<{ id: string }> }) {
  const item = await lees(inhoudscheckItem, { id: (await params).id });
  const automatisch: Record<string, boolean | null> = {
    gecontracteerd: item.aanbieder.gecontracteerd,
    adres: item.adresGevonden,
    taken: null,
    begeleiding: null,
  };
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/inhoudscheck">Terug naar de wachtrij</Link>
      </p>
      <h1>{item.voorstel.titel}</h1>
      <p>
        {item.soort === "nieuw" ? "Nieuwe werkplek" : "Wijziging van een gepubliceerde werkplek"} van <strong>{item.aanbieder.naam}</strong>
        , ingediend op {formatDatum(item.ingediendOp)}. Contract van {formatDatum(item.aanbieder.contractVan)}
        {item.aanbieder.contractTot ? ` tot en met ${formatDatum(item.aanbieder.contractTot)}` : ", zonder einddatum"}.
      </p>
      <p>
        {item.gepubliceerd
          ? `Laatst goedgekeurd en gepubliceerd op ${goedgekeurdTekst(item.gepubliceerd)}.`
          : "Deze werkplek is nog niet eerder goedgekeurd."}
      </p>
      {item.soort === "wijziging" && (
        <p>
          {item.gewijzigd.length === 0
            ? "Er is niets gewijzigd ten opzichte van de gepubliceerde versie."
            : `Gewijzigd: ${item.gewijzigd.map((v) => VELD_LABELS[v].toLowerCase()).join(", ")}.`}{" "}
          <Link href={`/werkplekken/${item.slug}`}>Bekijk de gepubliceerde versie</Link>
        </p>
      )}
      <Tabel
        caption={
          item.soort === "nieuw" ? "Inhoud van de werkplek" : "Voorgestelde inhoud, met de gepubliceerde waarde bij elk gewijzigd veld"
        }
      >
        <thead>
          <tr>
            <th scope="col">Veld</th>
            <th scope="col">{item.soort === "nieuw" ? "Inhoud" : "Voorstel"}</th>
            {item.live && <th scope="col">Nu gepubliceerd</th>}
          </tr>
        </thead>
        <tbody>
          {WERKPLEK_VELDEN.map((v) => {
            const anders = item.gewijzigd.includes(v);
            return (
              <tr key={v} className={anders ? "bg-[var(--kleur-vlak)]" : undefined}>
                <th scope="row">
                  {VELD_LABELS[v]}
                  {anders && <strong className="block text-sm">Gewijzigd</strong>}
                </th>
                <td>{waarde(v, item.voorstel, item.namen)}</td>
                {item.live && <td>{anders ? waarde(v, item.live, item.namen) : <span className="text-sm">ongewijzigd</span>}</td>}
              </tr>
            );
          })}
        </tbody>
      </Tabel>
      <Beoordeling
        goedkeuren={goedkeurenAction}
        afwijzen={afwijzenAction}
        id={item.werkplekId}
        versie={item.versie}
        checklist={CHECKLIST.map((c) => ({ ...c, automatisch: automatisch[c.sleutel] ?? null }))}
      />
    </article>
  );
}
