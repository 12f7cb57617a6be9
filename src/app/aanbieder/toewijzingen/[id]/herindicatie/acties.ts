"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/form-actie";
import { vraagHerindicatieAan } from "@/server/toewijzingen/herindicatie";

// Bound to the toewijzing's id in the page; the id is parsed like any field.
export const herindicatieAction = gebondenFormActie(vraagHerindicatieAan, "id", {
  na: (_r, invoer) => revalidatePath(`/aanbieder/toewijzingen/${String(invoer.id)}/herindicatie`),
});
