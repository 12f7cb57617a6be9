"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { besluitOverHerindicatie } from "@/server/toewijzingen/herindicatie";

// Bound to the REQUEST's id in the page; the id is parsed like any field.
export const besluitAction = gebondenFormActie(besluitOverHerindicatie, "id", {
  na: (r) => {
    revalidatePath(`/gemeente/toewijzingen/${r.toewijzingId}`);
    redirect(`/gemeente/toewijzingen/${r.toewijzingId}/herindicatie?besloten=ja`);
  },
});
