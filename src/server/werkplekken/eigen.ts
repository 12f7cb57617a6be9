import "server-only";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";

/** The werkplekken of the caller's own organisation; nothing for anyone else. */
export async function eigenWerkplekken(g: Ingelogd) {
  if (!mag(g.rol, "werkplek:beheren") || !g.aanbiederId) return [];
  return db.werkplek.findMany({
    where: { aanbiederId: g.aanbiederId },
    orderBy: [{ status: "asc" }, { titel: "asc" }],
    select: {
      id: true,
      slug: true,
      titel: true,
      plaats: true,
      status: true,
      updatedAt: true,
      plaatsenBeschikbaar: true,
      afwijzingsreden: true,
      revisie: { select: { status: true, afwijzingsreden: true } },
    },
  });
}

export async function eigenAanbieder(g: Ingelogd) {
  if (!g.aanbiederId) return null;
  return db.aanbieder.findUnique({ where: { id: g.aanbiederId }, select: { naam: true } });
}
