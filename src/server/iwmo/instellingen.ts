import "server-only";
import { STANDAARD_GEMEENTECODE } from "@/domain/iwmo/codes";
import { db } from "../db";

/** The gemeente's code (Header Afzender/Ontvanger); Apeldoorn 0200 until beheer sets another. */
export async function gemeentecode(): Promise<string> {
  const r = await db.iwmoInstelling.findUnique({ where: { sleutel: "gemeentecode" } });
  return r?.waarde ?? STANDAARD_GEMEENTECODE;
}
