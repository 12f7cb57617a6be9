"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { deactiveerMedewerker, nodigMedewerkerUit, wijzigRol } from "@/server/beheer/medewerkers";
import { leesVelden, naarState, type FormulierState } from "../_ui/formulier-state";

const PAD = "/gemeente/beheer/medewerkers";

export async function nodigMedewerkerUitAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["naam", "email", "rol"] as const);
  const r = await nodigMedewerkerUit(await huidigeGebruiker(), waarden);
  if (r.ok) revalidatePath(PAD);
  return naarState(r, waarden);
}

// The two below are bound to the medewerker's id in the page (a server component).

export async function wijzigRolAction(id: string, _v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["rol"] as const, 40);
  const r = await wijzigRol(await huidigeGebruiker(), id, waarden.rol);
  if (r.ok) revalidatePath(PAD);
  return naarState(r, waarden);
}

export async function deactiveerMedewerkerAction(id: string, _v: FormulierState, _data: FormData): Promise<FormulierState> {
  const r = await deactiveerMedewerker(await huidigeGebruiker(), id);
  if (r.ok) revalidatePath(PAD);
  return naarState(r, {});
}
