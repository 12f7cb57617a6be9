"use server";

import { revalidatePath } from "next/cache";
import { voegAowCohortToe } from "@/server/beheer/aow";
import { formActie } from "@/server/pipeline/formulier";

export const voegAowCohortToeAction = formActie(voegAowCohortToe, { na: () => revalidatePath("/gemeente/beheer/aow-leeftijd") });
