import "server-only";
import { z } from "zod";
import { audit } from "../audit";
import { db } from "../db";
import { defineUseCase, gelukt } from "../pipeline";

// Ending sessions (docs/decisions/0006): the session version goes up, so every JWT of the user,
// on every device, stops working at the next request (src/server/auth/huidige-gebruiker.ts).

/** Sign-out, password reset, deactivation: every session of this user ends. */
export async function beeindigAlleSessies(gebruikerId: string, reden: string): Promise<void> {
  await db.gebruiker.update({ where: { id: gebruikerId }, data: { sessieVersie: { increment: 1 } } });
  await audit({ gebruikerId, activiteit: "sessies-beeindigen", bron: reden, uitkomst: "gelukt" });
}

/**
 * next-auth's own sign-out (POST /api/auth/signout) ends the session the same way (issue 8,
 * defect 3). Only a cookie that is still current does so: an old, already ended cookie cannot be
 * used to sign its owner out elsewhere.
 */
export async function beeindigSessieVanCookie(gebruikerId: unknown, sessieVersie: unknown): Promise<void> {
  if (typeof gebruikerId !== "string" || typeof sessieVersie !== "number") return;
  const { count } = await db.gebruiker.updateMany({ where: { id: gebruikerId, sessieVersie }, data: { sessieVersie: { increment: 1 } } });
  if (count === 1) await audit({ gebruikerId, activiteit: "sessies-beeindigen", bron: "/api/auth/signout", uitkomst: "gelukt" });
}

/**
 * The portal's "Uitloggen" button. Open to anyone: a visitor whose session already ended still
 * gets the cookie cleared by the action around it.
 */
export const uitloggen = defineUseCase({
  activiteit: "sessies-beeindigen",
  bron: "/uitloggen",
  schema: z.object({}),
  toegang: "publiek",
  zonderAudit: true,
  async uitvoeren({ gebruiker }) {
    if (gebruiker) await beeindigAlleSessies(gebruiker.id, "/uitloggen");
    return gelukt({ melding: "Je bent uitgelogd, op al je apparaten." });
  },
});
