import { z } from "zod";
import { idVeld } from "../id";
import { GEMEENTE_ROLLEN, type Rol } from "../rollen";

// Staff of the gemeente: a Gebruiker with a gemeente role and no aanbieder. The role list comes
// from src/domain/rollen.ts, so a new role needs no change here.

export const gemeenteRolVeld = z.enum(GEMEENTE_ROLLEN as unknown as [Rol, ...Rol[]], { error: "Kies een rol." });

export const medewerkerSchema = z.object({
  naam: z.string().trim().min(2, "Vul de naam in.").max(100, "De naam mag hoogstens 100 tekens zijn."),
  email: z.string().trim().toLowerCase().max(254, "Vul een geldig e-mailadres in.").pipe(z.email("Vul een geldig e-mailadres in.")),
  rol: gemeenteRolVeld,
});

export type MedewerkerInvoer = z.input<typeof medewerkerSchema>;

export const rolWijzigingSchema = z.object({ id: idVeld, rol: gemeenteRolVeld });
