import "server-only";
import crypto from "node:crypto";
import { GELDIGHEID_MS } from "@/domain/tokens";
import { db } from "../db";
import { hashToken } from "./token-hash";

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
