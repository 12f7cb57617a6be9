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

/** The inwoner of the toewijzing a melding is about. */
export async function betrokkeneVanMelding(invoer: { id: string }): Promise<string | null> {
  const m = await db.melding.findUnique({ where: { id: invoer.id }, select: { toewijzing: { select: { inwonerId: true } } } });
  return m?.toewijzing.inwonerId ?? null;
}

/** The inwoner of the toewijzing an evaluatiegesprek is about. */
export async function betrokkeneVanGesprek(invoer: { id: string }): Promise<string | null> {
  const e = await db.evaluatiegesprek.findUnique({ where: { id: invoer.id }, select: { toewijzing: { select: { inwonerId: true } } } });
  return e?.toewijzing.inwonerId ?? null;
}

/** The inwoner of the toewijzing a herindicatieverzoek is about. */
export async function betrokkeneVanHerindicatieverzoek(invoer: { id: string }): Promise<string | null> {
  const v = await db.herindicatieverzoek.findUnique({ where: { id: invoer.id }, select: { toewijzing: { select: { inwonerId: true } } } });
  return v?.toewijzing.inwonerId ?? null;
}

/** The inwoner of an oriëntatie. */
export async function betrokkeneVanOrientatie(invoer: { id: string }): Promise<string | null> {
  const o = await db.orientatie.findUnique({ where: { id: invoer.id }, select: { inwonerId: true } });
  return o?.inwonerId ?? null;
}
