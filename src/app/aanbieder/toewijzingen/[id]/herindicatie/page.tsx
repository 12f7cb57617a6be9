import type { Metadata } from "next";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { addMonths, addDays, toIsoDate } from "@/domain/kalender";
import { termijnen } from "@/domain/toewijzing/termijnen";
import { HerindicatiePagina } from "@/components/traject/herindicatie-pagina";
import { lees } from "@/server/pipeline/pagina";
import { herindicatieVoorAanbieder, vervolgProducten } from "@/server/toewijzingen/herindicatie";
import { herindicatieAction } from "./acties";
import { HerindicatieFormulier } from "./formulier";

export const metadata: Metadata = { title: "Herindicatie" };

export default async function Herindicatie({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await lees(herindicatieVoorAanbieder, { id });
  const producten = await lees(vervolgProducten);
  const uiterlijk = termijnen(t.einddatum, t.startdatum).herindicatie;
  // A proposal to start from: the same product, from the day after the end, as long as the product runs.
  const begin = {
    productCode: t.productCode,
    voorgesteldeStart: toIsoDate(t.voorgesteldeStart),
    voorgesteldeEind: toIsoDate(addDays(addMonths(t.voorgesteldeStart, t.product.duurMaanden ?? 6), -1)),
    urenPerWeek: t.urenPerWeek === null ? "" : String(t.urenPerWeek),
  };
  return (
    <HerindicatiePagina
      kant="aanbieder"
      t={t}
      producten={producten}
      melding={
        zoek.aangevraagd === "ja" &&
        t.openVerzoek && (
          <Melding soort="succes">
            Het verzoek is ingediend
            {t.laatVerzoek(t.openVerzoek) ? ", later dan 6 weken voor het einde van de toewijzing" : ""}. De contactpersoon van de gemeente
            beslist erover; je ziet het besluit hier en krijgt een e-mail.
          </Melding>
        )
      }
      feiten={[
        { term: "Inwoner", waarde: `${t.inwonerNaam} (geboren in ${t.geboortejaar})` },
        {
          term: "Toewijzing",
          waarde: (
            <>
              {t.product.korteNaam}, {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
              {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
            </>
          ),
        },
        {
          term: "Contactpersoon gemeente",
          waarde: t.contactpersoon ? `${t.contactpersoon.naam} (${t.contactpersoon.email})` : "Het team Werkt Mee",
        },
        { term: "Aanvragen uiterlijk", waarde: `${formatDatum(uiterlijk)} (6 weken voor het einde)` },
      ]}
    >
      {t.openVerzoek ? (
        <p>Er staat een verzoek open. Je kunt een nieuw verzoek doen als de gemeente over dit verzoek heeft besloten.</p>
      ) : t.verzoekMogelijk ? (
        <>
          <h2>Herindicatie aanvragen</h2>
          <p>
            Is na deze toewijzing meer nodig? Vraag dan uiterlijk 6 weken voor het einde een herindicatie aan. Later kan ook, maar dan is
            het verzoek te laat en heeft de gemeente minder tijd om te beslissen.
          </p>
          <HerindicatieFormulier actie={herindicatieAction.bind(null, t.id)} begin={begin} producten={producten} />
        </>
      ) : (
        <p>
          {t.verlenging
            ? `Deze toewijzing is verlengd met ${t.verlenging.nummer}. Een volgende herindicatie vraag je aan bij die periode.`
            : "Voor deze toewijzing kan geen herindicatie meer worden aangevraagd. Neem contact op met de contactpersoon."}
        </p>
      )}
    </HerindicatiePagina>
  );
}
