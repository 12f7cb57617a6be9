import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDatum, formatTijd } from "@/domain/format";
import { leesOutbox } from "@/server/mail/outbox";
import { mailViewerToegestaan, outboxMap } from "@/server/mail/mailer";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Verzonden e-mail (ontwikkeling)", robots: { index: false, follow: false } };

// Developer view of the file outbox. Off in production because it shows every sent message
// (login and reset links included); the e2e tests run `next start` with MAIL_VIEWER=true.
export default async function MailOverzicht() {
  if (!mailViewerToegestaan()) notFound();
  const berichten = await leesOutbox(outboxMap());

  return (
    <article className="inhoud max-w-none">
      <h1>Verzonden e-mail (ontwikkeling)</h1>
      <p>
        Zonder <code>SMTP_URL</code> schrijft de website e-mail naar de map <code>{outboxMap()}</code> in plaats van die te versturen. Hier
        leest u die berichten.
      </p>
      {berichten.length === 0 ? (
        <p>Geen berichten.</p>
      ) : (
        <Tabel caption={<>{berichten.length === 1 ? "1 bericht" : `${berichten.length} berichten`}, nieuwste eerst</>}>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Aan</th>
              <th scope="col">Onderwerp</th>
            </tr>
          </thead>
          <tbody>
            {berichten.map((b) => (
              <tr key={b.id}>
                <td>
                  <time dateTime={b.datum.toISOString()}>
                    {formatDatum(b.datum)}, {formatTijd(b.datum, { seconden: true })}
                  </time>
                </td>
                <td>{b.aan}</td>
                <td>
                  <Link href={`/dev/mail/${b.id}`}>{b.onderwerp || "(geen onderwerp)"}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
