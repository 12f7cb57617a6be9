import "server-only";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import type { Csv } from "@/server/declaraties/export";
import type { Resultaat, UseCase } from "@/server/pipeline";
import { weigeringAntwoord } from "@/server/pipeline/http";

/**
 * A CSV export through the pipeline: the use case checks the permission and writes the audit
 * record; a refusal is a plain Dutch text with the status of its reason (src/server/pipeline/http.ts).
 */
export async function csvAntwoord(uc: UseCase<Resultaat<Csv>>, invoer: Record<string, string>): Promise<Response> {
  const r = await uc(await huidigeGebruiker(), invoer);
  if (!r.ok) {
    return weigeringAntwoord(r.reden, r.formError ?? Object.values(r.fieldErrors).join(" "));
  }
  return new Response(r.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${r.bestandsnaam}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
