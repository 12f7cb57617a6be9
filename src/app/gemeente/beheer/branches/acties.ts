"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { voegBrancheToe, wijzigBranche } from "@/server/beheer/branches";
import { leesVelden, naarState, type FormulierState } from "../_ui/formulier-state";

function vernieuw() {
  revalidatePath("/gemeente/beheer/branches");
  revalidatePath("/werkplekken");
}

export async function voegBrancheToeAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["naam", "omschrijving"] as const, 500);
  const r = await voegBrancheToe(await huidigeGebruiker(), waarden);
  if (r.ok) vernieuw();
  return naarState(r, waarden);
}

/** Bound to the branche's id in the edit page (a server component), never in the browser. */
export async function wijzigBrancheAction(id: string, _v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["naam", "omschrijving"] as const, 500);
  const r = await wijzigBranche(await huidigeGebruiker(), id, waarden);
  if (!r.ok) return naarState(r, waarden);
  vernieuw();
  redirect(`/gemeente/beheer/branches?gewijzigd=${encodeURIComponent(id)}`);
}
