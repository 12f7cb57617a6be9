import "server-only";
import type { Uitkering } from "@/domain/inwoner/uitkering";
import { mag } from "@/domain/permissies";
import { controleerAfgever } from "@/domain/toewijzing/afgever";
import type { ProductRegels } from "@/domain/toewijzing/product";
import type { AanbiederGebruiker, Ingelogd } from "@/domain/gebruiker";
import { betrokkeneVanToewijzing } from "../../betrokkene";
import { db } from "../../db";

// Who may see and do what in the life of a toewijzing after it is issued (issue 11). One place for
// both sides, so every use case (plan, melding, evaluatiegesprek, eindverantwoording, herindicatie,
// iWmo) scopes the same way:
// - the aanbieder: only toewijzingen of its own organisation (permission traject:rapporteren);
//   an ingetrokken toewijzing is no longer theirs to work on;
// - the gemeente: the inwoner's contact person on the toewijzing (R-TOE-2), or staff with
//   traject:opvolgen-alle (teamleiding, vervanging). Others with inwoner:lezen may read, not decide.

export const TRAJECT_NIET_GEVONDEN = "Deze toewijzing bestaat niet of hoort niet bij jouw organisatie.";
export const ALLEEN_CONTACTPERSOON = "Alleen de contactpersoon van de inwoner (of de teammanager) beslist hierover.";

/** The toewijzing with this id, only when it belongs to the caller's aanbieder and is not ingetrokken. */
export function trajectVanAanbieder(gebruiker: AanbiederGebruiker, id: string) {
  return db.toewijzing.findFirst({ where: { id, aanbiederId: gebruiker.aanbiederId, status: { not: "INGETROKKEN" } } });
}

/** May this member of staff decide on this toewijzing's traject (as its contact person, or for all)? */
export function magOpvolgen(gebruiker: Ingelogd, toewijzing: { contactpersoonId: string | null }): boolean {
  if (!mag(gebruiker.rol, "traject:opvolgen")) return false;
  return toewijzing.contactpersoonId === gebruiker.id || mag(gebruiker.rol, "traject:opvolgen-alle");
}

/**
 * Issue 21 item 28: ending, correcting or withdrawing a toewijzing is a decision on the beschikking
 * itself, so it needs both what a traject decision needs (the contact person, R-TOE-2, or
 * traject:opvolgen-alle) and the mandate to issue that product to this inwoner (R-TOE-1), like the
 * herindicatie. Null when allowed, else the Dutch reason.
 */
export function redenGeenBesluitOverToewijzing(
  gebruiker: Ingelogd,
  toewijzing: { contactpersoonId: string | null },
  product: Pick<ProductRegels, "korteNaam" | "categorie">,
  uitkering: Uitkering,
): string | null {
  if (gebruiker.aanbiederId || !magOpvolgen(gebruiker, toewijzing)) return ALLEEN_CONTACTPERSOON;
  return controleerAfgever(gebruiker.rol, product, uitkering)[0]?.melding ?? null;
}

/** The toewijzing for a gemeente decision: null when it does not exist or the caller may not decide on it. */
export async function trajectVoorOpvolging(gebruiker: Ingelogd, id: string) {
  if (gebruiker.aanbiederId) return null;
  const t = await db.toewijzing.findUnique({ where: { id } });
  return t && magOpvolgen(gebruiker, t) ? t : null;
}

/** What every aanbieder use case on a traject declares: its own organisation's toewijzing only. */
export const rapporteur = {
  toegang: "traject:rapporteren",
  wie: "aanbieder",
  betrokkene: betrokkeneVanToewijzing,
  laad: ({ gebruiker, invoer }: { gebruiker: AanbiederGebruiker; invoer: { id: string } }) => trajectVanAanbieder(gebruiker, invoer.id),
  nietGevonden: TRAJECT_NIET_GEVONDEN,
} as const;
