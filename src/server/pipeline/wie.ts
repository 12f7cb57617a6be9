import { mag, type Actie } from "@/domain/permissies";
import { isAanbiederGebruiker, isGemeenteGebruiker, type AanbiederGebruiker, type Ingelogd } from "@/domain/gebruiker";
import { GEEN_TOESTEMMING, NIET_INGELOGD, type Reden } from "./uitkomst";

// Who may call an entry point, declared once per use case or query and checked here, before the
// input is even parsed: so an anonymous caller learns nothing of the form or the data.

/** The permission (src/domain/permissies.ts), or "publiek" (anyone, also anonymous) / "ingelogd". */
export type Toegang = Actie | "publiek" | "ingelogd";

/** Which kind of signed-in user: staff of the gemeente, or a user of an aanbieder (with its organisation). */
export type Wie = "gemeente" | "aanbieder";

/** The caller as the entry point sees it, after the checks: never null unless public. */
export type GebruikerVoor<A, W> = A extends "publiek" ? Ingelogd | null : W extends "aanbieder" ? AanbiederGebruiker : Ingelogd;

export type WieMag<A extends Toegang, W extends Wie | undefined> = {
  /** The permission, or "publiek" / "ingelogd". */
  toegang: A;
  /** Only staff of the gemeente, or only aanbieder users (with their organisation). */
  wie?: W;
  /** Said when the permission is missing; a plain default otherwise. */
  geenToegang?: string;
  /** A further condition on the caller (rare: prefer `toegang` and `wie`). False is a refusal. */
  magGebruiker?: (g: GebruikerVoor<A, W>) => boolean;
};

export type Toegangsweigering = { reden: Extract<Reden, "niet-ingelogd" | "geen-toegang">; melding: string };

/** Null when this caller may go on; else why not, in words and as a reason. */
export function toegangsweigering<A extends Toegang, W extends Wie | undefined>(
  def: WieMag<A, W>,
  g: Ingelogd | null,
): Toegangsweigering | null {
  const geen: Toegangsweigering = { reden: "geen-toegang", melding: def.geenToegang ?? GEEN_TOESTEMMING };
  if (def.toegang !== "publiek") {
    if (!g) return { reden: "niet-ingelogd", melding: NIET_INGELOGD };
    if (def.toegang !== "ingelogd" && !mag(g.rol, def.toegang)) return geen;
  }
  if (def.wie === "gemeente" && !(g && isGemeenteGebruiker(g))) return g ? geen : { reden: "niet-ingelogd", melding: NIET_INGELOGD };
  if (def.wie === "aanbieder" && !(g && isAanbiederGebruiker(g))) return g ? geen : { reden: "niet-ingelogd", melding: NIET_INGELOGD };
  if (def.magGebruiker && !def.magGebruiker(g as GebruikerVoor<A, W>)) return geen;
  return null;
}
