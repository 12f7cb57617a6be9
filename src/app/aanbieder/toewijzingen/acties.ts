"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { meldStart, meldStop } from "@/server/toewijzingen/start-stop";

// Bound to the toewijzing's id in the page; the id is parsed like any field.
const vernieuw = () => revalidatePath("/aanbieder/toewijzingen");
export const startAction = gebondenFormActie(meldStart, "id", { na: vernieuw });
export const stopAction = gebondenFormActie(meldStop, "id", { na: vernieuw });
