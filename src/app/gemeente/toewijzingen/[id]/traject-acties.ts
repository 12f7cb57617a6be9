"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { beantwoordGesprek, legGesprekUitkomstVast } from "@/server/toewijzingen/traject-gesprek";
import { markeerMeldingGelezen } from "@/server/toewijzingen/traject-melding";

// Issue 11: the contact person's answers on a traject. Bound to the melding's or gesprek's id.
const vernieuw = (r: { toewijzingId: string }) => {
  revalidatePath(`/gemeente/toewijzingen/${r.toewijzingId}`);
  revalidatePath("/gemeente");
};
export const gelezenAction = gebondenFormActie(markeerMeldingGelezen, "id", { na: vernieuw });
export const antwoordAction = gebondenFormActie(beantwoordGesprek, "id", { na: vernieuw });
export const uitkomstAction = gebondenFormActie(legGesprekUitkomstVast, "id", { na: vernieuw });
