import { z } from "zod";
import { BEREIK, datumVeld, optioneleDatumVeld } from "./kalender";
import { emailVeld } from "./inloggen";

// A contracted aanbieder as the beheerder registers it (R-WP-1), plus its first user. The contract
// dates use the one strict date parser: "2026-02-30" is refused, never rolled over to 2 March.

export const aanbiederSchema = z
  .object({
    naam: z.string().trim().min(2, "Vul de naam van de organisatie in.").max(120, "De naam mag hoogstens 120 tekens zijn."),
    kvkNummer: z
      .string()
      .trim()
      .regex(/^\d{8}$/, "Een KvK-nummer heeft 8 cijfers."),
    agbCode: z
      .string()
      .trim()
      .regex(/^\d{8}$/, "Een AGB-code heeft 8 cijfers."),
    website: z
      .string()
      .trim()
      .max(200)
      .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), "Vul een webadres in dat begint met https://, of laat het leeg."),
    contractVan: datumVeld({ leeg: "Vul de begindatum van het contract in.", ...BEREIK.looptijd }),
    contractTot: optioneleDatumVeld(BEREIK.looptijd),
    contactNaam: z.string().trim().min(2, "Vul de naam van de contactpersoon in.").max(100),
    contactEmail: z.string().trim().toLowerCase().max(254).pipe(z.email("Vul een geldig e-mailadres van de contactpersoon in.")),
    contactTelefoon: z.string().trim().max(20),
    gebruikerNaam: z.string().trim().min(2, "Vul de naam in van de eerste gebruiker.").max(100),
    gebruikerEmail: emailVeld("Vul een geldig e-mailadres in voor de eerste gebruiker."),
  })
  .refine((v) => v.contractTot === null || v.contractTot >= v.contractVan, {
    path: ["contractTot"],
    message: "De einddatum ligt voor de begindatum.",
  });

export type AanbiederInvoer = z.input<typeof aanbiederSchema>;
export const aanbiederVelden = [
  "naam",
  "kvkNummer",
  "agbCode",
  "website",
  "contractVan",
  "contractTot",
  "contactNaam",
  "contactEmail",
  "contactTelefoon",
  "gebruikerNaam",
  "gebruikerEmail",
] as const;
