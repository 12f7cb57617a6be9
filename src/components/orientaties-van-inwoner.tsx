import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { heeftAdvies, STATUS_ORIENTATIE } from "@/domain/orientatie/regels";
import { mag } from "@/domain/permissies";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { orientatiesVanInwoner } from "@/server/orientaties/orientaties";

/**
 * The inwoner's oriëntaties on the inwoner's page (ADR 0018): the period, the status and the
 * advice, for every staff member who reads inwoners; the centrum links to its own page. One
 * logged read.
 */
export async function OrientatiesVanInwoner({ inwonerId }: { inwonerId: string }) {
  const g = await huidigeGebruiker();
  const r = await orientatiesVanInwoner(g, { id: inwonerId });
  if (!r.ok) return null;
  const { orientaties } = r.data;
  const centrum = g ? mag(g.rol, "orientatie:uitvoeren") : false;
  return (
    <section aria-labelledby="orientaties" className="mt-8">
      <h2 id="orientaties">Oriëntaties</h2>
      {centrum && (
        <p>
          <Link href="/gemeente/orientaties/nieuw">Oriëntatie registreren</Link>
        </p>
      )}
      {orientaties.length === 0 ? (
        <p>Geen oriëntaties bij het Centrum Apeldoorn Werkt Mee.</p>
      ) : (
        <ul className="space-y-4">
          {orientaties.map((o) => (
            <li key={o.id}>
              <strong>{centrum ? <Link href={`/gemeente/orientaties/${o.id}`}>{o.nummer}</Link> : o.nummer}</strong>:{" "}
              {formatDatum(o.startdatum)} tot en met {formatDatum(o.einddatum)}, {STATUS_ORIENTATIE[o.status].toLowerCase()}
              {o.adviesOp && ` op ${formatDatum(o.adviesOp)}`}
              {o.gestoptOp && ` op ${formatDatum(o.gestoptOp)} (${o.stopreden})`}. Begeleider: {o.begeleider.naam}.
              {heeftAdvies(o) && (
                <dl className="mt-1 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-bold">Werkplek of werkveld</dt>
                  <dd className="whitespace-pre-line">{o.adviesWerkveld}</dd>
                  <dt className="font-bold">Opleiding</dt>
                  <dd className="whitespace-pre-line">{o.adviesOpleiding}</dd>
                  <dt className="font-bold">Vervolgstappen</dt>
                  <dd className="whitespace-pre-line">{o.adviesVervolg}</dd>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
