"use server";

import { cookies } from "next/headers";
import { signIn } from "@/server/auth/config";
import { cookieOpties } from "@/server/auth/geheimen";
import { tweestapsBevestigen } from "@/server/auth/tweestaps";
import { leesTicket, TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { HERSTELCODES_COOKIE } from "../../mijn/herstelcodes/cookie";

export type TweestapsState = { melding: string | null };

export async function tweestapsAction(_v: TweestapsState, data: FormData): Promise<TweestapsState> {
  const jar = await cookies();
  const ticket = jar.get(TUSSENSTAP_COOKIE)?.value;
  const t = leesTicket(ticket);
  if (!t) return { melding: "Je bent te lang bezig geweest. Log opnieuw in met je e-mailadres en wachtwoord." };
  const code = String(data.get("code") ?? "")
    .trim()
    .slice(0, 20);
  const codes = await tweestapsBevestigen(t.gebruikerId, code);
  if (!codes) return { melding: "Deze code klopt niet. Scan de QR-code opnieuw en vul de nieuwste code uit je app in." };
  // Shown once on the next page, then deleted; short-lived and readable only by the server.
  jar.set(HERSTELCODES_COOKIE, codes.join(" "), cookieOpties("/mijn/herstelcodes", 600, "strict"));
  await signIn("credentials", { ticket, code, redirectTo: "/mijn/herstelcodes" });
  return { melding: null };
}
