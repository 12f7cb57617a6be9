import "server-only";
import { db } from "../db";

export function aantalGepubliceerd(): Promise<number> {
  return db.werkplek.count({ where: { status: "GEPUBLICEERD" } });
}
