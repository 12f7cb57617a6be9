import "server-only";
import { tokenMelding, tokenStatus, type TokenStatus } from "@/domain/tokens";
import { nieuwWachtwoordSchema } from "@/domain/wachtwoord";
import { audit } from "../audit";
import { hashToken } from "../auth/token-hash";
import { geefTokenUit, zetWachtwoordViaLink } from "../auth/link-token";
import { maakTicket } from "../auth/tussenstap";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt } from "../pipeline";

// Invitation (R-WP-1): a single-use link valid for 7 days, stored only as a hash. Accepting it
// sets the password; the second factor is enrolled right after, before any session exists.

/** `waarvoor`: what the portal is for this person; aanbieders manage werkplekken by default. */
export async function nodigUit(
  gebruiker: { id: string; naam: string; email: string },
  organisatie: string,
  doorId: string,
  waarvoor = "Daar beheer je de werkplekken van je organisatie.",
): Promise<void> {
  const geheim = await geefTokenUit(gebruiker.id, "UITNODIGING");
  await verstuurMail({
    aan: gebruiker.email,
    onderwerp: "Uitnodiging voor het portaal van Apeldoorn Werkt Mee",
    tekst: `Beste ${gebruiker.naam},\n\nJe bent uitgenodigd om namens ${organisatie} in te loggen op het portaal van Apeldoorn Werkt Mee. ${waarvoor}\n\nMaak je account aan via deze link:\n\n${env.APP_URL}/uitnodiging/${geheim}\n\nDe link werkt 7 dagen en één keer. Je kiest een wachtwoord en stelt tweestapsverificatie in met een app op je telefoon.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
  });
  await audit({
    gebruikerId: doorId,
    activiteit: "gebruiker-uitnodigen",
    bron: "uitnodigen",
    uitkomst: "gelukt",
    toelichting: gebruiker.id,
  });
}

export async function uitnodigingStatus(geheim: string): Promise<{ status: TokenStatus; naam?: string }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(geheim)) return { status: "onbekend" };
  const t = await db.token.findUnique({
    where: { hash: hashToken(geheim) },
    include: { gebruiker: { select: { naam: true, actief: true } } },
  });
  const status = tokenStatus(t && t.soort === "UITNODIGING" && t.gebruiker.actief ? t : null, new Date());
  return { status, naam: t?.gebruiker.naam };
}

/** Sets the first password; gives a sign-in ticket so the TOTP enrolment can follow at once. */
export const aanvaardUitnodiging = defineUseCase({
  activiteit: "uitnodiging-aanvaarden",
  bron: "/uitnodiging",
  schema: nieuwWachtwoordSchema,
  toegang: "publiek",
  zonderAudit: true, // logged below with the new account
  async uitvoeren({ invoer: { token, wachtwoord, herhaling }, nu }) {
    const { status } = await uitnodigingStatus(token);
    if (status !== "geldig") return formFout(tokenMelding[status]);
    const r = await zetWachtwoordViaLink({ token, wachtwoord, herhaling }, nu, false);
    if (!r.ok) return r;
    const g = r.gebruiker;
    await audit({ gebruikerId: g.id, activiteit: "uitnodiging-aanvaarden", bron: "/uitnodiging", uitkomst: "gelukt" });
    return gelukt({ melding: "", ticket: maakTicket(g.id, g.sessieVersie) });
  },
});
