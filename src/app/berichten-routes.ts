import "server-only";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { weigeringAntwoord } from "@/server/pipeline/http";
import { berichtBestand } from "@/server/iwmo/berichten";
import { downloadTeVerzenden } from "@/server/iwmo/berichtenverkeer";

// The route handlers of the Berichten pages: the download of what is due (POST: it marks the
// messages sent, so it is a use case; a GET goes back to the page) and one message's file (GET).

export async function downloadRoute(req: Request, terug: string): Promise<Response> {
  // Cross-site POSTs are refused by src/proxy.ts before they get here.
  const r = await downloadTeVerzenden(await huidigeGebruiker(), {});
  if (!r.ok) {
    const url = new URL(terug, req.url);
    url.searchParams.set("download", r.formError === "Er zijn geen berichten te verzenden." ? "leeg" : "geweigerd");
    return Response.redirect(url, 303);
  }
  const stempel = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(new Uint8Array(r.zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="iwmo-berichten-${stempel}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * A GET of the download address (a reload, a bookmark, a link typed in) would get Next's empty
 * 405: it is sent to the Berichten page, where the download button is.
 */
export function naarBerichtenRoute(req: Request, terug: string): Response {
  return Response.redirect(new URL(terug, req.url), 303);
}

export async function bestandRoute(id: string, bron: string): Promise<Response> {
  const r = await berichtBestand(await huidigeGebruiker(), { id }, { bron });
  if (!r.ok) return weigeringAntwoord(r.reden, r.melding);
  const b = r.data;
  return new Response(b.xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${b.bestandsnaam}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
