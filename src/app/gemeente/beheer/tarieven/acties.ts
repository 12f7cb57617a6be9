"use server";

import { revalidatePath } from "next/cache";
import { corrigeerTarief, legTariefVast } from "@/server/beheer/tarieven";
import { formActie } from "@/server/pipeline/formulier";

function vernieuw() {
  revalidatePath("/gemeente/beheer/tarieven");
  revalidatePath("/producten");
}

export const legTariefVastAction = formActie(legTariefVast, { na: vernieuw });
export const corrigeerTariefAction = formActie(corrigeerTarief, { na: vernieuw });
