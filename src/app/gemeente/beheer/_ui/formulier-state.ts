import type { Uitkomst } from "@/server/beheer/uitkomst";

// The state a beheer form keeps between submissions (useActionState): the typed values (so an
// error never empties the form), a message per field, and a message for the whole form.

export type FormulierState = {
  waarden: Record<string, string>;
  fouten: Record<string, string | undefined>;
  melding: string | null;
  gelukt: string | null;
};

export const LEEG: FormulierState = { waarden: {}, fouten: {}, melding: null, gelukt: null };

/** The named fields as text, cut to a sane length before anything else looks at them. */
export function leesVelden<K extends string>(data: FormData, velden: readonly K[], max = 300): Record<K, string> {
  return Object.fromEntries(
    velden.map((k) => {
      const v = data.get(k);
      return [k, typeof v === "string" ? v.slice(0, max) : ""];
    }),
  ) as Record<K, string>;
}

export function naarState(r: Uitkomst, waarden: Record<string, string>): FormulierState {
  if (r.ok) return { waarden: {}, fouten: {}, melding: null, gelukt: r.melding };
  return { waarden, fouten: r.fouten as Record<string, string | undefined>, melding: r.melding ?? null, gelukt: null };
}
