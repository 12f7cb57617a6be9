"use server";

import { revalidatePath } from "next/cache";
import { deactiveerCollega, nodigCollegaUit } from "@/server/accounts/collegas";
import { formActie, gebondenFormActie } from "@/server/form-actie";

const vernieuw = () => revalidatePath("/aanbieder/collegas");

export const uitnodigenAction = formActie(nodigCollegaUit, { na: vernieuw });

// Bound to the colleague's id in the page; the id is parsed like any field.
export const deactiveerAction = gebondenFormActie(deactiveerCollega, "id", { na: vernieuw });
