import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { openPerMaand } from "@/domain/declaratie/termijn";
import { z } from "zod";
import { idVeld } from "@/domain/id";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { gemeenteLezer } from "./intern/toegang";

// Issue 21 item 4: the queue is per month, but an open line of any month must be seen (a
// correction of March made in June is not in May's queue). Counts and deadlines only: no inwoner
// data, so no read to log. Index [status, aanbiederId].

/** All lines still waiting for the check, per month, with their answer deadline (ADR 0030). */
export const openRegels = defineQuery({
  ...gemeenteLezer,
  activiteit: "declaraties-open-bekijken",
  bron: "/gemeente/declaraties",
  schema: z.object({ aanbiederId: idVeld.optional() }),
  laad: async ({ invoer, nu }) => {
    const regels = await db.declaratieregel.findMany({
      where: { status: "INGEDIEND", ...(invoer.aanbiederId ? { aanbiederId: invoer.aanbiederId } : {}) },
      select: { maand: true, ingediendOp: true },
    });
    const perMaand = openPerMaand(regels, vandaagInNederland(nu));
    return {
      totaal: regels.length,
      teLaat: perMaand.reduce((s, m) => s + m.teLaat, 0),
      perMaand,
    };
  },
});
