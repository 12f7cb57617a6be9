import type { Metadata } from "next";
import Link from "next/link";
import { BerichtenTabel } from "@/components/iwmo/berichten-log";
import { VerzoekAntwoord } from "@/components/iwmo/antwoord";
import { TermijnenLijst } from "@/components/iwmo/termijnen";
import { BerichtenUpload } from "@/components/iwmo/upload";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { BERICHTNAAM, type Berichtsoort } from "@/domain/iwmo/codes";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import {
  aanbiedersMetAgb,
  aantalTeVerzenden,
  berichtenLijst,
  gemeentecodeInstelling,
  openVerzoeken,
  berichtTermijnen,
} from "@/server/iwmo/berichten";
import { lees } from "@/server/pipeline/pagina";
import { beantwoordVerzoekAction, leesBerichtenInAction } from "./acties";

export const metadata: Metadata = { title: "Berichten (iWmo)" };

export default async function Berichten({ searchParams }: { searchParams: Promise<{ aanbieder?: string; download?: string }> }) {
  await vereisGebruiker("iwmo:berichten");
  const { aanbieder, download } = await searchParams;
  const [lijst, verzoeken, aanbieders, code, teVerzenden] = await Promise.all([
    lees(berichtTermijnen),
    lees(openVerzoeken),
    lees(aanbiedersMetAgb),
    lees(gemeentecodeInstelling),
    lees(aantalTeVerzenden),
  ]);
  const gekozen = aanbieders.find((a) => a.id === aanbieder);
  const rijen = await lees(berichtenLijst, { aanbiederId: gekozen?.id });
  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/gemeente">Terug naar de startpagina</Link>
      </p>
      <h1>Berichten (iWmo)</h1>
      <p>
        Het berichtenverkeer met de aanbieders volgens iWmo 3.2, als bestanden voor het GGK-portaal. Gemeentecode {code} (
        <Link href="/gemeente/beheer/berichtenverkeer">instelling</Link>).
      </p>

      <section aria-labelledby="termijnen">
        <h2 id="termijnen">Termijnen</h2>
        <TermijnenLijst termijnen={lijst} />
      </section>

      <section aria-labelledby="verzenden">
        <h2 id="verzenden">Te verzenden</h2>
        {download === "leeg" && (
          <Melding soort="fout" className="mb-4 p-3">
            Er waren geen berichten te verzenden.
          </Melding>
        )}
        <p>
          {teVerzenden === 1 ? "Er staat 1 bericht klaar." : `Er staan ${teVerzenden} berichten klaar.`} De download is één zip met een
          XML-bestand per bericht; de berichten gelden daarna als verzonden.
        </p>
        <form method="post" action="/gemeente/berichten/download">
          <button type="submit" className="knop">
            Download te verzenden berichten (zip)
          </button>
        </form>
      </section>

      <section aria-labelledby="inlezen">
        <h2 id="inlezen">Berichten inlezen</h2>
        <p>
          Berichten die aanbieders met hun eigen software sturen. Elk bestand wordt op zichzelf gecontroleerd (schema en regels) en helemaal
          of niet verwerkt.
        </p>
        <BerichtenUpload actie={leesBerichtenInAction} />
      </section>

      <section aria-labelledby="verzoeken">
        <h2 id="verzoeken">Verzoeken van aanbieders</h2>
        {verzoeken.length === 0 ? (
          <p>Er wachten geen verzoeken op een antwoord.</p>
        ) : (
          <ul>
            {verzoeken.map((v) => (
              <li key={v.id} className="mb-6">
                <p>
                  <strong>
                    WMO{v.soort} {BERICHTNAAM[v.soort as Berichtsoort].toLowerCase()} {v.referentieAanbieder}
                  </strong>{" "}
                  van {v.bericht.aanbieder.naam}: product {v.productCategorie ?? ""} {v.productCode ?? ""}, vanaf{" "}
                  {formatDatum(v.ingangsdatum)}
                  {v.einddatum && ` tot en met ${formatDatum(v.einddatum)}`}. {v.status === "IN_ONDERZOEK" ? "In onderzoek." : "Open."}{" "}
                  Antwoord uiterlijk {formatDatum(v.uiterlijkAntwoordOp)}: geef een{" "}
                  {v.soort === "317" ? "besluit op het herindicatieverzoek" : <Link href="/gemeente/toewijzingen/nieuw">toewijzing</Link>}{" "}
                  af (WMO301) of antwoord hieronder (WMO319).
                </p>
                {v.onbekendeBsn && (
                  <p>
                    De Bsn {v.onbekendeBsn} is geen inwoner in het portaal. Registreer de inwoner eerst (
                    <Link href="/gemeente/inwoners/nieuw">inwoner registreren</Link>); daarna hoort het verzoek bij die inwoner en kun je
                    een toewijzing afgeven. De aanbieder kreeg hetzelfde antwoord als bij een bekende Bsn.
                  </p>
                )}
                <VerzoekAntwoord
                  actie={beantwoordVerzoekAction.bind(null, v.id)}
                  id={`v-${v.id}`}
                  label={`verzoek ${v.referentieAanbieder}`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log">
        <h2 id="log">Berichtenlog</h2>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="aanbieder" className="block">
              Aanbieder
            </label>
            <select id="aanbieder" name="aanbieder" defaultValue={gekozen?.id ?? ""} className="veld">
              <option value="">Alle aanbieders</option>
              {aanbieders.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.naam} (AGB {a.agbCode})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="knop">
            Toon
          </button>
        </form>
        <BerichtenTabel
          rijen={rijen}
          basis="/gemeente/berichten"
          caption={gekozen ? `Berichten van en aan ${gekozen.naam}` : "Alle berichten"}
        />
      </section>
    </article>
  );
}
