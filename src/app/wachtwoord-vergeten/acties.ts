"use server";

import { z } from "zod";
import { vraagHerstelAan } from "@/server/auth/herstel";
import { clientAdres } from "@/server/verzoek";

export type VergetenState = { verstuurd: boolean; email: string; fout: string | null };

const schema = z.string().trim().toLowerCase().max(254).pipe(z.email("Vul een geldig e-mailadres in."));

export async function vergetenAction(_v: VergetenState, data: FormData): Promise<VergetenState> {
  const invoer = String(data.get("email") ?? "");
  const r = schema.safeParse(invoer);
  if (!r.success) return { verstuurd: false, email: invoer, fout: "Vul een geldig e-mailadres in." };
  await vraagHerstelAan(r.data, await clientAdres());
  return { verstuurd: true, email: "", fout: null };
}
