import type { Metadata } from "next";
import { isGestopt, startNogTeMelden } from "@/domain/toewijzing/traject-regels";
import Link from "next/link";
import { EindverantwoordingPagina, EindverantwoordingVanTraject } from "@/components/traject/eindverantwoording-pagina";
import { Melding } from "@/components/ui/melding";
import { isDefinitief, isTeruggestuurd, magBewerken } from "@/domain/eindverantwoording/regels";
import { formatDatum } from "@/domain/format";
import { lees } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { eindverantwoordingVoorAanbieder } from "@/server/toewijzingen/eindverantwoording";
import { eindverantwoordingAction } from "./acties";
import { EindverantwoordingFormulier } from "./formulier";
import { formWaarden } from "./waarden";

export const metadata: Metadata = { title: "Eindverantwoording" };

export default async function Eindverantwoording({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await lees(eindverantwoordingVoorAanbieder, { id });
  const { treden } = await referentie();
  const ev = t.eindverantwoording;
  const bewerkbaar = magBewerken(ev?.status ?? null) && !startNogTeMelden(t);
  return (
    <EindverantwoordingPagina
      kant="aanbieder"
      t={t}
      melding={
        zoek.ingediend === "ja" &&
        ev &&
        isDefinitief(ev) && (
          <Melding soort="succes">De eindverantwoording is ingediend. De contactpersoon van de gemeente leest hem.</Melding>
        )
      }
    >
      {isGestopt(t) && (
        <p>
          Deze toewijzing is eerder gestopt{t.beeindigdOp ? ` op ${formatDatum(t.beeindigdOp)}` : ""}. De eindverantwoording blijft nodig:
          hij laat zien wat het traject tot dan heeft opgeleverd.
        </p>
      )}
      {ev && isTeruggestuurd(ev) && (
        <section aria-labelledby="vraag" className="mb-6 rounded-lg border-2 border-accent p-4">
          <h2 id="vraag">Vraag van de gemeente</h2>
          <p className="whitespace-pre-line">{ev.terugvraag}</p>
          <p className="text-sm">
            Teruggestuurd op {ev.teruggestuurdOp ? formatDatum(ev.teruggestuurdOp) : ""}. Pas de eindverantwoording aan en dien hem opnieuw
            in; de gemeente kan hem daarna niet nog eens terugsturen.
          </p>
        </section>
      )}
      {startNogTeMelden(t) ? (
        <p>Meld eerst de start van deze toewijzing. Een eindverantwoording gaat over een gestart traject.</p>
      ) : bewerkbaar ? (
        <>
          <p>
            Schrijf de eindverantwoording samen met de inwoner. Sla tussendoor op als concept; de gemeente ziet hem pas als je hem indient.
            Verplichte onderdelen worden pas bij het indienen gecontroleerd.
          </p>
          <EindverantwoordingFormulier
            actie={eindverantwoordingAction.bind(null, t.id)}
            begin={formWaarden(ev)}
            versie={ev ? String(ev.versie) : ""}
            doelen={t.doelen}
            ontwikkeling={t.context.ontwikkeling}
            verlengbaar={t.context.verlengbaar}
            doelTrede={t.product.doelTrede}
            treden={treden}
          />
        </>
      ) : (
        ev && (
          <>
            <p>
              Ingediend op {ev.ingediendOp ? formatDatum(ev.ingediendOp) : ""}
              {ev.laatstIngediendOp && ev.ingediendOp && ev.laatstIngediendOp.getTime() !== ev.ingediendOp.getTime()
                ? `, opnieuw ingediend op ${formatDatum(ev.laatstIngediendOp)}`
                : ""}
              . Een ingediende eindverantwoording kun je niet meer wijzigen.
            </p>
            <p>
              <Link href={`/aanbieder/toewijzingen/${t.id}/eindverantwoording/afdrukken`}>Afdrukversie</Link>
            </p>
            <EindverantwoordingVanTraject t={t} ev={ev} treden={treden} />
          </>
        )
      )}
    </EindverantwoordingPagina>
  );
}
