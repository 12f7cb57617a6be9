import { z } from "zod";
import { BEREIK, datumVeld, optioneleDatumVeld } from "../kalender";
import { ID_PATROON, idVeld } from "../id";

// The toewijzing forms of the gemeente (issue 4, issue 8): issuing (or extending) and withdrawing.
// These schemas only read the form; the policy rules themselves are in ./regels.ts.

/** A choice from a list: an id, or "" for "none". */
const optioneelId = (melding: string) =>
  z
    .preprocess((v) => v ?? "", z.string())
    .refine((v) => v === "" || ID_PATROON.test(v), melding)
    .transform((v) => (v === "" ? null : v));

export const afgifteSchema = z.object({
  inwonerId: z.string({ error: "Deze inwoner bestaat niet." }).regex(ID_PATROON, "Deze inwoner bestaat niet."),
  productCode: z
    .string({ error: "Kies een product." })
    .trim()
    .regex(/^[A-Z0-9_]{1,40}$/, "Kies een product."),
  aanbiederId: z.string({ error: "Kies een aanbieder." }).regex(ID_PATROON, "Kies een aanbieder."),
  werkplekId: optioneelId("Deze werkplek hoort niet bij de gekozen aanbieder."),
  // Defect 7: existing days in a plausible range; the rules check the rest (R-TOE-3).
  startdatum: datumVeld({
    leeg: "Vul de startdatum in.",
    ongeldig: "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2026.",
    ...BEREIK.looptijd,
  }),
  einddatum: optioneleDatumVeld({ ongeldig: "Vul een bestaande einddatum in, of laat het leeg.", ...BEREIK.looptijd }),
  urenPerWeek: z
    .preprocess((v) => v ?? "", z.string().trim())
    .refine((v) => /^\d{0,3}$/.test(v), "Vul het aantal uren per week in als heel getal.")
    .transform((v) => (v === "" ? null : Number(v))),
  verlengingVanId: optioneelId("Deze toewijzing hoort niet bij deze inwoner."),
  /** Issue 21 item 21: the reason for a new ontwikkeling soon after an earlier one. */
  redenNieuwTraject: z
    .preprocess((v) => v ?? "", z.string({ error: "De reden kon niet worden gelezen." }))
    .transform((v) => v.trim())
    .refine((v) => v === "" || v.length >= 10, "Schrijf in een zin waarom een nieuw traject nu nodig is (minstens 10 tekens).")
    .refine((v) => v.length <= 1000, "De reden mag hoogstens 1000 tekens zijn.")
    .transform((v) => (v === "" ? null : v)),
});

export type AfgifteInvoer = z.input<typeof afgifteSchema>;

export const intrekSchema = z.object({
  id: idVeld,
  reden: z
    .string({ error: "Schrijf waarom de toewijzing wordt ingetrokken." })
    .trim()
    .min(5, "Schrijf waarom de toewijzing wordt ingetrokken.")
    .max(1000, "De reden mag hoogstens 1000 tekens zijn."),
});
