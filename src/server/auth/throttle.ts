import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { env } from "../env";

// Failed sign-ins, wrong passwords and wrong second-factor codes alike, are counted per account
// and per client address in the database (so every app instance shares them): after 5 failures
// of an account within 15 minutes, or INLOG_MAX_PER_ADRES from one address, further attempts are
// refused (even with the right password or code) until the window has passed.
export const MAX_MISLUKT = 5;
export const VENSTER_MINUTEN = 15;

const sleutel = (soort: "account" | "adres", waarde: string) =>
  createHash("sha256").update(`${soort}:${waarde.toLowerCase()}`).digest("hex");

export type Poging = "gelukt" | "mislukt" | "geblokkeerd";

/**
 * One attempt, counted before it is checked: the attempt is written as failed first, so parallel
 * guesses each see the others and no burst gets past the limit. A blocked attempt is not kept
 * (the lock ends 15 minutes after the fifth failure, however often it is knocked on); a right
 * answer turns the record into a success.
 */
export async function probeer(email: string, adres: string, controle: () => Promise<boolean>): Promise<Poging> {
  const rijen = await db.$transaction([
    db.inlogPoging.create({ data: { sleutel: sleutel("account", email), gelukt: false }, select: { id: true } }),
    db.inlogPoging.create({ data: { sleutel: sleutel("adres", adres), gelukt: false }, select: { id: true } }),
  ]);
  const ids = rijen.map((r) => r.id);
  const sinds = new Date(Date.now() - VENSTER_MINUTEN * 60_000);
  const [account, vanAdres] = await Promise.all([
    db.inlogPoging.count({ where: { sleutel: sleutel("account", email), gelukt: false, createdAt: { gte: sinds } } }),
    db.inlogPoging.count({ where: { sleutel: sleutel("adres", adres), gelukt: false, createdAt: { gte: sinds } } }),
  ]);
  // This attempt is among the counted: more than the maximum means earlier ones reached it.
  if (account > MAX_MISLUKT || vanAdres > env.INLOG_MAX_PER_ADRES) {
    await db.inlogPoging.deleteMany({ where: { id: { in: ids } } });
    return "geblokkeerd";
  }
  if (!(await controle())) return "mislukt";
  await db.inlogPoging.updateMany({ where: { id: { in: ids } }, data: { gelukt: true } });
  return "gelukt";
}
