import "server-only";
import { z } from "zod";
import { tokenMelding } from "@/domain/tokens";
import { nieuwWachtwoordSchema, wachtwoordFout } from "@/domain/wachtwoord";
import { audit } from "../audit";
import { hashToken } from "../auth/token-hash";
import { maakTicket } from "../auth/tussenstap";
import { hashWachtwoord } from "../auth/wachtwoord-hash";
import { db } from "../db";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { statusVanUitnodiging } from "./intern";

// Invitation (R-WP-1): a single-use link valid for 7 days, stored only as a hash. Accepting it
// sets the password; the second factor is enrolled right after, before any session exists.

/** The invitation page (/uitnodiging/[token]): what its link is worth, before the form is shown. */
export const uitnodigingStatus = defineQuery({
  activiteit: "uitnodiging-bekijken",
  bron: "/uitnodiging",
  // The link in the invitation mail is the proof; an unknown or used one says only that.
  toegang: "publiek",
  schema: z.object({ token: z.string() }),
  laad: ({ invoer: { token } }) => statusVanUitnodiging(token),
});

/** Sets the first password; gives a sign-in ticket so the TOTP enrolment can follow at once. */
export const aanvaardUitnodiging = defineUseCase({
  activiteit: "uitnodiging-aanvaarden",
  bron: "/uitnodiging",
  schema: nieuwWachtwoordSchema,
  toegang: "publiek",
  zonderAudit: true, // logged below with the new account
  async uitvoeren({ invoer: { token, wachtwoord, herhaling }, nu }) {
    const { status } = await statusVanUitnodiging(token);
    if (status !== "geldig") return formFout(tokenMelding[status]);
    const t = await db.token.findUniqueOrThrow({ where: { hash: hashToken(token) }, include: { gebruiker: true } });
    const fout = wachtwoordFout(wachtwoord, { email: t.gebruiker.email });
    if (fout) return veldFouten({ wachtwoord: fout });
    if (wachtwoord !== herhaling) return veldFouten({ herhaling: "De twee wachtwoorden zijn niet gelijk." });
    const hash = await hashWachtwoord(wachtwoord);
    const g = await db.$transaction(async (tx) => {
      const { count } = await tx.token.updateMany({ where: { id: t.id, gebruiktOp: null }, data: { gebruiktOp: nu } });
      if (count !== 1) return null;
      return tx.gebruiker.update({ where: { id: t.gebruikerId }, data: { wachtwoordHash: hash } });
    });
    if (!g) return formFout(tokenMelding.gebruikt);
    await audit({ gebruikerId: g.id, activiteit: "uitnodiging-aanvaarden", bron: "/uitnodiging", uitkomst: "gelukt" });
    return gelukt({ melding: "", ticket: maakTicket(g.id, g.sessieVersie) });
  },
});
