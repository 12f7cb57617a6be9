import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { fotoZichtbaar } from "@/server/fotos/toegang";
import { fotoOpslag } from "@/server/fotos/opslag";
import { weigeringAntwoord } from "@/server/pipeline/http";

// Werkplek photos from the photo store (src/server/fotos/opslag.ts). Published ones are public; others only for their
// own aanbieder and the content check (never cached by shared caches then).
export async function GET(_req: Request, { params }: { params: Promise<{ bestand: string }> }) {
  const { bestand } = await params;
  // A published photo is public: asked first without a user, so no session is read for it.
  const publiek = await fotoZichtbaar(null, { bestand });
  const r = publiek.ok ? publiek : await fotoZichtbaar(await huidigeGebruiker(), { bestand });
  if (!r.ok) return weigeringAntwoord(r.reden, r.melding);
  const data = await fotoOpslag().lees(bestand);
  if (!data) return weigeringAntwoord("niet-gevonden", "Deze foto bestaat niet.");
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/jpeg",
      "Cache-Control": r.data.publiek ? "public, max-age=86400, immutable" : "private, no-store",
    },
  });
}
