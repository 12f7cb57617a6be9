import "server-only";
import crypto from "node:crypto";
import { GELDIGHEID_MS, tokenMelding } from "@/domain/tokens";
import { wachtwoordFout } from "@/domain/wachtwoord";
import { db } from "../db";
import { formFout, veldFouten } from "../pipeline";
import { hashToken } from "./token-hash";
import { hashWachtwoord } from "./wachtwoord-hash";

// The single-use links of an account (an invitation, a password reset): issuing one, and setting
// the password through one. Whether a link is still valid is asked by its caller first.

/**
 * A new single-use link secret of this kind for an account (an invitation, a password reset):
 * earlier unused ones of the same kind stop working, in the same transaction. Only the hash is
 * stored; the secret is returned for the link in the mail.
 */
export async function geefTokenUit(gebruikerId: string, soort: keyof typeof GELDIGHEID_MS): Promise<string> {
  const geheim = crypto.randomBytes(32).toString("base64url");
  await db.$transaction([
    db.token.updateMany({ where: { gebruikerId, soort, gebruiktOp: null }, data: { gebruiktOp: new Date() } }),
    db.token.create({ data: { gebruikerId, soort, hash: hashToken(geheim), verlooptOp: new Date(Date.now() + GELDIGHEID_MS[soort]) } }),
  ]);
  return geheim;
}

/**
 * The password chosen through a valid link: checked against the account's rules and the repeat,
 * then stored while the token is spent, once (a parallel use of the same link is refused).
 * `eindSessies`: every existing session of the account ends (a reset; an invitation has none).
 */
export async function zetWachtwoordViaLink(
  { token, wachtwoord, herhaling }: { token: string; wachtwoord: string; herhaling: string },
  nu: Date,
  eindSessies: boolean,
) {
  const t = await db.token.findUniqueOrThrow({ where: { hash: hashToken(token) }, include: { gebruiker: true } });
  const fout = wachtwoordFout(wachtwoord, { email: t.gebruiker.email });
  if (fout) return veldFouten({ wachtwoord: fout });
  if (wachtwoord !== herhaling) return veldFouten({ herhaling: "De twee wachtwoorden zijn niet gelijk." });
  const hash = await hashWachtwoord(wachtwoord);
  const g = await db.$transaction(async (tx) => {
    const { count } = await tx.token.updateMany({ where: { id: t.id, gebruiktOp: null }, data: { gebruiktOp: nu } });
    if (count !== 1) return null; // used in the meantime
    return tx.gebruiker.update({
      where: { id: t.gebruikerId },
      data: { wachtwoordHash: hash, ...(eindSessies && { sessieVersie: { increment: 1 } }) },
    });
  });
  if (!g) return formFout(tokenMelding.gebruikt);
  return { ok: true as const, gebruiker: g };
}
