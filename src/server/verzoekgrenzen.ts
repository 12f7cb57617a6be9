import { MAX_VERZOEK_BYTES } from "@/domain/verzoekgrens";

// Requests a browser can send that Next.js answers with a bare "Internal Server Error" (issue 8):
// - a path with a percent-encoding that cannot be decoded (/werkplekken/%FF, typed or pasted):
//   Next decodes the dynamic segments, gets a DecodeError and tries to render a /400 page an App
//   Router app does not have;
// - a body above the server-action limit (a photo of 30 MB in a form without JavaScript): Next
//   throws a 413 ApiError but answers 500, and a body above `proxyClientMaxBodySize` is silently
//   cut off, which breaks the multipart form.
// The proxy (src/proxy.ts) checks these first with standard Request APIs only; nginx in front
// (deploy/nginx) refuses a body above the same limit before it reaches the server. No I/O.

/** True when some part of the path is not valid percent-encoded UTF-8. */
export function onleesbaarPad(pad: string): boolean {
  try {
    decodeURIComponent(pad);
    return false;
  } catch {
    return true;
  }
}

const METHODEN_MET_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether the request body is larger than the portal accepts. The declared Content-Length decides;
 * a body without one (chunked, only from crafted clients) is counted: the proxy gets its own copy
 * of the body, which Next.js keeps up to `proxyClientMaxBodySize` (set just above the limit).
 */
export async function teGrootVerzoek(request: Request): Promise<boolean> {
  if (!METHODEN_MET_BODY.has(request.method)) return false;
  const lengte = request.headers.get("content-length");
  if (lengte !== null) return Number(lengte) > MAX_VERZOEK_BYTES;
  // Counted on a copy: Next.js reads the original after this.
  const body = request.clone().body;
  if (!body) return false;
  let gelezen = 0;
  const lezer = body.getReader();
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) return false;
    gelezen += value.byteLength;
    if (gelezen > MAX_VERZOEK_BYTES) {
      // Both branches of the copy, or the body's source stays open and the answer never comes.
      await Promise.all([lezer.cancel(), request.body?.cancel()]);
      return true;
    }
  }
}

function pagina(titel: string, inhoud: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel} | Apeldoorn Werkt Mee</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.6;color:#1a1a1a;margin:0}
header{background:#00436b;color:#fff;padding:1rem 1.5rem;font-weight:700}
main{max-width:40rem;margin:2rem auto;padding:0 1.5rem}
a{color:#00436b}
</style>
</head>
<body>
<header>Apeldoorn Werkt Mee</header>
<main>
<h1>${titel}</h1>
${inhoud}
</main>
</body>
</html>`;
}

const HTML = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };

const escape = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the request came from, when it is one of ours (the Referer, same origin only). */
export function eigenVorigePagina(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const van = new URL(referer);
    return van.origin === new URL(request.url).origin ? `${van.pathname}${van.search}` : null;
  } catch {
    return null;
  }
}

/** The way back: to the page the request came from when we know it, else to the home page. */
const terugLink = (terug: string | null, naar: string) =>
  terug ? `<a href="${escape(terug)}">terug naar ${naar}</a>` : `<a href="/">naar de startpagina</a>`;

/** 413: said in Dutch, with the 5 MB photo limit and the way back to the form. */
export function teGrootAntwoord(terug: string | null): Response {
  const link = terugLink(terug, "het formulier");
  return new Response(
    pagina(
      "Wat je stuurde is te groot",
      `<p>Een foto mag maximaal 5 MB zijn. Je formulier is niet opgeslagen.</p>
<p>Ga met de knop <strong>Terug</strong> van je browser terug naar het formulier: wat je had ingevuld, staat er dan meestal nog. Kies daar een kleinere foto, of laat de foto weg, en sla opnieuw op.</p>
<p>Of ga ${link}.</p>`,
    ),
    { status: 413, headers: HTML },
  );
}

/** 400 for a request other than GET/HEAD to an address that cannot be read. */
export function onleesbaarAdresAntwoord(): Response {
  return new Response(
    pagina(
      "Dit adres klopt niet",
      `<p>Het adres van deze pagina bevat tekens die we niet kunnen lezen. Controleer het adres, of ga <a href="/">naar de startpagina</a>.</p>`,
    ),
    { status: 400, headers: HTML },
  );
}

/** Where a GET to an unreadable address is sent internally: no route, so the portal's own 404 page. */
export const NIET_GEVONDEN_PAD = "/_adres-onleesbaar";
