"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import {
  legTredeNaTrajectVast,
  markeerEindverantwoordingGelezen,
  stuurEindverantwoordingTerug,
} from "@/server/toewijzingen/eindverantwoording-opvolgen";

// Bound to the toewijzing's id in the page; the id is parsed like any field. After success the
// form it came from is gone (the report changed state), so the page says what happened.
const daarna = (gedaan: string) => (_r: unknown, invoer: Record<string, unknown>) => {
  const pad = `/gemeente/toewijzingen/${String(invoer.id)}`;
  revalidatePath(pad);
  redirect(`${pad}/eindverantwoording?gedaan=${gedaan}`);
};
export const terugsturenAction = gebondenFormActie(stuurEindverantwoordingTerug, "id", { na: daarna("teruggestuurd") });
export const gelezenAction = gebondenFormActie(markeerEindverantwoordingGelezen, "id", { na: daarna("gelezen") });
export const tredeAction = gebondenFormActie(legTredeNaTrajectVast, "id", { na: daarna("trede") });
