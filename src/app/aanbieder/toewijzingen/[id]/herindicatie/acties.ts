"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { vraagHerindicatieAan } from "@/server/toewijzingen/herindicatie";

// Bound to the toewijzing's id in the page; the id is parsed like any field.
export const herindicatieAction = gebondenFormActie(vraagHerindicatieAan, "id", {
  // The form gives way to the open request, so the page says what happened.
  na: (_r, invoer) => {
    const pad = `/aanbieder/toewijzingen/${String(invoer.id)}/herindicatie`;
    revalidatePath(pad);
    redirect(`${pad}?aangevraagd=ja`);
  },
});
