import { FOTO_TYPES, MAX_FOTO_BYTES } from "./werkplek-invoer";

// Photos are recognised by their first bytes, never by name or the browser's claimed type.

export type FotoType = (typeof FOTO_TYPES)[number];

export function herkenFotoType(kop: Uint8Array): FotoType | null {
  const b = (i: number) => kop[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)) return "image/png";
  const ascii = (van: number, tot: number) => String.fromCharCode(...Array.from(kop.subarray(van, tot)));
  if (kop.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** The check a browser can do before upload (size); the server repeats it and checks the content. */
export function fotoGrootteFout(bytes: number): string | null {
  if (bytes > MAX_FOTO_BYTES) {
    const mb = (bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
    return `Deze foto is ${mb} MB. Een foto mag maximaal 5 MB zijn.`;
  }
  return null;
}

export const FOTO_TYPE_FOUT = "Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-foto.";
