import "server-only";
import { huidigeGebruiker } from "@/server/auth/sessie";
import type { Csv } from "@/server/declaraties/beoordelen";
import type { Resultaat, UseCase } from "@/server/pipeline";

/**
 * A CSV export through the pipeline: the use case checks the permission and writes the audit
 * record; a refusal is a plain Dutch text with 403 (or 404 when the run does not exist).
 */
export async function csvAntwoord(uc: UseCase<Resultaat<Csv>>, invoer: Record<string, string>): Promise<Response> {
  const r = await uc(await huidigeGebruiker(), invoer);
  if (!r.ok) {
    const status = r.formError && /bestaat niet/.test(r.formError) ? 404 : Object.keys(r.fieldErrors).length ? 400 : 403;
    return new Response(r.formError ?? Object.values(r.fieldErrors).join(" "), {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
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
