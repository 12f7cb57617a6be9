"use server";

import { revalidatePath } from "next/cache";
import { deactiveerMedewerker, nodigMedewerkerUit, wijzigRol } from "@/server/beheer/medewerkers";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";

const vernieuw = () => revalidatePath("/gemeente/beheer/medewerkers");

export const nodigMedewerkerUitAction = formActie(nodigMedewerkerUit, { na: vernieuw });

// The two below are bound to the medewerker's id in the page; the id is parsed like any field.
export const wijzigRolAction = gebondenFormActie(wijzigRol, "id", { na: vernieuw, houdWaarden: true });
export const deactiveerMedewerkerAction = gebondenFormActie(deactiveerMedewerker, "id", { na: vernieuw });
