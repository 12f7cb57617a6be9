"use server";

import { revalidatePath } from "next/cache";
import { leesBerichtenIn } from "@/server/iwmo/berichten";
import { formActie } from "@/server/form-actie";

export const leesBerichtenInAction = formActie(leesBerichtenIn, { na: () => revalidatePath("/aanbieder/berichten") });
