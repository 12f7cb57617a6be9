import "server-only";
import { createHash } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { FOTO_TYPE_FOUT, fotoGrootteFout, herkenFotoType } from "@/domain/foto";
import { db } from "../../db";
import { fotoOpslag } from "./opslag";

export const FOTO_MAX_BREEDTE = 1600;
export const FOTO_MAX_HOOGTE = 1200;

export type FotoUitkomst = { ok: true; fotoId: string } | { ok: false; melding: string };

/**
 * An uploaded file becomes a photo of the aanbieder: the content must be JPEG, PNG or WebP and at
 * most 5 MB; it is turned upright, scaled down to fit 1600×1200 and written as JPEG without any
 * metadata (EXIF, GPS, ICC). The file name is the hash of the result, so a re-upload is the same file.
 */
export async function verwerkFoto(aanbiederId: string, bestand: File): Promise<FotoUitkomst> {
  const grootte = fotoGrootteFout(bestand.size);
  if (grootte) return { ok: false, melding: grootte };
  const invoer = new Uint8Array(await bestand.arrayBuffer());
  if (!herkenFotoType(invoer.subarray(0, 16))) return { ok: false, melding: FOTO_TYPE_FOUT };
  let uit: { data: Buffer; info: OutputInfo };
  try {
    uit = await sharp(invoer, { limitInputPixels: 50_000_000, failOn: "error" })
      .rotate()
      .resize({ width: FOTO_MAX_BREEDTE, height: FOTO_MAX_HOOGTE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, melding: "Deze foto is beschadigd of te groot om te verwerken. Probeer een andere foto." };
  }
  const naam = `${createHash("sha256").update(uit.data).digest("hex").slice(0, 32)}.jpg`;
  await fotoOpslag().schrijf(naam, uit.data, "image/jpeg");
  const foto = await db.foto.upsert({
    where: { bestand: naam },
    create: { aanbiederId, bestand: naam, breedte: uit.info.width, hoogte: uit.info.height, bytes: uit.data.length },
    update: {},
  });
  if (foto.aanbiederId !== aanbiederId) {
    // The very same picture uploaded by another organisation: give this one its own record.
    return { ok: false, melding: "Deze foto wordt al door een andere aanbieder gebruikt. Kies een eigen foto." };
  }
  return { ok: true, fotoId: foto.id };
}
