"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";
import { geefToewijzingAf, trekIn } from "@/server/toewijzingen/toewijzingen";
import { wijzigEinddatum } from "@/server/toewijzingen/wijzigingen";

export const afgevenAction = formActie(geefToewijzingAf, {
  na: (r) => {
    revalidatePath(`/gemeente/inwoners/${r.inwonerId}`);
    redirect(`/gemeente/toewijzingen/${r.id}?afgegeven=ja`);
  },
});

/** Bound to the toewijzing's id in the page; the id is parsed like any field. */
export const intrekkenAction = gebondenFormActie(trekIn, "id", { na: (r) => revalidatePath(`/gemeente/toewijzingen/${r.id}`) });

/** Issue 11: end early or correct the end date; bound to the toewijzing's id in the page. */
export const einddatumAction = gebondenFormActie(wijzigEinddatum, "id", { na: (r) => revalidatePath(`/gemeente/toewijzingen/${r.id}`) });
