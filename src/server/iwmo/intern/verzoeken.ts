import "server-only";
import type { Tx } from "./opslag";

// The aanbieders' verzoeken (315/317) between their import and their answer (issue 21).

/**
 * A 315 for a BSN that was no registered inwoner waits with that BSN (item 30). Once an inwoner
 * with the BSN is registered, the verzoek is linked to it and the loose BSN is forgotten, so from
 * then on it is answered like any other (a toewijzing for that inwoner answers it).
 */
export async function koppelOnbekendeBsn(tx: Tx): Promise<void> {
  const wachtend = await tx.iwmoVerzoek.findMany({
    where: { onbekendeBsn: { not: null }, status: { in: ["OPEN", "IN_ONDERZOEK"] } },
    select: { id: true, onbekendeBsn: true },
  });
  for (const v of wachtend) {
    const inwoner = await tx.inwoner.findUnique({ where: { bsn: v.onbekendeBsn! }, select: { id: true } });
    if (inwoner) await tx.iwmoVerzoek.update({ where: { id: v.id }, data: { inwonerId: inwoner.id, onbekendeBsn: null } });
  }
}

/** The herindicatieverzoeken a 317 became (one per product to change or new product). */
export async function herindicatiesVan(tx: Tx, verzoek: { id: string; herindicatieverzoekId: string | null }) {
  const producten = await tx.iwmoVerzoekProduct.findMany({
    where: { verzoekId: verzoek.id, herindicatieverzoekId: { not: null } },
    select: { herindicatieverzoekId: true },
  });
  const ids = producten.length
    ? producten.map((p) => p.herindicatieverzoekId!)
    : verzoek.herindicatieverzoekId
      ? [verzoek.herindicatieverzoekId]
      : [];
  return tx.herindicatieverzoek.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, nieuweToewijzingId: true, nieuweToewijzing: { select: { aanbiederId: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export type Uitkomst317 = { soort: "wacht" } | { soort: "toegewezen"; toewijzingIds: string[] } | { soort: "afgewezen" };

/**
 * The answer to a whole 317 (reactietermijnen.md: "alleen voor het hele VOW een 301 of een 319"):
 * it waits while any of its requests waits for a decision; when any follow-up was issued it is
 * answered by those toewijzingen' 301s; only when every request was decided "geen vervolg" is it a
 * 319 afgewezen. Never a 319 afgewezen beside a granted follow-up (issue 21, item 11).
 */
export async function uitkomst317(
  tx: Tx,
  verzoek: { id: string; aanbiederId: string; herindicatieverzoekId: string | null },
): Promise<Uitkomst317> {
  const hs = await herindicatiesVan(tx, verzoek);
  if (!hs.length || hs.some((h) => h.status === "INGEDIEND")) return { soort: "wacht" };
  // A follow-up given to another aanbieder (item 12) is that aanbieder's 301, not an answer to this one.
  const toegewezen = hs.flatMap((h) =>
    h.nieuweToewijzingId && h.nieuweToewijzing?.aanbiederId === verzoek.aanbiederId ? [h.nieuweToewijzingId] : [],
  );
  return toegewezen.length ? { soort: "toegewezen", toewijzingIds: toegewezen } : { soort: "afgewezen" };
}

/** The verzoek a new toewijzing answers: directly (a 315, the first of a 317) or as one follow-up of a 317. */
export async function verzoekVanAntwoord(tx: Tx, toewijzingId: string) {
  const direct = await tx.iwmoVerzoek.findFirst({ where: { antwoordToewijzingId: toewijzingId } });
  if (direct) return direct;
  const h = await tx.herindicatieverzoek.findUnique({ where: { nieuweToewijzingId: toewijzingId }, select: { id: true } });
  if (!h) return null;
  const p = await tx.iwmoVerzoekProduct.findUnique({ where: { herindicatieverzoekId: h.id }, select: { verzoek: true } });
  const t = await tx.toewijzing.findUnique({ where: { id: toewijzingId }, select: { aanbiederId: true } });
  return p && p.verzoek.aanbiederId === t?.aanbiederId ? p.verzoek : null;
}
