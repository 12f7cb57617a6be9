import type { Metadata } from "next";
import Link from "next/link";
import { BerichtenTabel } from "@/components/iwmo/berichten-log";
import { TermijnenLijst } from "@/components/iwmo/termijnen";
import { BerichtenUpload } from "@/components/iwmo/upload";
import { Melding } from "@/components/ui/melding";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { aantalTeVerzenden, berichtenLijst, eigenAanbieder, berichtTermijnen } from "@/server/iwmo/berichten";
import { lees, leesOf } from "@/server/pipeline/pagina";
import { leesBerichtenInAction } from "./acties";

export const metadata: Metadata = { title: "Berichten (iWmo)" };

export default async function Berichten({ searchParams }: { searchParams: Promise<{ download?: string }> }) {
  await vereisAanbieder("iwmo:berichten-eigen");
  const { download } = await searchParams;
  const [lijst, rijen, aanbieder, klaar] = await Promise.all([
    lees(berichtTermijnen, {}, { bron: "/aanbieder/berichten" }),
    lees(berichtenLijst, {}, { bron: "/aanbieder/berichten" }),
    leesOf(eigenAanbieder, null),
    lees(aantalTeVerzenden, {}, { bron: "/aanbieder/berichten" }),
  ]);
  return (
    <article className="inhoud !max-w-6xl">
      <p>
        <Link href="/aanbieder">Terug naar de startpagina</Link>
      </p>
      <h1>Berichten (iWmo)</h1>
      <p>
        De berichten tussen {aanbieder?.naam} (AGB {aanbieder?.agbCode}) en de gemeente. Wat je in het portaal meldt (start, stop,
        declaratie) staat hier ook als jouw iWmo-bericht, voor je eigen administratie of het GGK-portaal.
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
        <p>{klaar === 1 ? "Er staat 1 bericht van jouw organisatie klaar." : `Er staan ${klaar} berichten van jouw organisatie klaar.`}</p>
        <form method="post" action="/aanbieder/berichten/download">
          <button type="submit" className="knop">
            Download te verzenden berichten (zip)
          </button>
        </form>
      </section>
      <section aria-labelledby="inlezen">
        <h2 id="inlezen">Berichten inlezen</h2>
        <p>Berichten uit je eigen software (305, 307, 315, 317, 323). Elk bestand wordt helemaal of niet verwerkt.</p>
        <BerichtenUpload actie={leesBerichtenInAction} />
      </section>
      <section aria-labelledby="log">
        <h2 id="log">Berichtenlog</h2>
        <BerichtenTabel rijen={rijen} basis="/aanbieder/berichten" caption="Berichten van en aan jouw organisatie" metAanbieder={false} />
      </section>
    </article>
  );
}
