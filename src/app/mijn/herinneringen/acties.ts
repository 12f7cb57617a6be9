"use server";

import { revalidatePath } from "next/cache";
import { zetHerinneringen } from "@/server/herinneringen/instellen";
import { formActie } from "@/server/pipeline/formulier";

export const zetHerinneringenAction = formActie(zetHerinneringen, { na: () => revalidatePath("/mijn/herinneringen") });
