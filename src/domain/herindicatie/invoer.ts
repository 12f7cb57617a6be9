import { z } from "zod";
import { addDays, BEREIK, datumVeld, daysBetween, optioneleDatumVeld } from "../kalender";
import { ID_PATROON, idVeld } from "../id";
import { termijnen } from "../toewijzing/termijnen";

// The herindicatie (R-TOE-5, RULES §11, issue 11, docs/decisions/0016): the aanbieder asks for a
// follow-up, the contact person decides. The schemas read the forms; the issuing rules
// (src/domain/toewijzing/regels.ts) still decide whether a verlenging or another product may be given.

const productCode = z
  .string({ error: "Kies een product." })
  .trim()
  .regex(/^[A-Z0-9_]{1,40}$/, "Kies een product.");

const uren = z
  .preprocess((v) => v ?? "", z.string().trim())
  .refine((v) => /^\d{0,3}$/.test(v), "Vul het aantal uren per week in als heel getal.")
  .transform((v) => (v === "" ? null : Number(v)));

export const herindicatieSchema = z
  .object({
    id: idVeld,
    reden: z
      .string({ error: "Schrijf waarom een vervolg nodig is." })
      .trim()
      .min(10, "Schrijf waarom een vervolg nodig is (minstens 10 tekens).")
      .max(3000, "De reden mag hoogstens 3000 tekens zijn."),
    productCode,
    voorgesteldeStart: datumVeld({ leeg: "Vul de voorgestelde startdatum in.", ...BEREIK.looptijd }),
    voorgesteldeEind: datumVeld({ leeg: "Vul de voorgestelde einddatum in.", ...BEREIK.looptijd }),
    urenPerWeek: uren,
  })
  .refine((h) => h.voorgesteldeEind > h.voorgesteldeStart, {
    path: ["voorgesteldeEind"],
    message: "De einddatum ligt na de startdatum.",
  });

export type HerindicatieInvoer = z.output<typeof herindicatieSchema>;

export const BESLUITEN = {
  VERLENGD: "Verlengen (een nieuwe, gekoppelde periode)",
  ANDER_PRODUCT: "Een ander product toewijzen",
  BEEINDIGEN: "Geen vervolg: de toewijzing eindigt op de einddatum",
} as const;
export type Besluit = keyof typeof BESLUITEN;

export const besluitSchema = z
  .object({
    /** The request's id. */
    id: idVeld,
    besluit: z.enum(["VERLENGD", "ANDER_PRODUCT", "BEEINDIGEN"], { error: "Kies een besluit." }),
    toelichting: z
      .string({ error: "Licht het besluit toe voor de aanbieder." })
      .trim()
      .min(5, "Licht het besluit toe voor de aanbieder.")
      .max(2000, "De toelichting mag hoogstens 2000 tekens zijn."),
    /** Another product only. */
    productCode: z.preprocess((v) => v ?? "", z.string().trim()),
    startdatum: optioneleDatumVeld({ ongeldig: "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2026.", ...BEREIK.looptijd }),
    einddatum: optioneleDatumVeld({ ongeldig: "Vul een bestaande einddatum in, of laat het leeg.", ...BEREIK.looptijd }),
    urenPerWeek: uren,
    /** Another product only: another aanbieder (R-PRD-3); empty = the toewijzing's own aanbieder. */
    aanbiederId: z.preprocess((v) => v ?? "", z.string().trim()),
  })
  .superRefine((b, ctx) => {
    if (b.besluit === "ANDER_PRODUCT" && b.aanbiederId !== "" && !ID_PATROON.test(b.aanbiederId)) {
      ctx.addIssue({ code: "custom", path: ["aanbiederId"], message: "Kies een aanbieder." });
    }
    if (b.besluit === "ANDER_PRODUCT" && !/^[A-Z0-9_]{1,40}$/.test(b.productCode)) {
      ctx.addIssue({ code: "custom", path: ["productCode"], message: "Kies het andere product." });
    }
    if (b.besluit === "ANDER_PRODUCT" && !b.startdatum) {
      ctx.addIssue({ code: "custom", path: ["startdatum"], message: "Vul de startdatum van de nieuwe toewijzing in." });
    }
  });

export type BesluitInvoer = z.output<typeof besluitSchema>;

/** The proposal starts on the day after the current period ends (R-TOE-4: a verlenging continues it). */
export function standaardStart(einde: Date): Date {
  return addDays(einde, 1);
}

/**
 * R-TOE-5: due at the latest 6 weeks before the end. A later request is accepted (the inwoner must
 * not lose a follow-up over a date) but shown as late; `op` is the day it was made (Dutch calendar).
 */
export function isLaat(op: Date, einddatum: Date, startdatum?: Date): boolean {
  return daysBetween(termijnen(einddatum, startdatum).herindicatie, op) > 0;
}

export const HERINDICATIE_STATUS_TEKST = {
  INGEDIEND: "Ingediend, wacht op besluit",
  VERLENGD: "Besloten: verlengd",
  ANDER_PRODUCT: "Besloten: ander product",
  BEEINDIGEN: "Besloten: geen vervolg",
} as const;
