"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { bewaarEindverantwoording } from "@/server/toewijzingen/eindverantwoording";

// Bound to the toewijzing's id in the page; the id is parsed like any field.
export const eindverantwoordingAction = gebondenFormActie(bewaarEindverantwoording, "id", {
  houdWaarden: true,
  na: (_r, invoer) => {
    const pad = `/aanbieder/toewijzingen/${String(invoer.id)}/eindverantwoording`;
    revalidatePath(pad);
    if (invoer.actie === "indienen") redirect(`${pad}?ingediend=ja`);
  },
});
