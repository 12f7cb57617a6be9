"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { leesInwonerFormulier, type InwonerFormulier } from "@/domain/inwoner/invoer";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { legTredeVast, registreerInwoner, toonBsn, wijzigContactpersoon, zoekInwoners } from "@/server/inwoners/inwoners";
import type { ZoekState } from "./zoeken";

export type InwonerFormState = { waarden: InwonerFormulier; fouten: Record<string, string>; melding: string | null };

export async function registreerAction(_v: InwonerFormState, data: FormData): Promise<InwonerFormState> {
  const waarden = leesInwonerFormulier(data);
  const r = await registreerInwoner(await huidigeGebruiker(), waarden, "/gemeente/inwoners/nieuw");
  if (r.ok) redirect(`/gemeente/inwoners/${r.id}?geregistreerd=ja`);
  // The BSN is not sent back to the browser in the state; the field is refilled from what was typed only when valid.
  return { waarden, fouten: r.fouten, melding: r.melding };
}

const id = (data: FormData) => String(data.get("id") ?? "").slice(0, 60);

export async function toonBsnAction(
  _v: { bsn: string | null; melding: string | null },
  data: FormData,
): Promise<{ bsn: string | null; melding: string | null }> {
  const bsn = await toonBsn(await huidigeGebruiker(), id(data), "/gemeente/inwoners/[id]#toon-bsn");
  return bsn ? { bsn, melding: null } : { bsn: null, melding: "Je mag het BSN van deze inwoner niet zien." };
}

export type LadderState = { fouten: Record<string, string>; melding: string | null; gelukt: boolean; waarden: Record<string, string> };

export async function ladderAction(_v: LadderState, data: FormData): Promise<LadderState> {
  const waarden = {
    datum: String(data.get("datum") ?? "").slice(0, 20),
    trede: String(data.get("trede") ?? "").slice(0, 2),
    perspectiefTrede: String(data.get("perspectiefTrede") ?? "").slice(0, 2),
    toelichting: String(data.get("toelichting") ?? "").slice(0, 2000),
  };
  const r = await legTredeVast(await huidigeGebruiker(), id(data), waarden, "/gemeente/inwoners/[id]#ladder");
  if (r.ok) {
    revalidatePath(`/gemeente/inwoners/${id(data)}`);
    return { fouten: {}, melding: null, gelukt: true, waarden: { datum: "", trede: "", perspectiefTrede: "", toelichting: "" } };
  }
  return { fouten: r.fouten, melding: r.melding, gelukt: false, waarden };
}

export async function contactpersoonAction(
  _v: { melding: string | null; ok: boolean },
  data: FormData,
): Promise<{ melding: string | null; ok: boolean }> {
  const r = await wijzigContactpersoon(
    await huidigeGebruiker(),
    id(data),
    String(data.get("contactpersoonId") ?? "").slice(0, 60),
    "/gemeente/inwoners/[id]#contactpersoon",
  );
  if (r.ok) revalidatePath(`/gemeente/inwoners/${id(data)}`);
  return r;
}

export async function zoekAction(_v: ZoekState, data: FormData): Promise<ZoekState> {
  const q = String(data.get("q") ?? "").slice(0, 100);
  const mijn = data.get("mijn") === "ja";
  if (q.trim() === "" && !mijn) return { q, mijn, regels: null, melding: "Vul een naam, geboortedatum of BSN in." };
  const r = await zoekInwoners(await huidigeGebruiker(), q, "/gemeente/inwoners", mijn);
  return { q, mijn, regels: r.regels, melding: r.melding };
}
