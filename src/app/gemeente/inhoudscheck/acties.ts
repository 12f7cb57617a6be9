"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formActie } from "@/server/pipeline/formulier";
import { keurWerkplekGoed, wijsWerkplekAf } from "@/server/werkplekken/inhoudscheck";

// The id and version of the werkplek come as hidden fields and are parsed by the use case's schema.

export const goedkeurenAction = formActie(keurWerkplekGoed, {
  na: () => {
    revalidatePath("/gemeente/inhoudscheck");
    revalidatePath("/werkplekken");
    redirect("/gemeente/inhoudscheck?beoordeeld=goedgekeurd");
  },
});

export const afwijzenAction = formActie(wijsWerkplekAf, {
  na: () => {
    revalidatePath("/gemeente/inhoudscheck");
    redirect("/gemeente/inhoudscheck?beoordeeld=afgewezen");
  },
});
