import type { Ingelogd } from "@/domain/gebruiker";
import { berichtenLijst } from "@/server/iwmo/berichten";
import { leesOf } from "@/server/pipeline/pagina";
import { BerichtenTabel } from "./berichten-log";

/** The iWmo message log of one toewijzing, for its page (gemeente or aanbieder). */
export async function ToewijzingBerichten({
  gebruiker,
  toewijzingId,
  kopNiveau = 2,
}: {
  gebruiker: Ingelogd;
  toewijzingId: string;
  kopNiveau?: 2 | 3;
}) {
  const rijen = await leesOf(berichtenLijst, [], { toewijzingId, max: 50 });
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  const basis = gebruiker.aanbiederId ? "/aanbieder/berichten" : "/gemeente/berichten";
  return (
    <section aria-labelledby={`berichten-${toewijzingId}`}>
      <Kop id={`berichten-${toewijzingId}`}>Berichten (iWmo)</Kop>
      <BerichtenTabel rijen={rijen} basis={basis} caption="Berichten over deze toewijzing" metAanbieder={false} />
    </section>
  );
}
