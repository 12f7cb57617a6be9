import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { openPerMaand } from "@/domain/declaratie/termijn";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";
import { magBeoordelen, magBetalen } from "./beoordelen";

// Issue 21 item 4: the queue is per month, but an open line of any month must be seen (a
// correction of March made in June is not in May's queue). Counts and deadlines only: no inwoner
// data, so no read to log. Index [status, aanbiederId].

/** All lines still waiting for the check, per month, with their answer deadline (ADR 0030). */
export async function openRegels(g: Ingelogd | null, o: { aanbiederId?: string; nu?: Date } = {}) {
  if (!magBeoordelen(g) && !magBetalen(g)) return null;
  const regels = await db.declaratieregel.findMany({
    where: { status: "INGEDIEND", ...(o.aanbiederId ? { aanbiederId: o.aanbiederId } : {}) },
    select: { maand: true, ingediendOp: true },
  });
  const perMaand = openPerMaand(regels, vandaagInNederland(o.nu));
  return {
    totaal: regels.length,
    teLaat: perMaand.reduce((s, m) => s + m.teLaat, 0),
    perMaand,
  };
}
