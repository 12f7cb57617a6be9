import type { Metadata } from "next";
import { isLopend, magIntrekken, magVerlengen } from "@/domain/toewijzing/traject-regels";
import Link from "next/link";
import { ToewijzingBerichten } from "@/components/iwmo/toewijzing-berichten";
import { PrintKnop } from "@/components/ui/print-knop";
import { formatDatum, formatEuro } from "@/domain/format";
import { mag } from "@/domain/permissies";
import { REDENEN_BEEINDIGING } from "@/domain/toewijzing/reden-beeindiging";
import { geenEigenBijdrage } from "@/domain/toewijzing/product-plichten";
import { STATUS_TOEWIJZING, weergaveStatus } from "@/domain/toewijzing/status";
import { eindeDoorGemeenteVan, trajectTermijnen } from "@/domain/toewijzing/termijnen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { lees } from "@/server/pipeline/pagina";
import { toewijzingVoorGemeente } from "@/server/toewijzingen/toewijzing-lezen";
import { ToewijzingWijzigingen } from "@/components/toewijzing/wijzigingen";
import { vandaagInNederland } from "@/domain/kalender";
import { REDENEN_WIJZIGING } from "@/domain/toewijzing/wijziging";
import { einddatumAction, intrekkenAction } from "../acties";
import { EinddatumWijzigen } from "./einddatum-wijzigen";
import { Intrekken } from "./intrekken";
import { Melding } from "@/components/ui/melding";
import { EindverantwoordingSamenvatting } from "@/components/traject/eindverantwoording-samenvatting";
import { TrajectSectie } from "./traject-sectie";

export const metadata: Metadata = { title: "Beschikking" };

