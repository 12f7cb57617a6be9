"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/server/auth/config";
import { cookieOpties } from "@/server/auth/geheimen";
import { controleerWachtwoordStap, inlogSchema, registreerFouteCode } from "@/server/auth/inloggen";
import { leesTicket, TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { clientAdres } from "@/server/verzoek";

export type InlogState = { email: string; fouten: { email?: string; wachtwoord?: string }; melding: string | null };
export type CodeState = { melding: string | null };

export async function inloggenAction(_vorige: InlogState, data: FormData): Promise<InlogState> {
  const invoer = { email: String(data.get("email") ?? ""), wachtwoord: String(data.get("wachtwoord") ?? "") };
  const r = inlogSchema.safeParse(invoer);
  if (!r.success) {
    const f = r.error.flatten().fieldErrors;
    return { email: invoer.email, fouten: { email: f.email?.[0], wachtwoord: f.wachtwoord?.[0] }, melding: null };
  }
  const stap = await controleerWachtwoordStap(r.data.email, r.data.wachtwoord, await clientAdres());
  if (!stap.ok) return { email: invoer.email, fouten: {}, melding: stap.melding };
  (await cookies()).set(TUSSENSTAP_COOKIE, stap.ticket, cookieOpties("/", 300));
  if (stap.volgende === "demo") await signIn("credentials", { ticket: stap.ticket, code: "", redirectTo: "/mijn" });
  redirect(stap.volgende === "code" ? "/inloggen/code" : "/inloggen/tweestaps");
}

export async function codeAction(_vorige: CodeState, data: FormData): Promise<CodeState> {
  const ticket = (await cookies()).get(TUSSENSTAP_COOKIE)?.value;
  const t = leesTicket(ticket);
  if (!t) return { melding: "Je bent te lang bezig geweest. Log opnieuw in met je e-mailadres en wachtwoord." };
  const code = String(data.get("code") ?? "")
    .trim()
    .slice(0, 40);
  if (!code) return { melding: "Vul de code uit je app in, of een herstelcode." };
  try {
    await signIn("credentials", { ticket, code, redirectTo: "/mijn" });
  } catch (e) {
    if (e instanceof AuthError) {
      await registreerFouteCode(t.gebruikerId, await clientAdres());
      return { melding: "Deze code klopt niet. Kijk of je de nieuwste code uit je app gebruikt." };
    }
    throw e;
  }
  return { melding: null };
}
