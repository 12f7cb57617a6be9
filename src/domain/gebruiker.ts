import { isAanbiederRol, type Rol } from "./rollen";

// The signed-in user as every entry point sees it (src/server/pipeline/), and the two kinds of
// user the rules tell apart. A type of its own so that the pipeline, the pages and the domain
// need not import the session code (which closed an import circle before issue 22).

export type Ingelogd = { id: string; naam: string; email: string; rol: Rol; aanbiederId: string | null };

/** A user of an aanbieder: an aanbieder role and the organisation they work for. */
export type AanbiederGebruiker = Ingelogd & { aanbiederId: string };

export function isAanbiederGebruiker(g: Ingelogd): g is AanbiederGebruiker {
  return isAanbiederRol(g.rol) && g.aanbiederId !== null;
}

/** Staff of the gemeente: a gemeente role and no aanbieder. */
export function isGemeenteGebruiker(g: Ingelogd): boolean {
  return !isAanbiederRol(g.rol) && g.aanbiederId === null;
}
