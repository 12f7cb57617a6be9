import "server-only";
import { mag, type Actie } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";

// The permission check the beheer read functions start with (changes go through the pipeline).
// The page checks the permission too (vereisGebruiker), but that is a convenience: this is the check.

export function magBeheren(g: Ingelogd | null, actie: Actie): g is Ingelogd {
  return Boolean(g && mag(g.rol, actie));
}
