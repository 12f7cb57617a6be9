import { z } from "zod";
import { euroVeld } from "./bedrag";
import { jaarVeld } from "../kalender";

// Form schemas for the reference data the beheerder maintains: volunteer allowance limits (R-VV-1)
// and branches. Amounts arrive in euros and leave as cents (R-TAR-3).

export const grensSchema = z
  .object({ jaar: jaarVeld, perUur: euroVeld, perMaand: euroVeld, perJaar: euroVeld })
  .refine((g) => g.perUur <= g.perMaand, {
    path: ["perMaand"],
    message: "Het bedrag per maand kan niet lager zijn dan het bedrag per uur.",
  })
  .refine((g) => g.perMaand <= g.perJaar, {
    path: ["perJaar"],
    message: "Het bedrag per jaar kan niet lager zijn dan het bedrag per maand.",
  });

export type GrensInvoer = z.input<typeof grensSchema>;

export const brancheSchema = z.object({
  naam: z.string().trim().min(2, "Vul de naam van de branche in.").max(60, "De naam mag hoogstens 60 tekens zijn."),
  omschrijving: z
    .string()
    .trim()
    .min(5, "Vul een korte omschrijving in: wat voor werk valt eronder?")
    .max(300, "De omschrijving mag hoogstens 300 tekens zijn."),
});

export type BrancheInvoer = z.input<typeof brancheSchema>;

/** Renaming names the branche too (bound in the page, so parsed like every field). */
export const brancheWijzigingSchema = brancheSchema.extend({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Deze branche bestaat niet (meer)."),
});
