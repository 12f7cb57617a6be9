import "server-only";
import { db } from "./db";
import { verzoekLog } from "./verzoek-log";

export type AuditInvoer = {
  gebruikerId?: string | null;
  activiteit: string;
  bron: string;
  uitkomst: "gelukt" | "geweigerd" | "mislukt";
  betrokkene?: string | null;
  toelichting?: string | null;
};

/** One record per processing activity (Logboek Dataverwerkingen shape); never a BSN or password. */
export async function audit(r: AuditInvoer): Promise<void> {
  await db.auditRegel.create({
    data: {
      gebruikerId: r.gebruikerId ?? null,
      activiteit: r.activiteit,
      bron: r.bron,
      uitkomst: r.uitkomst,
      betrokkene: r.betrokkene ?? null,
      toelichting: r.toelichting ?? null,
    },
  });
  // The operations log gets the activity and outcome only: no betrokkene, no toelichting.
  (await verzoekLog(r.gebruikerId)).info({ activiteit: r.activiteit, uitkomst: r.uitkomst, bron: r.bron }, "verwerking");
}

/**
 * One processing of an inwoner's data: the caller (or nobody), the activity, the inwoner's
 * pseudonym, the route or action it came from, and the outcome.
 */
export async function logVerwerking(
  g: { id: string } | null,
  activiteit: string,
  bron: string,
  betrokkene: string | null,
  uitkomst: AuditInvoer["uitkomst"] = "gelukt",
  toelichting?: string,
): Promise<void> {
  await audit({ gebruikerId: g?.id ?? null, activiteit, bron, betrokkene, uitkomst, toelichting });
}
