"use server";

import { revalidatePath } from "next/cache";
import { beantwoordVerzoek, leesBerichtenIn } from "@/server/iwmo/berichtenverkeer";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";

export const leesBerichtenInAction = formActie(leesBerichtenIn, { na: () => revalidatePath("/gemeente/berichten") });
export const beantwoordVerzoekAction = gebondenFormActie(beantwoordVerzoek, "id", { na: () => revalidatePath("/gemeente/berichten") });
