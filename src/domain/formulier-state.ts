// What a form keeps between submissions (useActionState), the same for every form of the portal:
// the outcome of the use case (src/server/pipeline.ts) plus the values as typed, so an error
// never empties the form. Secrets (passwords, a BSN) are never echoed back in `values`.

export type FormState<T extends object = object> = {
  /** null: nothing sent yet. */
  ok: boolean | null;
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** The success message, when the use case gives one. */
  melding: string | null;
  values: Record<string, string>;
} & Partial<T>;

export const LEGE_STAAT: FormState = { ok: null, fieldErrors: {}, formError: null, melding: null, values: {} };

/** The initial state for a form whose fields start with these values. */
export function beginStaat<T extends object = object>(values: Record<string, string> = {}): FormState<T> {
  return { ...LEGE_STAAT, values } as FormState<T>;
}
