import "server-only";
import { db } from "./db";

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
}
