import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDatum, formatTijd } from "@/domain/format";
import { leesBericht } from "@/server/mail/outbox";
import { mailViewerToegestaan, outboxMap } from "@/server/mail/mailer";

export const metadata: Metadata = { title: "E-mail bekijken (ontwikkeling)", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

// Trailing punctuation usually ends the sentence, not the link ("… via https://x.nl/a.").
const LINK = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]']/g;

/** Plain text with its http(s) links clickable, so developers and e2e tests can follow them. */
function MetLinks({ tekst }: { tekst: string }) {
  const delen: React.ReactNode[] = [];
  let vanaf = 0;
  for (const m of tekst.matchAll(LINK)) {
    delen.push(tekst.slice(vanaf, m.index));
    delen.push(
      <a key={m.index} href={m[0]}>
        {m[0]}
      </a>,
    );
    vanaf = m.index + m[0].length;
  }
  delen.push(tekst.slice(vanaf));
  return <>{delen}</>;
}

// Off in production because it shows login and reset links; the e2e tests run the production
// build with MAIL_VIEWER=true to read them.
export default async function MailBericht({ params }: Props) {
  if (!mailViewerToegestaan()) notFound();
  // leesBericht validates the id (no path traversal) before it touches the file system.
  const bericht = await leesBericht(outboxMap(), (await params).id);
  if (!bericht) notFound();

  return (
    <article className="inhoud">
      <p>
        <Link href="/dev/mail">Terug naar alle verzonden e-mail</Link>
      </p>
      <h1>{bericht.onderwerp || "(geen onderwerp)"}</h1>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Aan</dt>
        <dd>{bericht.aan}</dd>
        <dt className="font-bold">Datum</dt>
        <dd>
          <time dateTime={bericht.datum.toISOString()}>
            {formatDatum(bericht.datum)}, {formatTijd(bericht.datum, { seconden: true })}
          </time>
        </dd>
        <dt className="font-bold">Onderwerp</dt>
        <dd>{bericht.onderwerp}</dd>
        <dt className="font-bold">Bestand</dt>
        <dd>
          <code>{bericht.id}</code>
        </dd>
      </dl>
      <h2>Tekst</h2>
      <pre className="whitespace-pre-wrap rounded-md border border-rand-licht bg-white p-4">
        <MetLinks tekst={bericht.tekst} />
      </pre>
    </article>
  );
}
