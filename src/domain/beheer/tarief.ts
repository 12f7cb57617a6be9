import { z } from "zod";
import { formatEuro } from "../format";
import { euroVeld } from "./bedrag";
import { huidigJaar, jaarIsBegonnen, jaarVeld } from "../kalender";

// R-TAR-1: one tariff per product per calendar year (the database's unique key [productCode, jaar]
// makes a second one impossible; this module turns that into a clear message).
//
// Decision: which tariffs may the beheerder change?
// - ADDING a missing tariff is always allowed, for any year 2020–2100, also a year that has begun
//   or passed: R-TAR-2 says a year without a tariff blocks toewijzingen and declaraties, and
//   entering it is exactly what unblocks them.
// - CORRECTING an existing tariff is only allowed while its year has not begun (in the Dutch
//   calendar). From 1 January on, toewijzingen are priced with it (an ontwikkeltraject at the
//   tariff of its start year, hours at the tariff of the year they were worked, R-TAR-2), so
//   changing it would silently change the value of toewijzingen already issued and of declaraties
//   already paid. A real correction of a running year is a policy decision that needs its own
//   procedure (a new beschikking, recalculation), not an edit in this screen.
// - Tariffs are never deleted here, for the same reason.

export const tariefSchema = z.object({
  productCode: z.string().regex(/^[A-Z0-9_]{1,40}$/, "Kies een product."),
  jaar: jaarVeld,
  bedrag: euroVeld,
});
export type TariefInvoer = z.input<typeof tariefSchema>;

/** The correction form picks an existing tariff as "PRODUCTCODE:JAAR". */
export const correctieSchema = z.object({
  tarief: z
    .string()
    .regex(/^[A-Z0-9_]{1,40}:\d{4}$/, "Kies het tarief dat je wilt corrigeren.")
    .transform((v) => ({ productCode: v.split(":")[0]!, jaar: Number(v.split(":")[1]) })),
  bedrag: euroVeld,
});
export type CorrectieInvoer = z.input<typeof correctieSchema>;

/** May this year's existing tariff still be corrected? Only before the year begins. */
export function tariefCorrigeerbaar(jaar: number, nu: Date): boolean {
  return !jaarIsBegonnen(jaar, nu);
}

export function dubbelTariefMelding(productNaam: string, jaar: number, bedragCent: number, nu: Date): string {
  const basis = `Voor ${productNaam} is al een tarief voor ${jaar} vastgelegd (${formatEuro(bedragCent)}). Er is maar één tarief per product per jaar.`;
  if (tariefCorrigeerbaar(jaar, nu)) return `${basis} Klopt het bedrag niet? Pas het aan bij 'Tarief corrigeren'.`;
  const wanneer = jaar < huidigJaar(nu) ? `${jaar} is voorbij` : `${jaar} is al begonnen`;
  return `${basis} Het kan niet meer worden gewijzigd: ${wanneer} en toewijzingen en declaraties rekenen met dit tarief.`;
}
