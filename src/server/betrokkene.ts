import "server-only";
import { db } from "./db";

// The inwoner a refused attempt concerned, for the audit log only (ADR 0008/0009/0030): a refusal
// for a missing permission happens before the scoped load, so the use case names its data subject
// from the input. Unscoped on purpose and never returned to the caller: only the pseudonym (the
// inwoner's random id) is read, to be written in the caller's own refusal record.

/** The inwoner of the toewijzing named by `id`; null when there is none. */
export async function betrokkeneVanToewijzing(invoer: { id: string }): Promise<string | null> {
  const t = await db.toewijzing.findUnique({ where: { id: invoer.id }, select: { inwonerId: true } });
  return t?.inwonerId ?? null;
}
