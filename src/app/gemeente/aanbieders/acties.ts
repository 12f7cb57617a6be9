"use server";

import { revalidatePath } from "next/cache";
import { registreerAanbieder } from "@/server/accounts/aanbieder-registreren";
import { formActie } from "@/server/pipeline/formulier";

export const registreerAction = formActie(registreerAanbieder, { na: () => revalidatePath("/gemeente/aanbieders") });
