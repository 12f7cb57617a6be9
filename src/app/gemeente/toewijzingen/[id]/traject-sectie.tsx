import { Doelen } from "@/components/traject/doelen";
import { gesprekNogTeHouden, uitkomstVastTeLeggen, wachtOpAntwoord } from "@/domain/toewijzing/traject-regels";
import { formatDatum, formatTijdstip } from "@/domain/format";
import { TERMIJN_NAAM, termijnTekst } from "@/domain/toewijzing/termijnen";
import { MELDING_SOORT_NAAM } from "@/domain/toewijzing/traject-invoer";
import { leesOf } from "@/server/pipeline/pagina";
import { trajectVoorGemeente } from "@/server/toewijzingen/traject-lezen";
import { antwoordAction, gelezenAction, uitkomstAction } from "./traject-acties";
import { GelezenKnop, GesprekAntwoord, GesprekUitkomst } from "./traject-formulieren";

const GESPREK_STATUS = {
  VOORGESTELD: "Voorgesteld door de aanbieder, wacht op jouw antwoord",
  ANDER_MOMENT: "Ander moment gevraagd",
  GEACCEPTEERD: "Geaccepteerd",
  AFGEROND: "Gehouden, uitkomst vastgelegd",
  GEANNULEERD: "Geannuleerd",
} as const;

/**
 * Issue 11: the traject after the toewijzing was issued, on the gemeente's page: the deadlines,
 * the ondersteuningsplan, the meldingen and the evaluatiegesprek. Reading it is logged; only the
 * inwoner's contact person (or traject:opvolgen-alle) answers.
 */
export async function TrajectSectie({ id }: { id: string }) {
  const t = await leesOf(trajectVoorGemeente, null, { id });
  if (!t) return null;
  const huidig = t.huidigGesprek;
  const laatste = t.gesprekken.at(-1);
  const nu = new Date();
  return (
    <section className="niet-printen mt-10" aria-labelledby="traject">
      <h2 id="traject">Traject</h2>
      {!t.magBeslissen && (
        <p>
          Je leest mee. Alleen de contactpersoon van de inwoner{t.contactpersoon ? ` (${t.contactpersoon})` : ""} of de teammanager beslist.
        </p>
      )}
      <h3>Termijnen</h3>
      <ul className="mb-4">
        {t.termijnen.map((x) => (
          <li key={x.soort}>
            <strong>{TERMIJN_NAAM[x.soort]}</strong>: {termijnTekst(x)}
          </li>
        ))}
      </ul>

      <h3 id="plan">Ondersteuningsplan</h3>
      {t.plan ? (
        <>
          <p className="text-sm">
            Laatst opgeslagen op {formatTijdstip(t.plan.bijgewerktOp)} door {t.plan.bijgewerktDoor} (aanbieder).
          </p>
          <Doelen doelen={t.plan.doelen} />
        </>
      ) : (
        <p>De aanbieder heeft nog geen ondersteuningsplan vastgelegd.</p>
      )}

      <h3 id="meldingen">Meldingen</h3>
      {t.meldingen.length === 0 ? (
        <p>Er zijn geen meldingen.</p>
      ) : (
        <ul className="mb-4">
          {t.meldingen.map((m) => (
            <li key={m.id} className="mb-3">
              <strong>{MELDING_SOORT_NAAM[m.soort]}</strong>, gemeld op {formatTijdstip(m.createdAt)} door {m.gemeldDoor}
              {m.gelezenOp ? ` — gelezen door ${m.gelezenDoor} op ${formatDatum(m.gelezenOp)}` : " — nieuw"}
              <span className="block">Wat er gebeurde: {m.watGebeurde}</span>
              <span className="block">Wat eraan gedaan wordt: {m.aanpak}</span>
              {t.magBeslissen && (
                <GelezenKnop
                  open={!m.gelezenOp}
                  actie={gelezenAction.bind(null, m.id)}
                  omschrijving={`${MELDING_SOORT_NAAM[m.soort]} van ${formatTijdstip(m.createdAt)}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 id="evaluatiegesprek">Evaluatiegesprek</h3>
      {!huidig ? (
        <p>De aanbieder heeft nog geen evaluatiegesprek voorgesteld.</p>
      ) : (
        <>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-4">
            <dt className="font-bold">Moment</dt>
            <dd>
              {formatTijdstip(huidig.moment)}, {huidig.plaats}
            </dd>
            <dt className="font-bold">Voorgesteld door</dt>
            <dd>
              {huidig.voorgesteldDoor} op {formatDatum(huidig.createdAt)}
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
          {gesprekNogTeHouden(huidig, nu) && <p>Na het gesprek leg je hier de uitkomst vast.</p>}
          {/* Issue 21 item 22: the eindverantwoording is the basis of the gesprek. */}
          {uitkomstVastTeLeggen(huidig, nu) && !t.planAlleenLezen && (
            <p>De uitkomst leg je vast zodra de aanbieder de eindverantwoording heeft ingediend: die is de basis van het gesprek.</p>
          )}
        </>
      )}
      {t.magBeslissen && laatste && (
        <>
          <GesprekAntwoord key={`a-${laatste.id}`} actie={antwoordAction.bind(null, laatste.id)} open={wachtOpAntwoord(laatste)} />
          <GesprekUitkomst
            key={`u-${laatste.id}`}
            actie={uitkomstAction.bind(null, laatste.id)}
            open={uitkomstVastTeLeggen(laatste, nu) && t.planAlleenLezen}
          />
        </>
      )}
    </section>
  );
}
