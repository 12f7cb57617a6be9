// The outcomes of every server entry point (issue 8, issue 22): what a use case or a query answers.
// A refusal always carries a machine-readable `reden` beside the Dutch text, so an HTTP adapter
// maps it to a status (src/server/pipeline/http.ts) instead of guessing from the words.

/** Why something was refused:
 * - `niet-ingelogd`: nobody is signed in (HTTP 401; a page sends them to /inloggen);
 * - `geen-toegang`: the caller lacks the permission or is the wrong kind of user (403);
 * - `niet-gevonden`: the target does not exist or is not the caller's: one answer, so ids of others
 *   reveal nothing (404);
 * - `ongeldig`: the input does not parse (400);
 * - `regel`: the input parses but a rule of the policy or the current state refuses it (409/422).
 */
export type Reden = "niet-ingelogd" | "geen-toegang" | "niet-gevonden" | "ongeldig" | "regel";

/** A field name → the first message for it, in Dutch. */
export type Veldfouten = Record<string, string>;

export type Mislukt<E extends object = object> = {
  ok: false;
  reden: Reden;
  fieldErrors: Veldfouten;
  formError: string | null;
} & Partial<E>;

/** What every use case returns. `E` carries extra facts a failed form shows (a conflict, rule findings). */
export type Resultaat<T extends object = { melding: string }, E extends object = object> = ({ ok: true } & T) | Mislukt<E>;

/** Any outcome a use case can return. */
export type Uitkomst = { ok: true } | Mislukt<object>;

/** What a query returns: the data, or a refusal with its reason and a Dutch text. */
export type Gelezen<T> = { ok: true; data: T } | Weigering;
export type Weigering = { ok: false; reden: Reden; melding: string };

export const GEEN_TOESTEMMING = "Je hebt geen toestemming voor deze handeling.";
export const NIET_INGELOGD = "Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog een keer.";
export const ONLEESBAAR = "Dit verzoek kon niet worden gelezen. Vernieuw de pagina en probeer het opnieuw.";
export const NIET_GEVONDEN = "Dit bestaat niet (meer), of je hebt er geen toegang toe.";

/** Success, with what the caller needs to know (a message, the new id). */
export function gelukt<T extends object>(t: T): { ok: true } & T {
  return { ok: true, ...t };
}

/** A refusal for the whole form; by default a rule refused it (`regel`). */
export function formFout<E extends object = object>(formError: string, extra?: Partial<E> & { reden?: Reden }): Mislukt<E> {
  return { ok: false, reden: "regel", fieldErrors: {}, formError, ...extra } as Mislukt<E>;
}

/** A refusal at one or more fields; by default a rule refused it (`regel`). */
export function veldFouten<E extends object = object>(
  fieldErrors: Veldfouten,
  formError: string | null = null,
  extra?: Partial<E> & { reden?: Reden },
): Mislukt<E> {
  return { ok: false, reden: "regel", fieldErrors, formError, ...extra } as Mislukt<E>;
}
