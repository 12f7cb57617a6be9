import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { fotoZichtbaar } from "@/server/fotos/toegang";
import { fotoOpslag } from "@/server/fotos/opslag";

// Werkplek photos from the photo store (src/server/fotos/opslag.ts). Published ones are public; others only for their
// own aanbieder and the content check (never cached by shared caches then).
export async function GET(_req: Request, { params }: { params: Promise<{ bestand: string }> }) {
  const { bestand } = await params;
  const publiek = await fotoZichtbaar(null, bestand);
  if (!publiek && !(await fotoZichtbaar(await huidigeGebruiker(), bestand))) {
    return new Response("Deze foto bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const data = await fotoOpslag().lees(bestand);
  if (!data) {
    return new Response("Deze foto bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/jpeg",
      "Cache-Control": publiek ? "public, max-age=86400, immutable" : "private, no-store",
    },
  });
}
