import "server-only";
import { isId } from "@/domain/id";
import { db } from "../../db";

// Shared by the werkplek entry points (../beheer.ts): not entry points themselves, their callers
// have checked the user and pass the organisation.

/**
 * Photo id → file name, to preview the photos in the form. Only photos of the given organisation:
 * the ids come back from the browser after a failed save, so a crafted id of another aanbieder's
 * photo yields nothing.
 */
export async function fotoBestandenVan(aanbiederId: string, ids: string[]): Promise<Record<string, string>> {
  const geldig = ids.filter(isId);
  if (!geldig.length) return {};
  const fotos = await db.foto.findMany({ where: { id: { in: geldig }, aanbiederId }, select: { id: true, bestand: true } });
  return Object.fromEntries(fotos.map((f) => [f.id, f.bestand]));
}
