"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Fout } from "@/domain/toewijzing/bevinding";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { geefToewijzingAf, trekIn, type AfgifteFormulier } from "@/server/toewijzingen/toewijzingen";

export type AfgifteState = { waarden: AfgifteFormulier; fouten: Record<string, string>; regelFouten: Fout[]; melding: string | null };

const VELDEN = [
  "inwonerId",
  "productCode",
  "aanbiederId",
  "werkplekId",
  "startdatum",
  "einddatum",
  "urenPerWeek",
  "verlengingVanId",
] as const;

export async function afgevenAction(_v: AfgifteState, data: FormData): Promise<AfgifteState> {
  const waarden = Object.fromEntries(VELDEN.map((k) => [k, String(data.get(k) ?? "").slice(0, 60)])) as AfgifteFormulier;
  const r = await geefToewijzingAf(await huidigeGebruiker(), waarden, "/gemeente/toewijzingen/nieuw");
  if (r.ok) {
    revalidatePath(`/gemeente/inwoners/${waarden.inwonerId}`);
    redirect(`/gemeente/toewijzingen/${r.id}?afgegeven=ja`);
  }
  return { waarden, fouten: r.fouten, regelFouten: r.regelFouten, melding: r.melding };
}

export async function intrekkenAction(
  _v: { melding: string | null; ok: boolean },
  data: FormData,
): Promise<{ melding: string | null; ok: boolean }> {
  const id = String(data.get("id") ?? "").slice(0, 60);
  const r = await trekIn(
    await huidigeGebruiker(),
    id,
    String(data.get("reden") ?? "").slice(0, 2000),
    "/gemeente/toewijzingen/[id]#intrekken",
  );
  if (r.ok) revalidatePath(`/gemeente/toewijzingen/${id}`);
  return r;
}
