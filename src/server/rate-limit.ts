import "server-only";
import { createHash } from "node:crypto";
import { db } from "./db";

/**
 * Fixed-window limit kept in the database, so it holds across server processes and restarts.
 * The key is hashed: no IP address is stored.
 */
export async function binnenLimiet(sleutel: string, max: number, vensterMinuten: number): Promise<boolean> {
  const hash = createHash("sha256").update(sleutel).digest("hex");
  const sinds = new Date(Date.now() - vensterMinuten * 60_000);
  const aantal = await db.rateLimitHit.count({ where: { sleutel: hash, createdAt: { gte: sinds } } });
  if (aantal >= max) return false;
  await db.rateLimitHit.create({ data: { sleutel: hash } });
  // Housekeeping: old hits are worthless.
  if (Math.random() < 0.01) await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3_600_000) } } });
  return true;
}
