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
