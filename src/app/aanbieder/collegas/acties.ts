"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deactiveerCollega, nodigCollegaUit, trekUitnodigingIn, verstuurUitnodigingOpnieuw } from "@/server/accounts/collegas";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";
import type { CollegaGedaan } from "./meldingen";

const PAD = "/aanbieder/collegas";
const vernieuw = () => revalidatePath(PAD);
// A row's button may leave the list (or lose the button) on success: the page says what was done.
const naar = (gedaan: CollegaGedaan) => () => {
  vernieuw();
  redirect(`${PAD}?gedaan=${gedaan}#collegas`);
};

export const uitnodigenAction = formActie(nodigCollegaUit, { na: vernieuw });

// Bound to the colleague's (or the invitation's) id in the page; the id is parsed like any field.
export const deactiveerAction = gebondenFormActie(deactiveerCollega, "id", { na: naar("gedeactiveerd") });
export const opnieuwUitnodigenAction = gebondenFormActie(verstuurUitnodigingOpnieuw, "id", { na: naar("opnieuw") });
export const intrekkenAction = gebondenFormActie(trekUitnodigingIn, "id", { na: naar("ingetrokken") });
