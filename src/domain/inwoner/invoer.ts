import { z } from "zod";
import { BEREIK, datumVeld, parseDatum } from "../kalender";
import { idVeld, ID_PATROON } from "../id";
import { huisnummerSchema, volledigePostcodeSchema } from "../adres";
import { eersteFoutPerVeld } from "../veldfouten";
import { parseBsn } from "./bsn";
import { UITKERINGEN } from "./uitkering";

// The inwoner's forms in the back office (issue 4, issue 8): one schema per form, used by the
// browser (when JavaScript runs) and by the use cases in src/server/inwoners (always).

const trede = (leeg: string) =>
  z
    .string({ error: leeg })
    .regex(/^[1-6]$/, leeg)
    .transform(Number);

const perspectief = (melding: string) =>
  z
    .string({ error: melding })
    .regex(/^[1-6]?$/, melding)
    .transform((v) => (v === "" ? null : Number(v)));

const PERSPECTIEF_TE_LAAG = "Het perspectief ligt niet lager dan de trede waarop de inwoner nu staat.";

export const inwonerSchema = z
  .object({
    bsn: z.string({ error: "Vul het BSN in." }).transform((v, ctx) => {
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
    // Defect 7: an existing day between 1900 and today in the Netherlands, never 01-01-2999.
    geboortedatum: datumVeld({
      leeg: "Vul de geboortedatum in.",
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 15-03-1990.",
      ...BEREIK.geboortedatum,
    }),
    straat: z.string().trim().min(2, "Vul de straat in.").max(100, "De straat mag niet langer zijn dan 100 tekens."),
    huisnummer: huisnummerSchema,
    postcode: volledigePostcodeSchema,
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
    contactpersoonId: z
      .string({ error: "Kies een contactpersoon uit de lijst." })
      .refine((v) => v === "" || ID_PATROON.test(v), "Kies een contactpersoon uit de lijst."),
    trede: trede("Kies de trede waarop de inwoner nu staat."),
    perspectiefTrede: perspectief("Kies een perspectieftrede."),
  })
  .refine((i) => i.perspectiefTrede === null || i.perspectiefTrede >= i.trede, {
    path: ["perspectiefTrede"],
    message: PERSPECTIEF_TE_LAAG,
  });

export type InwonerInvoer = z.output<typeof inwonerSchema>;
export const INWONER_VELDEN = Object.keys(inwonerSchema.shape) as (keyof typeof inwonerSchema.shape)[];
/** The registration form as typed: every field a string. */
export type InwonerFormulier = Record<(typeof INWONER_VELDEN)[number], string>;

/** The check the browser runs before sending (the server runs the same schema again). */
export function valideerInwoner(invoer: unknown): { ok: true; inwoner: InwonerInvoer } | { ok: false; fouten: Record<string, string> } {
  const r = inwonerSchema.safeParse(invoer);
  if (r.success) return { ok: true, inwoner: r.data };
  return { ok: false, fouten: eersteFoutPerVeld(r.error) };
}

/** R-LAD-3: a new trede (and optionally a perspectief) on a date. `id` is the inwoner's, bound in the page. */
export const ladderSchema = z
  .object({
    id: idVeld,
    // Defect 7: an existing day, not in the future (Dutch calendar), not before 2000.
    datum: datumVeld({
      leeg: "Vul de datum in.",
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 01-03-2026.",
      ...BEREIK.verleden,
      buitenBereik: "Vul een datum in van 2000 tot en met vandaag. Leg vast wat nu geldt, niet wat nog komt.",
    }),
    trede: trede("Kies een trede van 1 tot en met 6."),
    perspectiefTrede: perspectief("Kies een perspectieftrede van 1 tot en met 6, of laat het leeg."),
    toelichting: z.string().trim().max(1000, "De toelichting mag niet langer zijn dan 1000 tekens."),
  })
  .refine((l) => l.perspectiefTrede === null || l.perspectiefTrede >= l.trede, {
    path: ["perspectiefTrede"],
    message: "Het perspectief ligt niet lager dan de huidige trede.",
  });

/** R-TOE-2: another contact person for the inwoner `id`. */
export const contactpersoonSchema = z.object({
  id: idVeld,
  contactpersoonId: z.string({ error: "Kies een contactpersoon uit de lijst." }).regex(ID_PATROON, "Kies een contactpersoon uit de lijst."),
});

/**
 * The search box (a POST, so a BSN never lands in a URL). `mijn` is the checkbox "only mine",
 * `afgesloten` the checkbox "closed inwoners too".
 * Empty without "only mine" is asked again rather than listing everyone.
 */
export const zoekSchema = z
  .object({
    q: z.preprocess((v) => v ?? "", z.string().max(100, "Zoek met hoogstens 100 tekens.").trim()),
    mijn: z.preprocess((v) => v ?? "", z.enum(["", "ja"])).transform((v) => v === "ja"),
    /** Issue 21 item 25: closed inwoners only when asked for. */
    afgesloten: z.preprocess((v) => v ?? "", z.enum(["", "ja"])).transform((v) => v === "ja"),
  })
  .refine((z) => z.q !== "" || z.mijn, { path: ["q"], message: "Vul een naam, geboortedatum of BSN in." });

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

const velden = inwonerSchema.shape;

/**
 * Issue 11: the inwoner's address and uitkering changed in the back office. The uitkering decides
 * the mandate (R-TOE-1) and the contact person (R-TOE-2): "" for `contactpersoonId` lets the
 * server keep the current one when it still fits, or propose one of the role the rule asks for.
 */
export const inwonerWijzigSchema = z.object({
  id: idVeld,
  straat: velden.straat,
  huisnummer: velden.huisnummer,
  postcode: velden.postcode,
  plaats: velden.plaats,
  uitkering: velden.uitkering,
  contactpersoonId: z.preprocess((v) => v ?? "", velden.contactpersoonId),
});

export type InwonerWijzigInvoer = z.input<typeof inwonerWijzigSchema>;

/** What a search for inwoners asks, as the server's search query takes it (not a form). */
export const inwonerZoekvraagSchema = z.object({
  q: z.string().max(100).trim(),
  mijn: z.boolean().default(false),
  metAfgesloten: z.boolean().default(false),
});
