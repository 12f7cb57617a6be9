import "server-only";
import type { z } from "zod";
import { mag, type Actie } from "@/domain/permissies";
import { eersteFoutPerVeld } from "@/domain/veldfouten";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";

// What every beheer use case returns, and the permission check each of them starts with. The page
// checks the permission too (vereisGebruiker), but that is a convenience: this is the check.

export type Uitkomst<V extends string = string> =
  { ok: true; melding: string } | { ok: false; fouten: Partial<Record<V, string>>; melding?: string };

export function magBeheren(g: Ingelogd | null, actie: Actie): g is Ingelogd {
  return Boolean(g && mag(g.rol, actie));
}

/** A refused change is logged as such: who tried what, from where. */
export async function geweigerd(
  g: Ingelogd | null,
  activiteit: string,
  bron: string,
  melding: string,
): Promise<{ ok: false; fouten: Record<string, never>; melding: string }> {
  await audit({ gebruikerId: g?.id, activiteit, bron, uitkomst: "geweigerd" });
  return { ok: false, fouten: {}, melding };
}

/** The first message per field, as the forms show them. */
export function veldfouten<V extends string>(error: z.ZodError): Partial<Record<V, string>> {
  return eersteFoutPerVeld(error) as Partial<Record<V, string>>;
}

export { isUniekFout } from "../db";
