import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { mag, type Actie } from "@/domain/permissies";
import { isAanbiederGebruiker, type AanbiederGebruiker, type Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";
import { auth } from "./config";
import { onthoudGebruiker } from "../verzoek-log";

export const IDLE_MS = 30 * 60 * 1000;

/**
 * The signed-in user, checked against the database on every call: the account must still be
 * active, the session version unchanged (sign-out, password change and deactivation raise it)
 * and the last activity within 30 minutes. Anything else is "not signed in". Loaded once per
 * request (React cache), however many components and actions ask.
 */
export const huidigeGebruiker = cache(async function huidigeGebruiker(): Promise<Ingelogd | null> {
  const sessie = (await auth()) as { gid?: string; sv?: number } | null;
  if (!sessie?.gid) return null;
  const g = await db.gebruiker.findUnique({ where: { id: sessie.gid } });
  if (!g || !g.actief || g.sessieVersie !== sessie.sv) return null;
  const nu = Date.now();
  if (!g.laatsteActiviteitOp || nu - g.laatsteActiviteitOp.getTime() > IDLE_MS) return null;
  if (nu - g.laatsteActiviteitOp.getTime() > 60_000) {
    await db.gebruiker.update({ where: { id: g.id }, data: { laatsteActiviteitOp: new Date(nu) } });
  }
  await onthoudGebruiker(g.id); // the user id on this request's log lines
  return { id: g.id, naam: g.naam, email: g.email, rol: g.rol, aanbiederId: g.aanbiederId };
});

/** For pages: the user, or off to the sign-in page; a user without the permission gets 403-like text. */
export async function vereisGebruiker(actie?: Actie): Promise<Ingelogd> {
  const g = await huidigeGebruiker();
  if (!g) redirect("/inloggen");
  if (actie && !mag(g.rol, actie)) redirect("/geen-toegang");
  return g;
}

/**
 * For the pages of the aanbieder area (/aanbieder/**): an aanbieder role with an organisation.
 * Staff roles get /geen-toegang, even where a role would hold the permission: they have no
 * organisation there (issue 8, defect 8).
 */
export async function vereisAanbieder(actie?: Actie): Promise<AanbiederGebruiker> {
  const g = await vereisGebruiker(actie);
  if (!isAanbiederGebruiker(g)) redirect("/geen-toegang");
  return g;
}
