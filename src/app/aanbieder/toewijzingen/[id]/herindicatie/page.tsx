import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { HERINDICATIE_STATUS_TEKST } from "@/domain/herindicatie/invoer";
import { addMonths, addDays, toIsoDate } from "@/domain/toewijzing/calendar-date";
import { termijnen } from "@/domain/toewijzing/termijnen";
import { HerindicatieVerzoeken } from "@/components/traject/herindicatie-verzoeken";
import { vereisAanbieder } from "@/server/auth/sessie";
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
  const g = await vereisAanbieder("traject:rapporteren");
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await herindicatieVoorAanbieder(g, id, "/aanbieder/toewijzingen/[id]/herindicatie");
  if (!t) notFound();
  const producten = await vervolgProducten();
  const uiterlijk = termijnen(t.einddatum, t.startdatum).herindicatie;
  // A proposal to start from: the same product, from the day after the end, as long as the product runs.
  const begin = {
    productCode: t.productCode,
    voorgesteldeStart: toIsoDate(t.voorgesteldeStart),
    voorgesteldeEind: toIsoDate(addDays(addMonths(t.voorgesteldeStart, t.product.duurMaanden ?? 6), -1)),
    urenPerWeek: t.urenPerWeek === null ? "" : String(t.urenPerWeek),
  };
  return (
    <article className="inhoud">
      <p>
        <Link href={`/aanbieder/toewijzingen/${t.id}`}>Terug naar toewijzing {t.nummer}</Link>
      </p>
      <h1>Herindicatie {t.nummer}</h1>
      {zoek.aangevraagd === "ja" && t.openVerzoek && (
        <Melding soort="succes">
          Het verzoek is ingediend
          {t.laatVerzoek(t.openVerzoek) ? ", later dan 6 weken voor het einde van de toewijzing" : ""}. De contactpersoon van de gemeente
          beslist erover; je ziet het besluit hier en krijgt een e-mail.
        </Melding>
      )}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">Inwoner</dt>
        <dd>
          {t.inwonerNaam} (geboren in {t.geboortejaar})
        </dd>
        <dt className="font-bold">Toewijzing</dt>
        <dd>
          {t.product.korteNaam}, {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
          {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
        </dd>
        <dt className="font-bold">Contactpersoon gemeente</dt>
        <dd>{t.contactpersoon ? `${t.contactpersoon.naam} (${t.contactpersoon.email})` : "Het team Werkt Mee"}</dd>
        <dt className="font-bold">Aanvragen uiterlijk</dt>
        <dd>{formatDatum(uiterlijk)} (6 weken voor het einde)</dd>
      </dl>
      <HerindicatieVerzoeken
        verzoeken={t.herindicatieverzoeken.map((h) => ({
          ...h,
          laat: t.laatVerzoek(h),
          statusTekst: HERINDICATIE_STATUS_TEKST[h.status],
          productNaam: producten.find((p) => p.code === h.productCode)?.korteNaam ?? h.productCode,
        }))}
      />
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
    </article>
  );
}
