"use server";

import { revalidatePath } from "next/cache";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { handelInteresseAf, koppelInteresse, wijsInteresseToe } from "@/server/interesse/wachtrij";

// Bound to the request's id in the page; the id is parsed like any field.
const vernieuw = () => revalidatePath("/gemeente/interesse");
export const toewijzenAction = gebondenFormActie(wijsInteresseToe, "id", { na: vernieuw });
export const koppelenAction = gebondenFormActie(koppelInteresse, "id", { na: vernieuw });
export const afhandelenAction = gebondenFormActie(handelInteresseAf, "id", { na: vernieuw });
