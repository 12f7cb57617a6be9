import { z } from "zod";
import { ID_PATROON } from "./id";
import { parsePostcode } from "./postcode";
import { eersteFoutPerVeld } from "./veldfouten";

// What an aanbieder writes about a werkplek (issue 3). One schema, used by the form in the browser
// (when JavaScript runs) and by the server action (always). The same shape is stored as the JSON
// of a pending revision, so the content check can compare a revision with the live werkplek.

export const TREDE_KEUZES = [
  { waarde: "biedtTrede3", label: "Werken op trede 3 (onbetaald werk met begeleiding op de werkplek)" },
  { waarde: "biedtTrede4", label: "Werken op trede 4 (onbetaald werk met begeleiding op afstand)" },
  { waarde: "ontwikkelingNaar3", label: "Ontwikkeling naar trede 3" },
  { waarde: "ontwikkelingNaar4", label: "Ontwikkeling naar trede 4" },
  { waarde: "ontwikkelingNaar5", label: "Ontwikkeling naar trede 5 (betaald werk met ondersteuning)" },
] as const;
export type TredeKeuze = (typeof TREDE_KEUZES)[number]["waarde"];

export const MAX_FOTOS = 5;
export const MAX_FOTO_BYTES = 5 * 1024 * 1024;
export const FOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

const tekst = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Vul ${label} in.`)
    .min(min, `Schrijf bij ${label} minstens ${min} tekens.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} mag niet langer zijn dan ${max} tekens.`);

/** "" → null; otherwise a whole number within bounds. */
const optioneelGetal = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,3}$/.test(v), `Vul bij ${label} een heel getal in, of laat het leeg.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || (v >= min && v <= max), `${label[0]!.toUpperCase()}${label.slice(1)} ligt tussen ${min} en ${max}.`);

const fotoSchema = z.object({
  fotoId: z.string().regex(ID_PATROON, "Onbekende foto."),
  altTekst: z
    .string()
    .trim()
    .min(1, "Beschrijf wat er op de foto te zien is (voor wie de foto niet kan zien).")
    .min(5, "Beschrijf de foto in minstens 5 tekens.")
    .max(150, "De beschrijving van de foto mag niet langer zijn dan 150 tekens."),
});

export const werkplekInhoudSchema = z.object({
  titel: tekst("een titel", 5, 100),
  brancheSlug: z.string().regex(/^[a-z0-9-]{1,60}$/, "Kies een branche."),
  omschrijving: tekst("de omschrijving", 30, 3000),
  taken: tekst("de taken", 20, 3000),
  begeleiding: tekst("de begeleiding", 20, 2000),
  straat: tekst("de straat", 2, 100),
  huisnummer: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/, "Vul een huisnummer in, bijvoorbeeld 12 of 12a."),
  postcode: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const r = parsePostcode(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.melding });
        return z.NEVER;
      }
      if (!r.postcode.letters) {
        ctx.addIssue({ code: "custom", message: "Vul de hele postcode in, met de twee letters, bijvoorbeeld 7311 AB." });
        return z.NEVER;
      }
      return r.postcode.genormaliseerd;
    }),
  plaats: tekst("de plaats", 2, 60),
  treden: z
    .array(z.enum(TREDE_KEUZES.map((t) => t.waarde) as [TredeKeuze, ...TredeKeuze[]]))
    .min(1, "Kies minstens één trede of ontwikkeling die deze werkplek biedt."),
  dagenEnTijden: tekst("de dagen en tijden", 5, 300),
  urenPerWeekMin: optioneelGetal("het minimum aantal uren per week", 1, 40),
  urenPerWeekMax: optioneelGetal("het maximum aantal uren per week", 1, 40),
  plaatsenBeschikbaar: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "Vul het aantal plaatsen in als heel getal, bijvoorbeeld 2.")
    .transform(Number),
  toegankelijkheid: tekst("de bereikbaarheid en toegankelijkheid", 5, 1000),
  mogelijkheden: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(30),
  fotos: z.array(fotoSchema).max(MAX_FOTOS, `Een werkplek heeft hoogstens ${MAX_FOTOS} foto's.`),
});

export type WerkplekInhoud = z.output<typeof werkplekInhoudSchema>;

/** The form as plain strings (and lists for the repeated fields); anything missing becomes "". */
export type WerkplekFormulier = {
  [K in Exclude<keyof WerkplekInhoud, "treden" | "mogelijkheden" | "fotos">]: string;
} & { treden: string[]; mogelijkheden: string[]; fotos: { fotoId: string; altTekst: string }[] };

export const WERKPLEK_VELDEN = [
  "titel",
  "brancheSlug",
  "omschrijving",
  "taken",
  "begeleiding",
  "straat",
  "huisnummer",
  "postcode",
  "plaats",
  "treden",
  "dagenEnTijden",
  "urenPerWeekMin",
  "urenPerWeekMax",
  "plaatsenBeschikbaar",
  "toegankelijkheid",
  "mogelijkheden",
  "fotos",
] as const satisfies readonly (keyof WerkplekInhoud)[];

