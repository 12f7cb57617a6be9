import "server-only";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";

const BESTAND = /^[a-f0-9]{32}\.jpg$/;

/**
 * May this caller see this photo? Everyone, when it belongs to a published werkplek; otherwise
 * only the organisation that uploaded it and the content check.
 */
export async function fotoZichtbaar(g: Ingelogd | null, bestand: string): Promise<boolean> {
  if (!BESTAND.test(bestand)) return false;
  const foto = await db.foto.findUnique({
    where: { bestand },
    select: { aanbiederId: true, werkplekken: { where: { werkplek: { status: "GEPUBLICEERD" } }, select: { werkplekId: true }, take: 1 } },
  });
  if (!foto) return false;
  if (foto.werkplekken.length > 0) return true;
  if (!g) return false;
  if (mag(g.rol, "inhoudscheck:beoordelen")) return true;
  return mag(g.rol, "werkplek:beheren") && g.aanbiederId === foto.aanbiederId;
}
