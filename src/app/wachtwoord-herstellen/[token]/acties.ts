"use server";

import { redirect } from "next/navigation";
import { tokenMelding } from "@/domain/tokens";
import { stelNieuwWachtwoordIn } from "@/server/auth/herstel";

export type HerstelState = { fout: string | null };

export async function herstelAction(token: string, _v: HerstelState, data: FormData): Promise<HerstelState> {
  const r = await stelNieuwWachtwoordIn(token.slice(0, 200), String(data.get("wachtwoord") ?? ""), String(data.get("herhaling") ?? ""));
  if (r.ok) redirect("/inloggen?hersteld=1");
  if (r.status && r.status !== "geldig") return { fout: tokenMelding[r.status] };
  return { fout: r.wachtwoordFout ?? "Dat ging niet goed. Probeer het opnieuw." };
}
