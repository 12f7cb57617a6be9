import "server-only";
import { z } from "zod";
import { tokenMelding } from "@/domain/tokens";
import { nieuwWachtwoordSchema } from "@/domain/wachtwoord";
import { audit } from "../audit";
import { zetWachtwoordViaLink } from "../auth/link-token";
import { maakTicket } from "../auth/tussenstap";
import { defineQuery, defineUseCase, formFout, gelukt } from "../pipeline";
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
    const r = await zetWachtwoordViaLink({ token, wachtwoord, herhaling }, nu, false);
    if (!r.ok) return r;
    const g = r.gebruiker;
    await audit({ gebruikerId: g.id, activiteit: "uitnodiging-aanvaarden", bron: "/uitnodiging", uitkomst: "gelukt" });
    return gelukt({ melding: "", ticket: maakTicket(g.id, g.sessieVersie) });
  },
});
