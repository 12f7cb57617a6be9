"use server";

import { revalidatePath } from "next/cache";
import { aanbiederVelden, type AanbiederInvoer } from "@/domain/aanbieder";
import { registreerAanbieder } from "@/server/accounts/aanbieder-registreren";
import { huidigeGebruiker } from "@/server/auth/sessie";

export type RegistratieState = {
  waarden: Record<string, string>;
  fouten: Partial<Record<keyof AanbiederInvoer, string>>;
  melding: string | null;
  gelukt: string | null;
};

export async function registreerAction(_v: RegistratieState, data: FormData): Promise<RegistratieState> {
  const waarden = Object.fromEntries(aanbiederVelden.map((k) => [k, String(data.get(k) ?? "").slice(0, 300)])) as AanbiederInvoer;
  const r = await registreerAanbieder(await huidigeGebruiker(), waarden);
  if (r.ok) {
    revalidatePath("/gemeente/aanbieders");
    return { waarden: {}, fouten: {}, melding: null, gelukt: r.naam };
  }
  return { waarden, fouten: r.fouten, melding: r.formulierfout ?? null, gelukt: null };
}
