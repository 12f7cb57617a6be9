import "server-only";
import { bouw319 } from "@/domain/iwmo/bouw";
import { bewaarUitgaand } from "./opslag";
import { koppelOnbekendeBsn, uitkomst317 } from "./verzoeken";
import { kop, type Ctx } from "./uitgaand-bouw";

// The gemeente's answers to the aanbieders' verzoeken (315/317) as messages: a WMO319 written
// with the decision (afgewezen or in onderzoek), and a verzoek marked answered when the portal's
// own decision answered it (a new toewijzing, whose 301 is the answer; a 317 refused whole).

/** The gemeente's WMO319 on a verzoek: afgewezen (1, with a WJ759 reason) or in onderzoek (2). */
export async function maak319(
  { tx, nu, gemeente }: Ctx,
  verzoek: { id: string; soort: string; aanbiederId: string; referentieAanbieder: string; berichtId: string; uiterlijkAntwoordOp: Date },
  antwoord: "1" | "2",
  redenAfwijzing: string | null,
) {
  const aanbieder = await tx.aanbieder.findUniqueOrThrow({ where: { id: verzoek.aanbiederId }, select: { agbCode: true } });
  const header = kop(gemeente, aanbieder.agbCode, nu);
  const xml = bouw319({ header, referentieAanbieder: verzoek.referentieAanbieder, verzoekAntwoord: antwoord, redenAfwijzing });
  const toewijzingIds = (
    await tx.iwmoBerichtToewijzing.findMany({ where: { berichtId: verzoek.berichtId }, select: { toewijzingId: true } })
  ).map((r) => r.toewijzingId);
  return bewaarUitgaand(
    tx,
    {
      soort: "319",
      aanbiederId: verzoek.aanbiederId,
      afzender: gemeente,
      ontvanger: aanbieder.agbCode,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `319:${verzoek.id}:${antwoord}`,
      xml,
      toewijzingIds,
      omschrijving: `WMO${verzoek.soort} ${verzoek.referentieAanbieder} ${antwoord === "1" ? "afgewezen" : "in onderzoek"}`,
      uiterlijkOp: verzoek.uiterlijkAntwoordOp,
      antwoordOpId: verzoek.berichtId,
    },
    nu,
  );
}

/** Verzoeken answered by the portal's own decisions: a new toewijzing (301) or a herindicatie refused (319). */
export async function beantwoordVerzoekenBij(ctx: Ctx) {
  const { tx, nu } = ctx;
  await koppelOnbekendeBsn(tx);
  const open = await tx.iwmoVerzoek.findMany({ where: { status: { in: ["OPEN", "IN_ONDERZOEK"] } } });
  for (const v of open) {
    if (v.soort === "317") {
      // The whole VOW at once (src/server/iwmo/verzoeken.ts, issue 21 item 11).
      const u = await uitkomst317(tx, v);
      if (u.soort === "afgewezen") {
        await tx.iwmoVerzoek.update({ where: { id: v.id }, data: { status: "AFGEWEZEN", redenAfwijzing: "7", beantwoordOp: nu } });
        await maak319(ctx, v, "1", "7");
      } else if (u.soort === "toegewezen") {
        await tx.iwmoVerzoek.update({
          where: { id: v.id },
          data: { status: "TOEGEWEZEN", antwoordToewijzingId: u.toewijzingIds[0], beantwoordOp: nu },
        });
      }
    } else if (v.soort === "315" && v.inwonerId) {
      const t = await tx.toewijzing.findFirst({
        where: {
          inwonerId: v.inwonerId,
          aanbiederId: v.aanbiederId,
          iwmoCode: v.productCode ?? undefined,
          createdAt: { gte: v.ontvangenOp },
          status: { not: "INGETROKKEN" },
        },
        orderBy: { createdAt: "asc" },
      });
      if (t && !(await tx.iwmoVerzoek.count({ where: { antwoordToewijzingId: t.id } }))) {
        await tx.iwmoVerzoek.update({ where: { id: v.id }, data: { status: "TOEGEWEZEN", antwoordToewijzingId: t.id, beantwoordOp: nu } });
      }
    }
  }
}
