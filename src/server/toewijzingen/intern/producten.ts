import "server-only";
import type { ProductRegels } from "@/domain/toewijzing/product";
import { db } from "../../db";

// The products with the rules a toewijzing is checked against (R-PRD, src/domain/toewijzing/regels.ts).
// Internal: the afgifte's use case and the form's choices read them after their own checks.

export async function productRegels(): Promise<ProductRegels[]> {
  const producten = await db.product.findMany({ orderBy: { volgorde: "asc" }, include: { startTreden: true } });
  return producten.map((p) => ({ ...p, startTreden: p.startTreden.map((s) => s.trede) }));
}
