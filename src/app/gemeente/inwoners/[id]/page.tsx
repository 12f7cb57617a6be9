import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { uitkeringNaam } from "@/domain/inwoner/uitkering";
import { mag } from "@/domain/permissies";
import { rolNaam } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { inwonerDossier } from "@/server/inwoners/dossier";
import { mogelijkeContactpersonen } from "@/server/inwoners/registreren";
import { lees, leesOf } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { STATUS_TOEWIJZING, weergaveStatus } from "@/domain/toewijzing/status";
import { vandaagInNederland } from "@/domain/kalender";
import { afgeslotenTekst } from "@/domain/inwoner/afsluiten";
import { afsluitAction, contactpersoonAction, gegevensAction, heropenAction, ladderAction, toonBsnAction } from "../acties";
import { AfsluitFormulier, Heropenen } from "./afsluiten";
import { Contactpersoon, GegevensFormulier, LadderFormulier, ToonBsn } from "./onderdelen";
import { Melding } from "@/components/ui/melding";
import { OrientatiesVanInwoner } from "@/components/orientaties-van-inwoner";
import { VrijwilligersvergoedingTotalen } from "./vrijwilligersvergoeding";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Inwoner" };

export default async function InwonerPagina({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const g = await vereisGebruiker("inwoner:lezen");
  const [{ id }, zoek] = await Promise.all([params, searchParams]);
  const i = await lees(inwonerDossier, { id });
  const [opties, r] = await Promise.all([leesOf(mogelijkeContactpersonen, []), referentie()]);
  const trede = (n: number | null) => (n ? `${n}. ${r.treden.find((t) => t.nummer === n)?.naam ?? ""}` : "—");
  const huidig = i.ladder[0];
  const kanBeheren = mag(g.rol, "inwoner:registreren");
  const kanAfsluiten = mag(g.rol, "inwoner:afsluiten");
  const afgesloten = i.afgeslotenOp ? afgeslotenTekst({ ...i, afgeslotenOp: i.afgeslotenOp }) : null;
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/gemeente/inwoners">Terug naar inwoners</Link>
      </p>
      <h1>{i.naam}</h1>
      {afgesloten && (
        // Issue 21 item 25: kept for the history, out of the current counts and default lists.
        <section id="afsluiten" aria-labelledby="afgesloten-kop" className="mb-6 rounded-lg border-2 border-rand-licht p-4">
          <h2 id="afgesloten-kop" className="!mt-0">
            {afgesloten}
          </h2>
          <p>Het dossier blijft bewaard. De inwoner telt niet mee in de huidige aantallen en staat niet in de gewone zoekresultaten.</p>
          {kanAfsluiten && <Heropenen actie={heropenAction.bind(null, i.id)} />}
        </section>
      )}
      {zoek.geregistreerd === "ja" && (
        <Melding soort="succes" className="mb-6 p-4">
          De inwoner is geregistreerd.
        </Melding>
      )}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-bold">BSN</dt>
        <dd>
          <ToonBsn actie={toonBsnAction.bind(null, i.id)} gemaskeerd={i.bsnGemaskeerd} />
        </dd>
        <dt className="font-bold">Geboortedatum</dt>
        <dd>{formatDatum(i.geboortedatum)}</dd>
        <dt className="font-bold">Adres</dt>
        <dd>
          {i.straat} {i.huisnummer}, {i.postcode.slice(0, 4)} {i.postcode.slice(4)} {i.plaats}
        </dd>
        <dt className="font-bold">E-mail en telefoon</dt>
        <dd>{[i.email, i.telefoon].filter(Boolean).join(" · ") || "—"}</dd>
        <dt className="font-bold">Uitkering</dt>
        <dd>{uitkeringNaam[i.uitkering]}</dd>
        <dt className="font-bold">Contactpersoon</dt>
        <dd>
          {i.contactpersoon ? `${i.contactpersoon.naam} (${rolNaam[i.contactpersoon.rol]})` : "Nog niet gekozen"}
          {i.contactpersoon && i.contactpersoon.rol !== i.voorgesteldeContactRol && (
            // R-TOE-2: who the rule proposes.
            <span className="block text-sm">Volgens de regel is dit een {rolNaam[i.voorgesteldeContactRol].toLowerCase()}.</span>
          )}
        </dd>
      </dl>
      {kanBeheren && (
        <div id="contactpersoon" className="mb-8">
          {/* R-TOE-2 (defect 3): only colleagues of the role this inwoner's uitkering asks for. */}
          <Contactpersoon
            actie={contactpersoonAction.bind(null, i.id)}
            huidig={i.contactpersoon?.id ?? null}
            opties={opties.filter((o) => o.rol === i.voorgesteldeContactRol)}
          />
        </div>
      )}
      {kanBeheren && (
        <details className="mb-8" id="gegevens">
          <summary className="cursor-pointer font-bold">Adres en uitkering wijzigen</summary>
          <GegevensFormulier
            actie={gegevensAction.bind(null, i.id)}
            huidig={{ straat: i.straat, huisnummer: i.huisnummer, postcode: i.postcode, plaats: i.plaats, uitkering: i.uitkering }}
            opties={opties}
          />
        </details>
      )}

      {kanAfsluiten && !afgesloten && <AfsluitFormulier actie={afsluitAction.bind(null, i.id)} />}

      <h2 id="ladder">Participatieladder</h2>
      <p>
        Nu op <strong>trede {trede(huidig?.trede ?? null)}</strong>
        {huidig?.perspectiefTrede ? <>, perspectief trede {trede(huidig.perspectiefTrede)}</> : null}.
      </p>
      <ol className="mb-6 border-l-4 border-rand-licht pl-4" aria-label="Verloop op de participatieladder, nieuwste eerst">
        {i.ladder.map((l) => (
          <li key={l.id} className="mb-3">
            <strong>{formatDatum(l.datum)}</strong>: trede {trede(l.trede)}
            {l.perspectiefTrede && <>; perspectief trede {trede(l.perspectiefTrede)}</>}
            <span className="block text-sm">
              Vastgelegd door {l.vastgelegdDoor.naam}
              {l.toelichting ? `: ${l.toelichting}` : ""}
            </span>
          </li>
        ))}
      </ol>
      {kanBeheren && !afgesloten && (
        <details className="mb-8">
          <summary className="cursor-pointer font-bold">Nieuwe trede vastleggen</summary>
          <LadderFormulier actie={ladderAction.bind(null, i.id)} treden={r.treden} />
        </details>
      )}

      <h2>Toewijzingen</h2>
      {mag(g.rol, "toewijzing:afgeven") && !afgesloten && (
        <p>
          <Link href={`/gemeente/toewijzingen/nieuw?inwoner=${i.id}`} className="knop">
            Toewijzing afgeven
          </Link>
        </p>
      )}
      {i.toewijzingen.length === 0 ? (
        <p>Nog geen toewijzingen.</p>
      ) : (
        <Tabel caption={<>Toewijzingen van {i.naam}</>}>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Product</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {i.toewijzingen.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <Link href={`/gemeente/toewijzingen/${t.id}`}>{t.nummer}</Link>
                </th>
                <td>
                  {t.product.korteNaam}
                  {t.verlengingsnummer > 0 && ` (verlenging ${t.verlengingsnummer})`}
                </td>
                <td>{t.aanbieder.naam}</td>
                <td>
                  {formatDatum(t.startdatum)} tot en met {formatDatum(t.einddatum)}
                </td>
                <td>{STATUS_TOEWIJZING[weergaveStatus(t, vandaagInNederland())]}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
      <OrientatiesVanInwoner inwonerId={i.id} />
      <VrijwilligersvergoedingTotalen g={g} inwonerId={i.id} />
    </article>
  );
}
