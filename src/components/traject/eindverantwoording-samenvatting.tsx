import Link from "next/link";
import { EV_STATUS_TEKST } from "@/domain/eindverantwoording/regels";
import { formatDatum } from "@/domain/format";
import { HERINDICATIE_STATUS_TEKST } from "@/domain/herindicatie/invoer";
import { leesOf } from "@/server/pipeline/pagina";
import { trajectAfsluitingStatus } from "@/server/toewijzingen/eindverantwoording";

/**
 * For the toewijzing's detail page (aanbieder: /aanbieder/toewijzingen/[id], gemeente:
 * /gemeente/toewijzingen/[id]): the eindverantwoording's and the herindicatie's state, with links.
 * Renders nothing for someone who may not see the toewijzing.
 */
export async function EindverantwoordingSamenvatting({
  toewijzingId,
  kant = "aanbieder",
  kop = 2,
}: {
  toewijzingId: string;
  kant?: "aanbieder" | "gemeente";
  kop?: 2 | 3;
}) {
  const s = await leesOf(trajectAfsluitingStatus, null, { id: toewijzingId });
  if (!s) return null;
  const H = kop === 2 ? "h2" : "h3";
  const basis = `/${kant}/toewijzingen/${toewijzingId}`;
  return (
    <section aria-labelledby={`afsluiting-${toewijzingId}`} className="mb-6">
      <H id={`afsluiting-${toewijzingId}`}>Eindverantwoording en herindicatie</H>
      <ul className="list-disc pl-6">
        <li>
          <Link href={`${basis}/eindverantwoording`}>Eindverantwoording</Link>: {EV_STATUS_TEKST[s.ev?.status ?? "NIEUW"]}
          {s.ev?.ingediendOp && ` (ingediend op ${formatDatum(s.ev.ingediendOp)})`}
          {kant === "gemeente" && s.tredeVastgelegd && "; trede na het traject vastgelegd"}
        </li>
        <li>
          <Link href={`${basis}/herindicatie`}>Herindicatie</Link>:{" "}
          {s.herindicatie
            ? `${HERINDICATIE_STATUS_TEKST[s.herindicatie.status]} (aangevraagd op ${formatDatum(s.herindicatie.createdAt)})`
            : "niet aangevraagd"}
        </li>
      </ul>
    </section>
  );
}
