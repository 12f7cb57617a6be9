"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { planGesprek } from "@/server/toewijzingen/traject-gesprek";
import { meldGebeurtenis } from "@/server/toewijzingen/traject-melding";
import { slaPlanOp } from "@/server/toewijzingen/traject-plan";

// Bound to the toewijzing's id in the page; the id is parsed like any field (src/server/form-actie.ts).
const vernieuw = (_r: unknown, invoer: Record<string, unknown>) => {
  revalidatePath(`/aanbieder/toewijzingen/${String(invoer.id)}`);
  revalidatePath("/aanbieder");
};
export const planAction = gebondenFormActie(slaPlanOp, "id", { na: vernieuw });
export const meldingAction = gebondenFormActie(meldGebeurtenis, "id", { na: vernieuw });
export const gesprekAction = gebondenFormActie(planGesprek, "id", { na: vernieuw });
