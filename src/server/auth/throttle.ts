import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { vergrendel } from "../sql-dialect";

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
  const account = sleutel("account", email);
  const vanAdres = sleutel("adres", adres);
  const sinds = new Date(Date.now() - VENSTER_MINUTEN * 60_000);
  // Written and counted in one transaction that holds the account's and the address's lock (always
  // in that order), so the attempts of a burst are counted one after the other on PostgreSQL too,
  // where transactions otherwise run side by side and could each miss the others.
  const uitkomst = await db.$transaction(async (tx) => {
    await vergrendel(db, tx, account);
    await vergrendel(db, tx, vanAdres);
    const rijen = [
      await tx.inlogPoging.create({ data: { sleutel: account, gelukt: false }, select: { id: true } }),
      await tx.inlogPoging.create({ data: { sleutel: vanAdres, gelukt: false }, select: { id: true } }),
    ];
    const ids = rijen.map((r) => r.id);
    const [n, m] = [
      await tx.inlogPoging.count({ where: { sleutel: account, gelukt: false, createdAt: { gte: sinds } } }),
      await tx.inlogPoging.count({ where: { sleutel: vanAdres, gelukt: false, createdAt: { gte: sinds } } }),
    ];
    // This attempt is among the counted: more than the maximum means earlier ones reached it.
    if (n > MAX_MISLUKT || m > env.INLOG_MAX_PER_ADRES) {
      await tx.inlogPoging.deleteMany({ where: { id: { in: ids } } });
      return { geblokkeerd: true as const, ids };
    }
    return { geblokkeerd: false as const, ids };
  });
  if (uitkomst.geblokkeerd) return "geblokkeerd";
  const { ids } = uitkomst;
  if (!(await controle())) return "mislukt";
  await db.inlogPoging.updateMany({ where: { id: { in: ids } }, data: { gelukt: true } });
  return "gelukt";
}
