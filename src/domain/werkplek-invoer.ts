import { z } from "zod";
import { ID_PATROON } from "./id";
import { huisnummerSchema, volledigePostcodeSchema } from "./adres";
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
  huisnummer: huisnummerSchema,
  postcode: volledigePostcodeSchema,
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

// Reading the form as it arrives (FormData) lives in ./werkplek-formdata.ts; these two are
// re-exported for src/server/werkplekken/beheer.ts, which still imports them from here.
export { versieVeld, werkplekBewaarSchema } from "./werkplek-formdata";

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
