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
    db.inlogPoging.create({ data: { sleutel: sleutel("account", email), gelukt: false }, select: { id: true, createdAt: true } }),
    db.inlogPoging.create({ data: { sleutel: sleutel("adres", adres), gelukt: false }, select: { id: true, createdAt: true } }),
  ]);
  const ids = rijen.map((r) => r.id);
  const sinds = new Date(Date.now() - VENSTER_MINUTEN * 60_000);
  // This attempt's place in the queue: the failures recorded before it (by time, then id), itself
  // included. Counting all of them instead would, on a database that runs parallel transactions
  // side by side (PostgreSQL), let every attempt of a burst see the others, block itself and
  // delete its record, leaving no failure behind; counting only those before it keeps the first
  // five, so the account is locked.
  const plek = (s: string, r: { id: string; createdAt: Date }) =>
    db.inlogPoging.count({
      where: {
        sleutel: s,
        gelukt: false,
        createdAt: { gte: sinds },
        OR: [{ createdAt: { lt: r.createdAt } }, { createdAt: r.createdAt, id: { lte: r.id } }],
      },
    });
  const [account, vanAdres] = await Promise.all([plek(sleutel("account", email), rijen[0]!), plek(sleutel("adres", adres), rijen[1]!)]);
  // More than the maximum before (and including) this one: earlier attempts reached the limit.
  if (account > MAX_MISLUKT || vanAdres > env.INLOG_MAX_PER_ADRES) {
    await db.inlogPoging.deleteMany({ where: { id: { in: ids } } });
    return "geblokkeerd";
  }
  if (!(await controle())) return "mislukt";
  await db.inlogPoging.updateMany({ where: { id: { in: ids } }, data: { gelukt: true } });
  return "gelukt";
}
