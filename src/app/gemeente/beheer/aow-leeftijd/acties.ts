"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { voegAowCohortToe } from "@/server/beheer/aow";
import { leesVelden, naarState, type FormulierState } from "../_ui/formulier-state";

export async function voegAowCohortToeAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["geborenVanaf", "geborenTotMet", "jaren", "maanden"] as const, 30);
  const r = await voegAowCohortToe(await huidigeGebruiker(), waarden);
  if (r.ok) revalidatePath("/gemeente/beheer/aow-leeftijd");
  return naarState(r, waarden);
}
