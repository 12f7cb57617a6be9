import { z } from "zod";
import { ID_PATROON } from "./id";

// Free places (issue 10): the one number an aanbieder changes often, from the werkplekken list,
// without a content check (it says nothing about the content the gemeente checked).

export const MAX_PLEKKEN = 99;

export const vrijePlekkenSchema = z.object({
  id: z.string().regex(ID_PATROON, "Deze werkplek bestaat niet of hoort niet bij jouw organisatie."),
  plaatsenBeschikbaar: z
    .string({ error: "Vul het aantal vrije plekken in als heel getal, bijvoorbeeld 2." })
    .trim()
    .regex(/^\d{1,2}$/, `Vul het aantal vrije plekken in als heel getal van 0 tot en met ${MAX_PLEKKEN}.`)
    .transform(Number),
});

/** "Nu geen plek vrij", "1 plek vrij", "3 plekken vrij". */
export function vrijePlekkenTekst(n: number): string {
  return n === 0 ? "Nu geen plek vrij" : n === 1 ? "1 plek vrij" : `${n} plekken vrij`;
}
