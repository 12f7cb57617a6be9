import { z } from "zod";
import { parsePostcode } from "./postcode";
import { eersteFoutPerVeld } from "./veldfouten";

// R-WP-5: the inwoner's interest goes to the gemeente. One schema, used by the form in the
// browser (when JavaScript runs) and by the server action (always).

const telefoonPatroon = /^\+?[0-9][0-9 ()-]{8,18}[0-9]$/;

export const interesseSchema = z.object({
  naam: z.string().trim().min(1, "Vul je naam in.").max(100, "Je naam mag niet langer zijn dan 100 tekens."),
  email: z
    .string()
    .trim()
    .max(254, "Dit e-mailadres is te lang.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
  telefoon: z
    .string()
    .trim()
    .max(20, "Dit telefoonnummer is te lang.")
    .refine(
      (v) => v === "" || (telefoonPatroon.test(v) && v.replace(/\D/g, "").length >= 10),
      "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.",
    ),
  postcode: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const r = parsePostcode(v);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.melding });
    }),
  bericht: z.string().trim().max(1000, "Je bericht mag niet langer zijn dan 1000 tekens."),
  toestemming: z.literal("ja", { error: "Geef toestemming, anders kunnen we je niet bellen of mailen." }),
});

export type InteresseInvoer = z.input<typeof interesseSchema>;
export type Interesse = z.output<typeof interesseSchema>;

const GEEN_CONTACT = "Vul je e-mailadres of je telefoonnummer in, zodat we contact met je kunnen opnemen.";
export const interesseVelden = ["naam", "email", "telefoon", "postcode", "bericht", "toestemming"] as const;
export type InteresseVeld = (typeof interesseVelden)[number];

export type Veldfouten = Partial<Record<InteresseVeld, string>>;

export function veldfouten(error: z.ZodError): Veldfouten {
  return eersteFoutPerVeld(error) as Veldfouten;
}

/**
 * The whole check, field rules plus "e-mail or phone" (zod skips object-level refinements while a
 * field fails, and the inwoner should see every problem at once).
 */
export function valideerInteresse(
  invoer: Record<InteresseVeld, string>,
): { ok: true; data: Interesse } | { ok: false; fouten: Veldfouten } {
  const r = interesseSchema.safeParse(invoer);
  const fouten = r.success ? {} : veldfouten(r.error);
  if (invoer.email.trim() === "" && invoer.telefoon.trim() === "") fouten.email ??= GEEN_CONTACT;
  if (r.success && Object.keys(fouten).length === 0) return { ok: true, data: r.data };
  return { ok: false, fouten };
}

/** Form data to plain strings; anything missing becomes "". */
export function leesInteresseFormulier(data: FormData): Record<InteresseVeld, string> {
  const waarde = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : "";
  };
  return {
    naam: waarde("naam"),
    email: waarde("email"),
    telefoon: waarde("telefoon"),
    postcode: waarde("postcode"),
    bericht: waarde("bericht"),
    toestemming: waarde("toestemming"),
  };
}
