import "server-only";
import { db } from "../../db";
import { toewijzingSelect } from "./declareren";

/** The started (or stopped) toewijzingen of the caller's organisation: what can be declared. */
export async function gestarteToewijzingen(aanbiederId: string) {
  return db.toewijzing.findMany({
    where: { aanbiederId, status: { in: ["GESTART", "BEEINDIGD"] }, gestartOp: { not: null } },
    select: toewijzingSelect,
    orderBy: [{ nummer: "asc" }],
  });
}
