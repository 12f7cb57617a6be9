"use server";

import { revalidatePath } from "next/cache";
import { keurDeclaratieGoed, wijsDeclaratieAf } from "@/server/declaraties/beoordelen";
import { maakBetaalrun } from "@/server/declaraties/betaalruns";
import { draaiTerugDoorGemeente } from "@/server/declaraties/correcties";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";

const vernieuw = () => revalidatePath("/gemeente/declaraties");
/** Bound to the line's id in the page; the id is parsed like any field. */
export const goedkeurAction = gebondenFormActie(keurDeclaratieGoed, "id", { na: vernieuw });
export const afwijsAction = gebondenFormActie(wijsDeclaratieAf, "id", { na: vernieuw });
export const terugdraaiAction = gebondenFormActie(draaiTerugDoorGemeente, "id", { na: vernieuw });
export const betaalrunAction = formActie(maakBetaalrun, { na: vernieuw });
