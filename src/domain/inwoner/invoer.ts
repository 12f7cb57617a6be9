import { z } from "zod";
import { ID_PATROON } from "../id";
import { parsePostcode } from "../postcode";
import { eersteFoutPerVeld } from "../veldfouten";
import { parseDatum } from "../datum";
import { parseBsn } from "./bsn";
import { UITKERINGEN } from "./uitkering";

// Registering an inwoner (issue 4): one schema for the browser and the server action.

export { parseDatum } from "../datum";

const datum = (leeg: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") {
        ctx.addIssue({ code: "custom", message: leeg });
        return z.NEVER;
      }
      const d = parseDatum(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "Vul een bestaande datum in, bijvoorbeeld 15-03-1990." });
        return z.NEVER;
      }
      return d;
    });

const trede = (leeg: string) =>
  z
    .string()
    .regex(/^[1-6]$/, leeg)
    .transform(Number);

export const inwonerSchema = z.object({
  bsn: z.string().transform((v, ctx) => {
    const r = parseBsn(v);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.melding });
      return z.NEVER;
    }
    return r.bsn;
  }),
  voornamen: z.string().trim().min(1, "Vul de voornaam of voornamen in.").max(100, "De voornamen mogen niet langer zijn dan 100 tekens."),
  tussenvoegsel: z.string().trim().max(20, "Het tussenvoegsel mag niet langer zijn dan 20 tekens."),
  achternaam: z.string().trim().min(1, "Vul de achternaam in.").max(100, "De achternaam mag niet langer zijn dan 100 tekens."),
  geboortedatum: datum("Vul de geboortedatum in."),
  straat: z.string().trim().min(2, "Vul de straat in.").max(100, "De straat mag niet langer zijn dan 100 tekens."),
  huisnummer: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/, "Vul een huisnummer in, bijvoorbeeld 12 of 12a."),
  postcode: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const r = parsePostcode(v);
      if (!r.ok || !r.postcode.letters) {
        ctx.addIssue({ code: "custom", message: r.ok ? "Vul de hele postcode in, bijvoorbeeld 7311 AB." : r.melding });
        return z.NEVER;
      }
      return r.postcode.genormaliseerd;
    }),
  plaats: z.string().trim().min(2, "Vul de woonplaats in.").max(60, "De woonplaats mag niet langer zijn dan 60 tekens."),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === "" || z.email().safeParse(v).success, "Vul een geldig e-mailadres in, of laat het leeg."),
  telefoon: z
    .string()
    .trim()
    .max(20)
    .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{8,18}[0-9]$/.test(v), "Vul een geldig telefoonnummer in, of laat het leeg."),
  uitkering: z.enum(UITKERINGEN, { error: "Kies welke uitkering de inwoner heeft." }),
  /** "" → proposed by R-TOE-2 on the server. */
  contactpersoonId: z.string().refine((v) => v === "" || ID_PATROON.test(v), "Kies een contactpersoon uit de lijst."),
  trede: trede("Kies de trede waarop de inwoner nu staat."),
  perspectiefTrede: z
    .string()
    .regex(/^[1-6]?$/, "Kies een perspectieftrede.")
    .transform((v) => (v === "" ? null : Number(v))),
});

export type InwonerInvoer = z.output<typeof inwonerSchema>;
export const INWONER_VELDEN = Object.keys(inwonerSchema.shape) as (keyof typeof inwonerSchema.shape)[];
export type InwonerFormulier = Record<(typeof INWONER_VELDEN)[number], string>;

export function leesInwonerFormulier(data: FormData): InwonerFormulier {
  return Object.fromEntries(
    INWONER_VELDEN.map((k) => {
      const v = data.get(k);
      return [k, typeof v === "string" ? v.slice(0, 500) : ""];
    }),
  ) as InwonerFormulier;
}

export function valideerInwoner(f: InwonerFormulier): { ok: true; inwoner: InwonerInvoer } | { ok: false; fouten: Record<string, string> } {
  const r = inwonerSchema.safeParse(f);
  if (r.success) return { ok: true, inwoner: r.data };
  return { ok: false, fouten: eersteFoutPerVeld(r.error) };
}

/** Search input: a BSN, a birth date, or (part of) a name. */
export type Zoekvraag =
  { soort: "bsn"; bsn: string } | { soort: "geboortedatum"; datum: Date } | { soort: "naam"; tekst: string } | { soort: "leeg" };

export function parseZoekvraag(q: string): Zoekvraag {
  const s = q.trim().slice(0, 100);
  if (s === "") return { soort: "leeg" };
  const cijfers = s.replace(/[\s.]/g, "");
  if (/^\d{8,9}$/.test(cijfers)) {
    const r = parseBsn(cijfers);
    if (r.ok) return { soort: "bsn", bsn: r.bsn };
  }
  const d = parseDatum(s);
  if (d) return { soort: "geboortedatum", datum: d };
  return { soort: "naam", tekst: s };
}

export function volledigeNaam(i: { voornamen: string; tussenvoegsel: string | null; achternaam: string }): string {
  return [i.voornamen, i.tussenvoegsel, i.achternaam].filter(Boolean).join(" ");
}
