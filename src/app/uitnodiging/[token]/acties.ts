"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { tokenMelding } from "@/domain/tokens";
import { aanvaardUitnodiging } from "@/server/accounts/uitnodigen";
import { cookieOpties } from "@/server/auth/geheimen";
import { TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";

export type AanvaardState = { fout: string | null };

export async function aanvaardAction(token: string, _v: AanvaardState, data: FormData): Promise<AanvaardState> {
  const r = await aanvaardUitnodiging(token.slice(0, 200), String(data.get("wachtwoord") ?? ""), String(data.get("herhaling") ?? ""));
  if (!r.ok) return { fout: r.status && r.status !== "geldig" ? tokenMelding[r.status] : (r.fout ?? "Dat ging niet goed.") };
  (await cookies()).set(TUSSENSTAP_COOKIE, r.ticket, cookieOpties("/", 300));
  redirect("/inloggen/tweestaps");
}
