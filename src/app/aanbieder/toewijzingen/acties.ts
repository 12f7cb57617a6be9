"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { meldStart, meldStop, type MeldingUitkomst } from "@/server/toewijzingen/toewijzingen";

export type MeldState = MeldingUitkomst & { waarden: Record<string, string> };

const lees = (data: FormData, k: string) => String(data.get(k) ?? "").slice(0, 60);

export async function startAction(_v: MeldState, data: FormData): Promise<MeldState> {
  const waarden = { datum: lees(data, "datum") };
  const r = await meldStart(await huidigeGebruiker(), lees(data, "id"), waarden.datum, "/aanbieder/toewijzingen#start");
  if (r.ok) revalidatePath("/aanbieder/toewijzingen");
  return { ...r, waarden };
}

export async function stopAction(_v: MeldState, data: FormData): Promise<MeldState> {
  const waarden = { datum: lees(data, "datum"), reden: lees(data, "reden") };
  const r = await meldStop(await huidigeGebruiker(), lees(data, "id"), waarden.datum, waarden.reden, "/aanbieder/toewijzingen#stop");
  if (r.ok) revalidatePath("/aanbieder/toewijzingen");
  return { ...r, waarden };
}
