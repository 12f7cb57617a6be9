import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { fotoZichtbaar } from "@/server/fotos/toegang";
import { weigeringAntwoord } from "@/server/pipeline/http";

// Werkplek photos from the photo store (the database, read through fotoZichtbaar). Published
// ones are public; others only for their own aanbieder and the content check (never cached by
// shared caches then). The name is the content hash, so it is also a strong ETag: a browser that
// has the photo gets a 304 without the bytes being read from the database.
export async function GET(req: Request, { params }: { params: Promise<{ bestand: string }> }) {
  const { bestand } = await params;
  const etag = `"${bestand.replace(/\.jpg$/, "")}"`;
  const invoer = { bestand, metInhoud: !komtOvereen(req.headers.get("if-none-match"), etag) };
  // A published photo is public: asked first without a user, so no session is read for it.
  const publiek = await fotoZichtbaar(null, invoer);
  const r = publiek.ok ? publiek : await fotoZichtbaar(await huidigeGebruiker(), invoer);
  if (!r.ok) return weigeringAntwoord(r.reden, r.melding);
  const headers = {
    ETag: etag,
    "Cache-Control": r.data.publiek ? "public, max-age=86400, immutable" : "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  const foto = r.data.inhoud;
  if (!foto) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(foto.inhoud), { headers: { ...headers, "Content-Type": foto.mime } });
}

/** If-None-Match: "*" or a list of (possibly weak) tags, one of which is ours. */
function komtOvereen(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}
