import { z } from "zod";
import { idVeld } from "./id";
import { versieVeld } from "./werkplek-formdata";

// R-WP-1: the content check's two decisions. The checklist and the reason arrive from the form;
// the id and version of the werkplek as it was shown, so a decision on an outdated view is refused.

export const CHECKLIST = [
  { sleutel: "gecontracteerd", label: "De aanbieder heeft een lopend contract met de gemeente" },
  { sleutel: "adres", label: "Het adres bestaat en is de plek waar het werk gebeurt" },
  { sleutel: "taken", label: "De taken zijn concreet beschreven" },
  { sleutel: "begeleiding", label: "De begeleiding is beschreven (wie, hoe vaak, op de werkplek of op afstand)" },
] as const;

export type ChecklistSleutel = (typeof CHECKLIST)[number]["sleutel"];

const SLEUTELS = CHECKLIST.map((c) => c.sleutel) as [ChecklistSleutel, ...ChecklistSleutel[]];

const werkplekVersie = { id: idVeld, versie: versieVeld };

export const goedkeuringSchema = z.object({
  ...werkplekVersie,
  /** Ticked boxes arrive as a list, one string, or nothing. */
  checklist: z
    .union([z.enum(SLEUTELS), z.array(z.enum(SLEUTELS)).max(CHECKLIST.length * 2)], { error: "Kies de criteria uit de lijst." })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const afwijzingSchema = z.object({
  ...werkplekVersie,
  reden: z
    .string({ error: "Schrijf de reden voor de aanbieder, in minstens 10 tekens." })
    .trim()
    .min(10, "Schrijf de reden voor de aanbieder, in minstens 10 tekens.")
    .max(2000, "De reden mag niet langer zijn dan 2000 tekens."),
});

/** The criteria not ticked yet. */
export function nietAfgevinkt(afgevinkt: readonly string[]) {
  return CHECKLIST.filter((c) => !afgevinkt.includes(c.sleutel));
}
