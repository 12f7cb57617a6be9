import type { Metadata } from "next";
import Link from "next/link";
import { HerindicatiePagina } from "@/components/traject/herindicatie-pagina";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { BESLUITEN } from "@/domain/herindicatie/invoer";
import { toIsoDate } from "@/domain/kalender";
import { termijnen } from "@/domain/toewijzing/termijnen";
import { lees, leesOf } from "@/server/pipeline/pagina";
import { herindicatieVoorGemeente, vervolgAanbieders, vervolgProducten } from "@/server/toewijzingen/herindicatie";
import { besluitAction } from "./acties";
import { BesluitFormulier } from "./besluit-formulier";

export const metadata: Metadata = { title: "Herindicatie beslissen" };

export default async function HerindicatieBeslissen({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await lees(herindicatieVoorGemeente, { id });
  const [producten, aanbieders] = await Promise.all([lees(vervolgProducten), leesOf(vervolgAanbieders, [])]);
  const open = t.openVerzoek;
  const geenMandaat = t.magAfgeven ? undefined : "Hiervoor is het mandaat nodig om toewijzingen af te geven.";
  const besluiten = (Object.keys(BESLUITEN) as (keyof typeof BESLUITEN)[]).map((waarde) => ({
    waarde,
    label: BESLUITEN[waarde],
    uitgeschakeld: waarde === "BEEINDIGEN" ? undefined : geenMandaat,
  }));
  return (
    <HerindicatiePagina
      kant="gemeente"
      t={t}
      producten={producten}
      melding={
        zoek.besloten === "ja" && (
          <Melding soort="succes">Het besluit is vastgelegd. De aanbieder ziet het in het portaal en krijgt een e-mail.</Melding>
        )
      }
      feiten={[
        { term: "Inwoner", waarde: <Link href={`/gemeente/inwoners/${t.inwonerId}`}>{t.inwonerNaam}</Link> },
        {
          term: "Toewijzing",
          waarde: (
            <>
              {t.product.korteNaam} bij {t.aanbieder.naam}, {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
              {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
              {t.verlengingsnummer > 0 && ` (verlenging ${t.verlengingsnummer})`}
            </>
          ),
        },
        { term: "Herindicatie uiterlijk", waarde: formatDatum(termijnen(t.einddatum, t.startdatum).herindicatie) },
      ]}
    >
      {t.herindicatieverzoeken.length === 0 && <p>De aanbieder heeft geen herindicatie aangevraagd.</p>}
      {open && t.magBeslissen && (
        <section aria-labelledby="beslissen">
          <h2 id="beslissen">Beslissen</h2>
          <BesluitFormulier
            actie={besluitAction.bind(null, open.id)}
            besluiten={besluiten}
            producten={producten}
            aanbieders={aanbieders.filter((a) => a.id !== t.aanbiederId)}
            huidigeAanbieder={t.aanbieder.naam}
            begin={{
              besluit: "",
              toelichting: "",
              productCode: open.productCode !== t.productCode ? open.productCode : "",
              startdatum: open.productCode !== t.productCode ? toIsoDate(open.voorgesteldeStart) : "",
              einddatum: t.product.duurIsMaximum || t.product.duurMaanden === null ? toIsoDate(open.voorgesteldeEind) : "",
              urenPerWeek: open.urenPerWeek === null ? "" : String(open.urenPerWeek),
              aanbiederId: "",
            }}
          />
        </section>
      )}
      {open && !t.magBeslissen && <p>Alleen de contactpersoon van de inwoner (of de teammanager) beslist over dit verzoek.</p>}
    </HerindicatiePagina>
  );
}
