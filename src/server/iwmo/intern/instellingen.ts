import "server-only";
import { STANDAARD_GEMEENTECODE } from "@/domain/iwmo/codes";
import { db } from "../../db";
import type { Tx } from "./opslag";

/** The gemeente's code (Header Afzender/Ontvanger); Apeldoorn 0200 until beheer sets another. */
export async function gemeentecode(lezer: Pick<Tx, "iwmoInstelling"> = db): Promise<string> {
  const r = await lezer.iwmoInstelling.findUnique({ where: { sleutel: "gemeentecode" } });
  return r?.waarde ?? STANDAARD_GEMEENTECODE;
}
