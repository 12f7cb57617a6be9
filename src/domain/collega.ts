import { z } from "zod";
import { emailVeld } from "./inloggen";

// A colleague an aanbieder-beheerder invites into the own organisation (R-WP-1).
export const collegaSchema = z.object({
  naam: z.string().trim().min(2, "Vul de naam in.").max(100, "De naam mag hoogstens 100 tekens zijn."),
  email: emailVeld(),
  rol: z.enum(["AANBIEDER_MEDEWERKER", "AANBIEDER_BEHEERDER"], { error: "Kies een rol." }),
});

export type CollegaInvoer = z.input<typeof collegaSchema>;
