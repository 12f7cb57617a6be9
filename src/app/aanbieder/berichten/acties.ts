"use server";

import { revalidatePath } from "next/cache";
import { leesBerichtenIn } from "@/server/iwmo/berichtenverkeer";
import { formActie } from "@/server/pipeline/formulier";

export const leesBerichtenInAction = formActie(leesBerichtenIn, { na: () => revalidatePath("/aanbieder/berichten") });
