import { mag } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";

/**
 * Who of the gemeente reads the declaraties pages: whoever checks lines or pays them. Spread into
 * a query's definition (`...gemeenteLezer`).
 */
export const gemeenteLezer = {
  toegang: "ingelogd",
  wie: "gemeente",
  magGebruiker: (g: Ingelogd) => mag(g.rol, "declaratie:beoordelen") || mag(g.rol, "declaratie:betalen"),
} as const;