export default async function Beschikking({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const g = await vereisGebruiker("inwoner:lezen");
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const t = await lees(toewijzingVoorGemeente, { id });
  // The eindverantwoording's due day; after an early stop or an end by the gemeente, sooner (ADR 0015, 0033).
  const evUiterlijk = trajectTermijnen(
    {
      ...t,
      evIngediendOp: null,
      evaluatieGeplandOp: null,
      herindicatieIngediendOp: null,
      eindeDoorGemeente: eindeDoorGemeenteVan(t.wijzigingen),
    },
    vandaagInNederland(),
  )[0]!.uiterlijk;
  const reden = t.redenBeeindiging ? REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging) : null;
  const vandaag = vandaagInNederland();
  const loopt = isLopend(t);
  // Issue 11: an end set by the gemeente that is still ahead shows as "eindigt op".
  const eindigtOp = loopt && t.wijzigingen.some((w) => w.soort === "BEEINDIGD_DOOR_GEMEENTE") && t.einddatum >= vandaag;
  return (
    <article className="inhoud">
      <p className="niet-printen">
        <Link href={`/gemeente/inwoners/${t.inwoner.id}`}>Terug naar {t.inwonerNaam}</Link>
      </p>
      {zoek.afgegeven === "ja" && (
        <Melding soort="succes" className="niet-printen mb-6 p-4">
          De toewijzing {t.nummer} is afgegeven. Druk deze beschikking af of sla hem op als pdf voor de inwoner.
        </Melding>
      )}
      <p className="niet-printen mb-4">
        <PrintKnop>Beschikking afdrukken</PrintKnop>
      </p>
      <p className="text-sm">Gemeente Apeldoorn · Apeldoorn Werkt Mee</p>
      <h1>Beschikking {t.product.naam}</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">Nummer</dt>
        <dd>{t.nummer}</dd>
        <dt className="font-bold">Datum</dt>
        <dd>{formatDatum(t.createdAt)}</dd>
        <dt className="font-bold">Voor</dt>
        <dd>
          {t.inwonerNaam}, {t.inwoner.straat} {t.inwoner.huisnummer}, {t.inwoner.postcode.slice(0, 4)} {t.inwoner.postcode.slice(4)}{" "}
          {t.inwoner.plaats}
        </dd>
        <dt className="font-bold">Wat</dt>
        <dd>
          {t.product.naam}
          {t.verlengingsnummer > 0 && ` (verlenging ${t.verlengingsnummer}${t.verlengingVan ? ` van ${t.verlengingVan.nummer}` : ""})`}
        </dd>
        <dt className="font-bold">Van en tot</dt>
        <dd>
          {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
        </dd>
        {t.urenPerWeek !== null && (
          <>
            <dt className="font-bold">Uren per week</dt>
            <dd>{t.urenPerWeek}</dd>
          </>
        )}
        <dt className="font-bold">Aanbieder</dt>
        <dd>
          {t.aanbieder.naam}
          {t.werkplek && <>, werkplek &ldquo;{t.werkplek.titel}&rdquo;</>}
        </dd>
        <dt className="font-bold">Begeleiding</dt>
        <dd>{t.product.begeleiding}</dd>
        <dt className="font-bold">Uw contactpersoon</dt>
        <dd>{t.contactpersoon ? `${t.contactpersoon.naam} (${t.contactpersoon.email})` : "Het team Werkt Mee"}</dd>
        {geenEigenBijdrage(t.product.categorie) && (
          <>
            {/* R-PRD-4 (issue 11 defect 4): stated for the werkplek op trede only; the seeds say nothing for the rest. */}
            <dt className="font-bold">Eigen bijdrage</dt>
            <dd>U betaalt geen eigen bijdrage.</dd>
          </>
        )}
      </dl>
      <h2>Bent u het niet eens met deze beschikking?</h2>
      <p>
        Dan kunt u bezwaar maken. Stuur binnen zes weken na de datum van deze beschikking een brief aan het college van burgemeester en
        wethouders van de gemeente Apeldoorn. Zet daarin uw naam en adres, de datum, het nummer van deze beschikking ({t.nummer}) en waarom
        u het er niet mee eens bent, en onderteken de brief. Wilt u eerst praten? Bel of mail dan uw contactpersoon.
      </p>

      <section className="niet-printen mt-10" aria-labelledby="intern">
        <h2 id="intern">Voor de gemeente</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
          <dt className="font-bold">Status</dt>
          <dd>
            {STATUS_TOEWIJZING[weergaveStatus(t, vandaag)]}
            {t.gestartOp && `, gestart op ${formatDatum(t.gestartOp)}`}
            {t.beeindigdOp && `, gestopt op ${formatDatum(t.beeindigdOp)}`}
            {reden && ` (${reden.label})`}
            {t.intrekkingsreden && `: ${t.intrekkingsreden}`}
            {eindigtOp && `; beëindigd door de gemeente, eindigt op ${formatDatum(t.einddatum)}`}
            <ToewijzingWijzigingen wijzigingen={t.wijzigingen} vandaag={vandaag} label="Wijzigingen van de einddatum" />
          </dd>
          {t.redenNieuwTraject && (
            <>
              <dt className="font-bold">Waarom een nieuw traject</dt>
              <dd className="whitespace-pre-line">{t.redenNieuwTraject}</dd>
            </>
          )}
          <dt className="font-bold">Afgegeven door</dt>
          <dd>{t.afgegevenDoor.naam}</dd>
          <dt className="font-bold">Tarief</dt>
          <dd>
            {t.tariefCent !== null
              ? `${formatEuro(t.tariefCent)} (${t.tariefJaar})`
              : t.product.prijsEenheid === "GEMEENTELIJK"
                ? "Door de gemeente bekostigd"
                : `Voor ${t.startdatum.getUTCFullYear()} is nog geen tarief vastgesteld; declareren kan pas als de functioneel beheerder het heeft ingevoerd`}
          </dd>
          <dt className="font-bold">iWmo</dt>
          <dd>
            {t.iwmoCode
              ? `categorie ${t.iwmoCategorie}, code ${t.iwmoCode}, volume ${t.iwmoVolume}, eenheid ${t.iwmoEenheid}, frequentie ${t.iwmoFrequentie}`
              : "Geen iWmo-bericht"}
          </dd>
          <dt className="font-bold">Eindverantwoording, evaluatie en herindicatie</dt>
          <dd>uiterlijk {formatDatum(evUiterlijk)}</dd>
        </dl>
        <EindverantwoordingSamenvatting toewijzingId={t.id} kant="gemeente" kop={3} />
        {mag(g.rol, "toewijzing:afgeven") && magVerlengen(t) && (
          <p>
            <Link href={`/gemeente/toewijzingen/nieuw?inwoner=${t.inwoner.id}&verlenging=${t.id}`}>Deze toewijzing verlengen</Link>
          </p>
        )}
        {t.verlenging && (
          <p>
            Verlengd met <Link href={`/gemeente/toewijzingen/${t.verlenging.id}`}>{t.verlenging.nummer}</Link>.
          </p>
        )}
        {t.geenBesluit && loopt && !t.verlenging && <p>{t.geenBesluit}</p>}
        {t.magBesluiten && magIntrekken(t) && <Intrekken actie={intrekkenAction.bind(null, t.id)} />}
        {t.magBesluiten && loopt && !t.verlenging && (
          <section className="mt-8" aria-labelledby="einddatum">
            <h3 id="einddatum">Beëindigen of einddatum corrigeren</h3>
            <EinddatumWijzigen actie={einddatumAction.bind(null, t.id)} redenen={REDENEN_WIJZIGING.BEEINDIGD_DOOR_GEMEENTE} />
          </section>
        )}
      </section>
      {/* Issue 11: plan, meldingen, evaluatiegesprek and the true deadlines. */}
      <TrajectSectie id={t.id} />
      {mag(g.rol, "iwmo:berichten") && <ToewijzingBerichten gebruiker={g} toewijzingId={t.id} />}
    </article>
  );
}
