"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { corrigeerTarief, legTariefVast } from "@/server/beheer/tarieven";
import { leesVelden, naarState, type FormulierState } from "../_ui/formulier-state";

function vernieuw() {
  revalidatePath("/gemeente/beheer/tarieven");
  revalidatePath("/producten");
}

export async function legTariefVastAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["productCode", "jaar", "bedrag"] as const, 50);
  const r = await legTariefVast(await huidigeGebruiker(), waarden);
  if (r.ok) vernieuw();
  return naarState(r, waarden);
}

export async function corrigeerTariefAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["tarief", "bedrag"] as const, 50);
  const r = await corrigeerTarief(await huidigeGebruiker(), waarden);
  if (r.ok) vernieuw();
  return naarState(r, waarden);
}
