import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FocusKop } from "@/components/ui/focus-kop";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Je interesse is verstuurd" };

const referentieSchema = z.string().regex(/^AWM-[A-Z2-9]{8}$/);

export default async function Bevestiging({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const r = referentieSchema.safeParse((await searchParams).referentie);
  return (
    <article className="inhoud">
      <FocusKop>Bedankt, je interesse is verstuurd</FocusKop>
      <Melding soort="succes" className="mb-6 p-4">
        <p className="!mb-0">
          De gemeente Apeldoorn heeft je aanmelding ontvangen.
          {r.success && (
            <>
              {" "}
              Je kenmerk is <strong>{r.data}</strong>. Noem dit kenmerk als je contact met ons opneemt.
            </>
          )}
        </p>
      </Melding>
      <h2>Wat gebeurt er nu?</h2>
      <ol>
        <li>Een medewerker van de gemeente leest je aanmelding.</li>
        <li>Binnen 5 werkdagen nemen we contact met je op, via e-mail of telefoon.</li>
        <li>We praten samen over wat je wilt en kunt, en of deze werkplek bij je past. Soms past een andere werkplek beter.</li>
        <li>Past het? Dan regelt de gemeente je aanmelding bij de werkgever. Je hoeft de werkgever zelf niet te bellen.</li>
      </ol>
      <p>
        Vragen? Mail naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a> of bel 14 055.
      </p>
      <p>
        <Link href="/werkplekken">Verder kijken naar werkplekken</Link>
      </p>
    </article>
  );
}
