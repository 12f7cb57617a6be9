import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";

// Failed sign-ins are counted per account and per address: after 5 failures within 15 minutes
// further attempts are refused (even with the right password) until the window has passed.
export const MAX_MISLUKT = 5;
export const VENSTER_MINUTEN = 15;

const sleutel = (soort: "account" | "adres", waarde: string) =>
  createHash("sha256").update(`${soort}:${waarde.toLowerCase()}`).digest("hex");

export async function isGeblokkeerd(email: string, adres: string): Promise<boolean> {
  const sinds = new Date(Date.now() - VENSTER_MINUTEN * 60_000);
  const [account, vanAdres] = await Promise.all([
    db.inlogPoging.count({ where: { sleutel: sleutel("account", email), gelukt: false, createdAt: { gte: sinds } } }),
    db.inlogPoging.count({ where: { sleutel: sleutel("adres", adres), gelukt: false, createdAt: { gte: sinds } } }),
  ]);
  return account >= MAX_MISLUKT || vanAdres >= MAX_MISLUKT * 4;
}

export async function registreerPoging(email: string, adres: string, gelukt: boolean): Promise<void> {
  await db.inlogPoging.createMany({
    data: [
      { sleutel: sleutel("account", email), gelukt },
      { sleutel: sleutel("adres", adres), gelukt },
    ],
  });
}
