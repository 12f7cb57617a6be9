"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseVersie } from "@/domain/werkplek-invoer";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { keurGoed, wijsAf } from "@/server/werkplekken/inhoudscheck";

export type BeoordelingState = { melding: string | null; fouten: Record<string, string>; reden: string };

function lees(data: FormData) {
  return { id: String(data.get("id") ?? "").slice(0, 60), versie: parseVersie(data.get("versie")) };
}

export async function goedkeurenAction(_v: BeoordelingState, data: FormData): Promise<BeoordelingState> {
  const { id, versie } = lees(data);
  const afgevinkt = data
    .getAll("checklist")
    .filter((v): v is string => typeof v === "string")
    .slice(0, 10);
  const r = await keurGoed(await huidigeGebruiker(), id, versie, afgevinkt);
  if (!r.ok) return { melding: r.melding, fouten: r.fouten, reden: "" };
  revalidatePath("/gemeente/inhoudscheck");
  redirect("/gemeente/inhoudscheck?beoordeeld=goedgekeurd");
}

export async function afwijzenAction(_v: BeoordelingState, data: FormData): Promise<BeoordelingState> {
  const { id, versie } = lees(data);
  const reden = String(data.get("reden") ?? "").slice(0, 5000);
  const r = await wijsAf(await huidigeGebruiker(), id, versie, reden);
  if (!r.ok) return { melding: r.melding, fouten: r.fouten, reden };
  revalidatePath("/gemeente/inhoudscheck");
  redirect("/gemeente/inhoudscheck?beoordeeld=afgewezen");
}