export type WerkplekVeld = (typeof WERKPLEK_VELDEN)[number];

/** Field labels, for error summaries and the content check's list of changes. */
export const VELD_LABELS: Record<WerkplekVeld, string> = {
  titel: "Titel",
  brancheSlug: "Branche",
  omschrijving: "Omschrijving",
  taken: "Taken",
  begeleiding: "Begeleiding",
  straat: "Straat",
  huisnummer: "Huisnummer",
  postcode: "Postcode",
  plaats: "Plaats",
  treden: "Treden en ontwikkeling",
  dagenEnTijden: "Dagen en tijden",
  urenPerWeekMin: "Minimum uren per week",
  urenPerWeekMax: "Maximum uren per week",
  plaatsenBeschikbaar: "Plaatsen beschikbaar",
  toegankelijkheid: "Bereikbaarheid en toegankelijkheid",
  mogelijkheden: "Ontwikkel- en ondersteuningsmogelijkheden",
  fotos: "Foto's",
};

/** The errors per field (the first per field), for the summary and the fields; photo alt texts as `fotos.<id>`. */
export function werkplekVeldfouten(error: z.ZodError): Record<string, string> {
  return eersteFoutPerVeld(error, ({ path: [veld, index, sub] }) =>
    veld === "fotos" && typeof index === "number" && sub === "altTekst" ? `alt-${index}` : String(veld ?? "formulier"),
  );
}

export function valideerWerkplek(
  invoer: WerkplekFormulier,
): { ok: true; inhoud: WerkplekInhoud } | { ok: false; fouten: Record<string, string> } {
  const r = werkplekInhoudSchema.safeParse(invoer);
  const fouten = r.success ? {} : werkplekVeldfouten(r.error);
  // Across fields, checked even when another field fails (zod skips object refinements then).
  const [min, max] = [invoer.urenPerWeekMin, invoer.urenPerWeekMax].map((v) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : null));
  if (min != null && max != null && min > max) fouten.urenPerWeekMax ??= "Het maximum aantal uren is lager dan het minimum.";
  if (r.success && Object.keys(fouten).length === 0) return { ok: true, inhoud: r.data };
  return { ok: false, fouten };
}

const MAX_TEKST = 10_000;
const MAX_LIJST = 50;

/** A text field; missing is "". Anything longer than any field allows is cut (the schema above refuses it with a message). */
const formTekst = z
  .string()
  .optional()
  .transform((v) => (v ?? "").slice(0, MAX_TEKST));

/** Repeated fields (checkboxes, the photo ids) arrive as a list, a single string, or not at all. */
const formLijst = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).slice(0, MAX_LIJST));

/** The hidden `versie` field (optimistic concurrency): a whole number, or null when missing or tampered with. */
export const versieVeld = z
  .string()
  .optional()
  .transform((v) => (v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : null));

/** The id of an existing werkplek, or nothing for a new one. */
const optioneelId = z
  .string()
  .optional()
  .refine((v) => v === undefined || v === "" || ID_PATROON.test(v), "Deze werkplek bestaat niet of hoort niet bij jouw organisatie.")
  .transform((v) => (v ? v : null));

/** A file input: browsers send an empty file when nothing was chosen; a crafted text counts as nothing. */
const bestandVeld = z
  .union([z.instanceof(File), z.string()], { error: "Kies één foto tegelijk." })
  .optional()
  .transform((v) => (v instanceof File && v.size > 0 ? v : null));

/**
 * The werkplek form as it arrives (FormData turned into an object, repeated names as lists): the
 * fields of the form shape plus `id`, `versie`, `indienen` and the new photo. Photos come as
 * repeated `foto` (ids, in order) with `alt-<id>` text and an optional `verwijder-<id>` checkbox;
 * removed ones are left out. Only the shape is checked here; the content is checked by
 * `valideerWerkplek` after a new photo has been added, so the photo is kept whatever else is wrong.
 */
