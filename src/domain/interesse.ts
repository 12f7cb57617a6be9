import { z } from "zod";
import { parsePostcode } from "./postcode";
import { normaliseer } from "./tekst";
import { eersteFoutPerVeld } from "./veldfouten";

// R-WP-5: the inwoner's interest goes to the gemeente. One schema, used by the form in the
// browser (when JavaScript runs) and by the use case src/server/interesse/indienen.ts (always).

const telefoonPatroon = /^\+?[0-9][0-9 ()-]{8,18}[0-9]$/;
const GEEN_CONTACT = "Vul je e-mailadres of je telefoonnummer in, zodat we contact met je kunnen opnemen.";
export const NIET_BESCHIKBAAR =
  "Deze werkplek is niet meer beschikbaar. Je gegevens zijn niet verstuurd. Kies een andere werkplek of neem contact op met het Centrum Apeldoorn Werkt Mee.";

const velden = {
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
};

const leeg = (v: unknown) => typeof v !== "string" || v.trim() === "";

/**
 * "E-mail or phone" runs even while other fields fail (`when`), so the inwoner sees every problem
 * at once; the values may then be anything, hence `leeg` checks the type too.
 */
function bereikbaar<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine(
    (v, ctx) => {
      const w = v as { email?: unknown; telefoon?: unknown };
      if (leeg(w.email) && leeg(w.telefoon)) ctx.addIssue({ code: "custom", path: ["email"], message: GEEN_CONTACT });
    },
    { when: () => true },
  );
}

export const interesseSchema = bereikbaar(z.object(velden));

/**
 * What the server action receives: the fields, the werkplek's slug (bound in the page, so it
 * travels through the browser and is parsed like any field: defect 4, a crafted `{"contains":""}`
 * never reaches the database) and `website`, a field only robots fill in.
 */
export const interesseAanvraagSchema = bereikbaar(
  z.object({
    ...velden,
    slug: z
      .string({ error: NIET_BESCHIKBAAR })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, NIET_BESCHIKBAAR)
      .max(200, NIET_BESCHIKBAAR),
    website: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()),
  }),
);

export type InteresseInvoer = z.input<typeof interesseSchema>;
export type Interesse = z.output<typeof interesseSchema>;

export const interesseVelden = ["naam", "email", "telefoon", "postcode", "bericht", "toestemming"] as const;
export type InteresseVeld = (typeof interesseVelden)[number];

export type Veldfouten = Partial<Record<InteresseVeld, string>>;

export function veldfouten(error: z.ZodError): Veldfouten {
  return eersteFoutPerVeld(error) as Veldfouten;
}

/** The check the browser runs before sending (the server parses again with interesseAanvraagSchema). */
export function valideerInteresse(invoer: unknown): { ok: true; data: Interesse } | { ok: false; fouten: Veldfouten } {
  const r = interesseSchema.safeParse(invoer);
  return r.success ? { ok: true, data: r.data } : { ok: false, fouten: veldfouten(r.error) };
}

// Defect 10: a request sent again (a double click, the back button, an impatient "did it work?")
// is the same aanvraag, not a new one for the gemeente to call about five times. The same
// werkplek and the same person's details and message within DUBBEL_VENSTER_MINUTEN are one
// aanvraag, and the person sees the same confirmation with the same referentie. Ten minutes covers
// retrying and reloading; a person who asks again later (or about another werkplek, or with another
// message) is a new aanvraag. docs/decisions/0013-interesse-dubbel.md.
export const DUBBEL_VENSTER_MINUTEN = 10;

export type AanvraagGegevens = {
  naam: string;
  email: string | null;
  telefoon: string | null;
  postcode: string;
  bericht: string;
};

function vergelijkbaar(a: AanvraagGegevens) {
  return [
    normaliseer(a.naam),
    (a.email ?? "").trim().toLowerCase(),
    (a.telefoon ?? "").replace(/\D/g, ""),
    a.postcode.replace(/\s/g, "").toUpperCase(),
    normaliseer(a.bericht),
  ].join("\u0000");
}

/** Are these the same person's details and message (ignoring case, accents and spacing)? */
export function zelfdeAanvraag(a: AanvraagGegevens, b: AanvraagGegevens): boolean {
  return vergelijkbaar(a) === vergelijkbaar(b);
}
