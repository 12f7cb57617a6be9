import { z } from "zod";
import { PRODUCTCATEGORIE, PRODUCTCODE } from "../iwmo/codes";

// Issue 21 item 9 (ADR 0031): beheer sets a product's iWmo productcategorie and productcode. The
// category is a choice from code list WMO020, never free text; the code is the gemeente's own
// productcodetabel (there is no national list of Wmo product codes), so it is checked for the
// form LDT_ProductCode allows (here: 1 to 5 letters and digits) and must be unique.

export const iwmoProductSchema = z.object({
  productCode: z.string({ error: "Kies een product." }).regex(/^[A-Z0-9_]{1,40}$/, "Kies een product."),
  categorie: z
    .string({ error: "Kies een productcategorie uit de lijst." })
    .refine((c) => Object.hasOwn(PRODUCTCATEGORIE, c), "Kies een productcategorie uit de lijst."),
  code: z
    .string({ error: "Vul de productcode in." })
    .trim()
    .toUpperCase()
    .min(1, "Vul de productcode in.")
    .regex(PRODUCTCODE, "Een productcode heeft 1 tot 5 letters en cijfers, bijvoorbeeld 07W41."),
});
export type IwmoProductInvoer = z.input<typeof iwmoProductSchema>;

/** "07 Dagbesteding": how a category is shown. */
export const categorieLabel = (code: string) => `${code} ${PRODUCTCATEGORIE[code] ?? "(onbekende code)"}`;
