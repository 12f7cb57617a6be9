"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { werkVrijePlekkenBij } from "@/server/werkplekken/plekken";

/** Bound to the werkplek's id in the list; the id is parsed like any field. */
export const vrijePlekkenAction = gebondenFormActie(werkVrijePlekkenBij, "id", {
  houdWaarden: true,
  na: () => {
    revalidatePath("/aanbieder");
    revalidatePath("/werkplekken");
  },
});
