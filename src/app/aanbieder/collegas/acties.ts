"use server";

import { revalidatePath } from "next/cache";
import { deactiveerCollega, nodigCollegaUit } from "@/server/accounts/collegas";
import { huidigeGebruiker } from "@/server/auth/sessie";

export type CollegaState = {
  waarden: Record<string, string>;
  fouten: Partial<Record<"naam" | "email" | "rol", string>>;
  melding: string | null;
  gelukt: string | null;
};

export async function uitnodigenAction(_v: CollegaState, data: FormData): Promise<CollegaState> {
  const waarden = {
    naam: String(data.get("naam") ?? "").slice(0, 200),
    email: String(data.get("email") ?? "").slice(0, 300),
    rol: String(data.get("rol") ?? ""),
  };
  const r = await nodigCollegaUit(await huidigeGebruiker(), waarden);
  if (!r.ok) return { waarden, fouten: r.fouten, melding: r.melding ?? null, gelukt: null };
  revalidatePath("/aanbieder/collegas");
  return { waarden: {}, fouten: {}, melding: null, gelukt: `${r.naam} heeft een uitnodiging per e-mail gekregen.` };
}

export async function deactiveerAction(_v: { melding: string | null }, data: FormData): Promise<{ melding: string | null }> {
  const r = await deactiveerCollega(await huidigeGebruiker(), String(data.get("id") ?? "").slice(0, 60));
  revalidatePath("/aanbieder/collegas");
  return { melding: r.melding };
}
