import "server-only";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";
import type { UitvoerFilter } from "./uitvoer";

// Whose iWmo messages a user may see (issue 13): the gemeente every aanbieder's (iwmo:berichten),
// an aanbieder only its own (iwmo:berichten-eigen). Shared by the Berichten reads and use cases.

export type Bereik = { aanbiederId: string | null };

/** All (aanbiederId null), one aanbieder's, or none (undefined). */
export function bereik(g: Ingelogd | null): Bereik | undefined {
  if (!g) return undefined;
  if (mag(g.rol, "iwmo:berichten")) return { aanbiederId: null };
  if (mag(g.rol, "iwmo:berichten-eigen") && g.aanbiederId) return { aanbiederId: g.aanbiederId };
  return undefined;
}

export const waarVan = (b: Bereik) => (b.aanbiederId ? { aanbiederId: b.aanbiederId } : {});

/**
 * The caller's own outgoing messages: the gemeente's (301, 319) or one aanbieder's (305, 307, 323,
 * recorded when it reported in the portal). Each side downloads and marks only these (issue 21,
 * item 17): the gemeente's download no longer takes an aanbieder's messages and marks them sent.
 */
export const eigenUitgaand = (b: Bereik): UitvoerFilter =>
  b.aanbiederId ? { aanbiederId: b.aanbiederId, partij: "AANBIEDER" } : { partij: "GEMEENTE" };

export const bronVan = (g: Ingelogd) => (g.aanbiederId ? "/aanbieder/berichten" : "/gemeente/berichten");
