"use server";

import { revalidatePath } from "next/cache";
import { legGrensVast } from "@/server/beheer/vrijwilligersvergoeding";
import { formActie } from "@/server/pipeline/formulier";

export const legGrensVastAction = formActie(legGrensVast, { na: () => revalidatePath("/gemeente/beheer/vrijwilligersvergoeding") });
