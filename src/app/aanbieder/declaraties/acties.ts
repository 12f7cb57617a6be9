"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/domain/formulier-state";
import { corrigeerRegel, draaiTerug } from "@/server/declaraties/correcties";
import { dienMaandIn } from "@/server/declaraties/maand-indienen";
import { legVergoedingVast } from "@/server/declaraties/vergoedingen";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";

const vernieuw = () => revalidatePath("/aanbieder/declaraties");
const maand = formActie(dienMaandIn);

/** Some lines may be stored while others come back with an error: refresh the page either way. */
export async function maandAction(vorige: FormState, data: FormData) {
  const s = await maand(vorige as never, data);
  vernieuw();
  return s;
}

/** Bound to the line's id in the page; the id is parsed like any field. */
export const correctieAction = gebondenFormActie(corrigeerRegel, "id", { na: vernieuw });
export const terugdraaiAction = gebondenFormActie(draaiTerug, "id", { na: vernieuw });

export const vergoedingAction = formActie(legVergoedingVast, {
  na: () => revalidatePath("/aanbieder/declaraties/vrijwilligersvergoeding"),
});
