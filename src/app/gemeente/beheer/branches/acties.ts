"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { voegBrancheToe, wijzigBranche } from "@/server/beheer/branches";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";

function vernieuw() {
  revalidatePath("/gemeente/beheer/branches");
  revalidatePath("/werkplekken");
}

export const voegBrancheToeAction = formActie(voegBrancheToe, { na: vernieuw });

/** Bound to the branche's id in the edit page; the id is parsed like any field. */
export const wijzigBrancheAction = gebondenFormActie(wijzigBranche, "id", {
  na: (r) => {
    vernieuw();
    redirect(`/gemeente/beheer/branches?gewijzigd=${encodeURIComponent(r.id)}`);
  },
});