export const werkplekBewaarSchema = z
  .looseObject({
    id: optioneelId,
    versie: versieVeld,
    indienen: z
      .string()
      .optional()
      .transform((v) => v === "ja"),
    nieuweFoto: bestandVeld,
    nieuweFotoAlt: z
      .string()
      .optional()
      .transform((v) => (v ?? "").slice(0, 500).trim()),
    titel: formTekst,
    brancheSlug: formTekst,
    omschrijving: formTekst,
    taken: formTekst,
    begeleiding: formTekst,
    straat: formTekst,
    huisnummer: formTekst,
    postcode: formTekst,
    plaats: formTekst,
    treden: formLijst,
    dagenEnTijden: formTekst,
    urenPerWeekMin: formTekst,
    urenPerWeekMax: formTekst,
    plaatsenBeschikbaar: formTekst,
    toegankelijkheid: formTekst,
    mogelijkheden: formLijst,
    foto: formLijst,
  })
  .transform((o) => {
    const los = (k: string) => {
      const v = (o as Record<string, unknown>)[k];
      return typeof v === "string" ? v.slice(0, MAX_TEKST) : "";
    };
    const fotos = [...new Set(o.foto)]
      .filter((fotoId) => los(`verwijder-${fotoId}`) !== "ja")
      .map((fotoId) => ({ fotoId, altTekst: los(`alt-${fotoId}`) }));
    const formulier: WerkplekFormulier = {
      titel: o.titel,
      brancheSlug: o.brancheSlug,
      omschrijving: o.omschrijving,
      taken: o.taken,
      begeleiding: o.begeleiding,
      straat: o.straat,
      huisnummer: o.huisnummer,
      postcode: o.postcode,
      plaats: o.plaats,
      treden: o.treden,
      dagenEnTijden: o.dagenEnTijden,
      urenPerWeekMin: o.urenPerWeekMin,
      urenPerWeekMax: o.urenPerWeekMax,
      plaatsenBeschikbaar: o.plaatsenBeschikbaar,
      toegankelijkheid: o.toegankelijkheid,
      mogelijkheden: o.mogelijkheden,
      fotos,
    };
    return { id: o.id, versie: o.versie, indienen: o.indienen, nieuweFoto: o.nieuweFoto, nieuweFotoAlt: o.nieuweFotoAlt, formulier };
  });

export type BewaarInvoer = z.output<typeof werkplekBewaarSchema>;

/** FormData as a plain object, repeated names as lists (what the server's form adapter does too). */
function alsObject(data: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const uit: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [k, v] of data.entries()) {
    const bestaand = uit[k];
    uit[k] = bestaand === undefined ? v : Array.isArray(bestaand) ? [...bestaand, v] : [bestaand, v];
  }
  return uit;
}

/** A filled-in form as the server will read it, for the check in the browser before sending. */
export function leesWerkplekInvoer(data: FormData): BewaarInvoer | null {
  const r = werkplekBewaarSchema.safeParse(alsObject(data));
  return r.success ? r.data : null;
}

/** The form shape of a filled-in form. */
export function leesWerkplekFormulier(data: FormData): WerkplekFormulier | null {
  return leesWerkplekInvoer(data)?.formulier ?? null;
}

/** Stored content back to the form shape (to fill the form when editing). */
export function inhoudNaarFormulier(w: WerkplekInhoud): WerkplekFormulier {
  return {
    ...w,
    postcode: w.postcode.length === 6 ? `${w.postcode.slice(0, 4)} ${w.postcode.slice(4)}` : w.postcode,
    urenPerWeekMin: w.urenPerWeekMin?.toString() ?? "",
    urenPerWeekMax: w.urenPerWeekMax?.toString() ?? "",
    plaatsenBeschikbaar: String(w.plaatsenBeschikbaar),
    fotos: w.fotos.map((f) => ({ ...f })),
  };
}

/** A value as the content check and the conflict message show it. */
export function toonWaarde(veld: WerkplekVeld, w: WerkplekInhoud): string {
  const v = w[veld];
  if (veld === "treden")
    return TREDE_KEUZES.filter((t) => w.treden.includes(t.waarde))
      .map((t) => t.label)
      .join("; ");
  if (veld === "fotos") return w.fotos.map((f) => f.altTekst).join("; ") || "geen";
  if (Array.isArray(v)) return v.join(", ") || "geen";
  if (v === null) return "niet ingevuld";
  return String(v);
}

/** The fields that differ between two versions, in form order. */
export function verschillen(oud: WerkplekInhoud, nieuw: WerkplekInhoud): WerkplekVeld[] {
  return WERKPLEK_VELDEN.filter(
    (v) => JSON.stringify(normaalVoorVergelijking(v, oud)) !== JSON.stringify(normaalVoorVergelijking(v, nieuw)),
  );
}

function normaalVoorVergelijking(veld: WerkplekVeld, w: WerkplekInhoud) {
  const v = w[veld];
  if (veld === "treden" || veld === "mogelijkheden") return [...(v as string[])].sort();
  return v;
}

/** The form of a new werkplek. */
export const LEEG_WERKPLEK_FORMULIER: WerkplekFormulier = {
  titel: "",
  brancheSlug: "",
  omschrijving: "",
  taken: "",
  begeleiding: "",
  straat: "",
  huisnummer: "",
  postcode: "",
  plaats: "",
  treden: [],
  dagenEnTijden: "",
  urenPerWeekMin: "",
  urenPerWeekMax: "",
  plaatsenBeschikbaar: "1",
  toegankelijkheid: "",
  mogelijkheden: [],
  fotos: [],
};

/** Someone else saved in between: who, when, and where their version differs from the input. */
export type Conflict = { door: string; op: string; velden: { label: string; waarde: string }[] };

/** What the werkplek form shows again after a failed save, besides the messages. */
export type WerkplekFormExtra = {
  /** The user's input, plus a photo that was just uploaded. */
  formulier: WerkplekFormulier;
  versie: number | null;
  nieuweFotoAlt: string;
  conflict: Conflict | null;
  /** Photo id → file, to preview the photos; only the organisation's own photos. */
  fotoBestanden: Record<string, string>;
};
