import type { Metadata } from "next";
import { laatsteAnderMoment } from "@/domain/toewijzing/traject-regels";
import Link from "next/link";
import { formatDatum, formatTijdstip } from "@/domain/format";
import { STATUS_TOEWIJZING, weergaveStatus } from "@/domain/toewijzing/status";
import { vandaagInNederland } from "@/domain/kalender";
import { TERMIJN_NAAM, termijnTekst } from "@/domain/toewijzing/termijnen";
import { MELDING_SOORT_NAAM } from "@/domain/toewijzing/traject-invoer";
import { Doelen } from "@/components/traject/doelen";
import { lees } from "@/server/pipeline/pagina";
import { trajectVoorAanbieder } from "@/server/toewijzingen/traject-lezen";
import { gesprekAction, meldingAction, planAction } from "./acties";
import { GesprekFormulier, MeldingFormulier, PlanFormulier } from "./formulieren";

export const metadata: Metadata = { title: "Toewijzing" };

const GESPREK_STATUS = {
  VOORGESTELD: "Voorgesteld, wacht op de contactpersoon",
  ANDER_MOMENT: "De contactpersoon vraagt een ander moment",
  GEACCEPTEERD: "Geaccepteerd",
  AFGEROND: "Gehouden, uitkomst vastgelegd",
  GEANNULEERD: "Geannuleerd",
} as const;

// The aanbieder's page of one toewijzing (issue 11): what was agreed, its deadlines and the work
// after the start. Only the aanbieder's own toewijzingen; another id is a 404, like one that does not exist.
export default async function AanbiederToewijzing({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await lees(trajectVoorAanbieder, { id });
  const evaluatie = t.termijnen.find((x) => x.soort === "evaluatiegesprek")!;
  const huidig = t.huidigGesprek;
  const anderMoment = laatsteAnderMoment(t.gesprekken);
  return (
    <article className="inhoud !max-w-4xl">
      <p>
        <Link href="/aanbieder/toewijzingen">Terug naar de toewijzingen</Link>
      </p>
      <h1>
        Toewijzing {t.nummer}: {t.inwonerNaam}
      </h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">Inwoner</dt>
        <dd>
          {t.inwonerNaam}, geboren in {t.geboortejaar}
        </dd>
        <dt className="font-bold">Product</dt>
        <dd>
          {t.product}
          {t.urenPerWeek !== null && `, ${t.urenPerWeek} uur per week`}
        </dd>
        <dt className="font-bold">Periode</dt>
        <dd>
          {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
        </dd>
        <dt className="font-bold">Werkplek</dt>
        <dd>{t.werkplek ?? "Geen werkplek genoemd"}</dd>
        <dt className="font-bold">Contactpersoon gemeente</dt>
        <dd>{t.contactpersoon ?? "Het team Werkt Mee"}</dd>
        <dt className="font-bold">Status</dt>
        <dd>
          {STATUS_TOEWIJZING[weergaveStatus(t, vandaagInNederland())]}
          {t.gestartOp && `, gestart op ${formatDatum(t.gestartOp)}`}
          {t.beeindigdOp && `, gestopt op ${formatDatum(t.beeindigdOp)}`}
          {t.vroegGestopt && " (eerder dan gepland: de eindverantwoording blijft nodig)"}
        </dd>
      </dl>

      <h2>Termijnen</h2>
      <ul className="mb-4">
        {t.termijnen.map((x) => (
          <li key={x.soort}>
            <strong>{TERMIJN_NAAM[x.soort]}</strong>: {termijnTekst(x)}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 mb-8">
        <li>
          <Link href={`/aanbieder/toewijzingen/${t.id}/eindverantwoording`}>Eindverantwoording</Link>
        </li>
        <li>
          <Link href={`/aanbieder/toewijzingen/${t.id}/herindicatie`}>Herindicatie aanvragen</Link>
        </li>
      </ul>

      <section aria-labelledby="plan" className="mb-10">
        <h2 id="plan">Ondersteuningsplan</h2>
        <p>
          De doelen die jullie met de inwoner hebben afgesproken, over kennis, vaardigheden en houding. Je kunt ze aanpassen tot de
          eindverantwoording is ingediend; de contactpersoon van de gemeente leest ze mee.
        </p>
        {t.plan && (
          <p className="text-sm">
            Laatst opgeslagen op {formatTijdstip(t.plan.bijgewerktOp)} door {t.plan.bijgewerktDoor}.
          </p>
        )}
        {t.planAlleenLezen ? (
          <>
            <p>De eindverantwoording is ingediend: het plan staat vast.</p>
            <Doelen doelen={t.plan?.doelen ?? []} />
          </>
        ) : (
          <PlanFormulier actie={planAction.bind(null, t.id)} doelen={t.plan?.doelen ?? []} versie={t.plan?.versie ?? 0} />
        )}
      </section>

      <section aria-labelledby="meldingen" className="mb-10">
        <h2 id="meldingen">Meldingen</h2>
        <p>
          Tussen de start en het einde meld je alleen een calamiteit, of dat de resultaten in gevaar zijn. De contactpersoon krijgt een
          e-mail.
        </p>
        {t.meldingen.length > 0 && (
          <ul className="mb-4">
            {t.meldingen.map((m) => (
              <li key={m.id} className="mb-2">
                <strong>{MELDING_SOORT_NAAM[m.soort]}</strong>, {formatTijdstip(m.createdAt)} door {m.gemeldDoor}:{" "}
                {m.gelezenOp ? `gelezen door ${m.gelezenDoor} op ${formatDatum(m.gelezenOp)}` : "nog niet gelezen"}
                <span className="block">Wat er gebeurde: {m.watGebeurde}</span>
                <span className="block">Wat eraan gedaan wordt: {m.aanpak}</span>
              </li>
            ))}
          </ul>
        )}
        {t.magMelden ? (
          <MeldingFormulier actie={meldingAction.bind(null, t.id)} />
        ) : (
          <p>Een melding kan alleen zolang de toewijzing gestart is (tussen de start en het einde).</p>
        )}
      </section>

      <section aria-labelledby="evaluatiegesprek" className="mb-10">
        <h2 id="evaluatiegesprek">Evaluatiegesprek</h2>
        <p>
          Plan het gesprek met de inwoner en de gemeente uiterlijk {formatDatum(evaluatie.uiterlijk)} (6 weken voor het einde). Het gesprek
          zelf is uiterlijk op {formatDatum(t.einddatum)}.
        </p>
        {huidig && (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-4">
            <dt className="font-bold">Moment</dt>
            <dd>
              {formatTijdstip(huidig.moment)}, {huidig.plaats}
            </dd>
            <dt className="font-bold">Status</dt>
            <dd>{GESPREK_STATUS[huidig.status]}</dd>
            {huidig.uitkomst && (
              <>
                <dt className="font-bold">Uitkomst</dt>
                <dd>{huidig.uitkomst}</dd>
              </>
            )}
          </dl>
        )}
        {anderMoment && t.magGesprekPlannen && (
          <p>
            {anderMoment.beantwoordDoor} vroeg een ander moment in plaats van {formatTijdstip(anderMoment.moment)}: &ldquo;
            {anderMoment.tegenvoorstel}&rdquo;
          </p>
        )}
        <GesprekFormulier
          actie={gesprekAction.bind(null, t.id)}
          open={t.magGesprekPlannen}
          uitleg={`Plan op tijd: uiterlijk ${formatDatum(evaluatie.uiterlijk)}.`}
        />
      </section>
    </article>
  );
}
