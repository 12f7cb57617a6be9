import { z } from "zod";
import { ID_PATROON } from "./id";
import type { WerkplekFormulier } from "./werkplek-invoer";

// The werkplek form as it arrives (issue 3): FormData read into the form shape of
// ./werkplek-invoer.ts, by the server action and by the browser's check before sending. Only the
// shape is checked here (sizes, lists, files); the content is checked by `valideerWerkplek`.

const MAX_TEKST = 10_000;
const MAX_LIJST = 50;

/** A text field; missing is "". Anything longer than any field allows is cut (the content schema refuses it with a message). */
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
