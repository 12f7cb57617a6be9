import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/domain/formulier-state";
import { huidigeGebruiker } from "../auth/huidige-gebruiker";
import { ONLEESBAAR, type Uitkomst, type UseCase } from "./index";
import { verzoekLog } from "../verzoek-log";

// The adapter between a form and a use case (issue 8). A server action is reachable by anyone with
// any arguments, so nothing about them is assumed: the previous state is ignored, the payload must
// be FormData, bound arguments are parsed by the use case's schema like every other field, and an
// unexpected error becomes a Dutch message with the input kept, never an HTTP 500.

// Dutch default messages for whatever the schemas do not word themselves (crafted requests).
z.config(z.locales.nl());

type Waarde = string | File | (string | File)[];

/** FormData → a plain object: repeated names become lists; Next's own $ACTION fields are left out. */
export function vanFormData(data: FormData): Record<string, Waarde> {
  const uit: Record<string, Waarde> = {};
  for (const [k, v] of data.entries()) {
    if (k.startsWith("$ACTION")) continue;
    const bestaand = uit[k];
    uit[k] = bestaand === undefined ? v : Array.isArray(bestaand) ? [...bestaand, v] : [bestaand, v];
  }
  return uit;
}

const MAX_TERUG = 10_000;

/** The typed text fields, to show again after an error; secrets and files are never echoed. */
function terugTeTonen(invoer: Record<string, Waarde>, geheim: readonly string[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [k, v] of Object.entries(invoer)) {
    if (geheim.includes(k) || typeof v !== "string") continue;
    uit[k] = v.slice(0, MAX_TERUG);
  }
  return uit;
}

export const ONVERWACHT = "Er ging aan onze kant iets mis. Je invoer staat er nog; probeer het over een paar minuten opnieuw.";

/** The fields of a use case's outcomes, as its form state carries them. */
type Velden<U> = U extends unknown ? Omit<U, "ok" | "fieldErrors" | "formError" | "melding"> : never;
type Samen<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type StaatVan<U extends Uitkomst> = FormState<Partial<Samen<Velden<U>>>>;
type Succes<U> = Extract<U, { ok: true }>;

export type FormOpties<U extends Uitkomst> = {
  /** Fields never sent back to the browser (passwords, a BSN). */
  geheim?: readonly string[];
  /** After success: revalidate, redirect (redirect throws and ends the action). */
  na?: (r: Succes<U>, invoer: Record<string, Waarde>) => void | Promise<void>;
  /** After success the form starts empty (default) or keeps the values. */
  houdWaarden?: boolean;
};

function naarStaat<U extends Uitkomst>(r: Uitkomst, values: Record<string, string>, houdWaarden: boolean): StaatVan<U> {
  if (r.ok) {
    const melding = (r as { melding?: string }).melding ?? null;
    return { ...r, ok: true, fieldErrors: {}, formError: null, melding, values: houdWaarden ? values : {} } as unknown as StaatVan<U>;
  }
  return { ...r, melding: null, values } as unknown as StaatVan<U>;
}

function fout<U extends Uitkomst>(formError: string, values: Record<string, string>): StaatVan<U> {
  return { ok: false, fieldErrors: {}, formError, melding: null, values } as unknown as StaatVan<U>;
}

async function voerUit<U extends Uitkomst>(
  uc: UseCase<U>,
  data: unknown,
  gebonden: Record<string, unknown>,
  opties: FormOpties<U>,
): Promise<StaatVan<U>> {
  if (!(data instanceof FormData)) return fout<U>(ONLEESBAAR, {});
  const invoer = { ...vanFormData(data), ...gebonden } as Record<string, Waarde>;
  const values = terugTeTonen(invoer, opties.geheim ?? []);
  try {
    const r = await uc(await huidigeGebruiker(), invoer);
    if (r.ok && opties.na) await opties.na(r as Succes<U>, invoer);
    return naarStaat<U>(r, values, opties.houdWaarden ?? false);
  } catch (e) {
    unstable_rethrow(e); // redirect() and notFound() are Next's control flow, not errors
    // One log line with the stack, the request id and the user id; never the input (it may be personal).
    (await verzoekLog()).error({ err: e, activiteit: uc.activiteit }, "onverwachte fout in een handeling");
    return fout<U>(ONVERWACHT, values);
  }
}

/** A server action for `useActionState` (or a plain `<form action>`): `(vorige, formData) → state`. */
export function formActie<U extends Uitkomst>(uc: UseCase<U>, opties: FormOpties<U> = {}) {
  return async (_vorige: StaatVan<U>, data: FormData): Promise<StaatVan<U>> => voerUit(uc, data, {}, opties);
}

/**
 * The same with one argument bound in the page (`actie.bind(null, id)`). Bound arguments travel
 * through the browser unprotected, so the value joins the input under `veld` and is parsed by the
 * schema like any other field; a crafted object or number is refused there.
 */
export function gebondenFormActie<U extends Uitkomst>(uc: UseCase<U>, veld: string, opties: FormOpties<U> = {}) {
  return async (waarde: string, _vorige: StaatVan<U>, data: FormData): Promise<StaatVan<U>> =>
    voerUit(uc, data, { [veld]: waarde }, opties);
}
