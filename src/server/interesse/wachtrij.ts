import "server-only";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";

/** How many "ik heb interesse" requests wait for handling; only for roles that handle them. */
export async function aantalNieuweInteresses(g: Ingelogd): Promise<number | null> {
  if (!mag(g.rol, "interesse:behandelen")) return null;
  return db.interesse.count({ where: { status: "NIEUW" } });
}
