import "server-only";
import type { Rol } from "@/domain/rollen";
import { GELDIGHEID_MS, tokenStatus, type TokenStatus } from "@/domain/tokens";
import { audit } from "../audit";
import { hashToken } from "../auth/token-hash";
import { geefTokenUit } from "../auth/link-token";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";

// Invitation building blocks (R-WP-1), shared by the use cases that invite someone
// (./collegas.ts, ./aanbieder-registreren.ts, ../beheer/medewerkers.ts) and the invitation page's
// query (./uitnodigen.ts): not entry points themselves, their callers have checked the user.

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

type Db = Pick<typeof db, "collegaUitnodiging">;

/** Records an invitation (its link works 7 days, like the token's) and replaces older open ones of the address. */
export async function legUitnodigingVast(
  tx: Db,
  u: { aanbiederId: string; naam: string; email: string; rol: Rol; gebruikerId: string | null },
  nu = new Date(),
) {
  await tx.collegaUitnodiging.updateMany({
    where: { aanbiederId: u.aanbiederId, email: u.email, ingetrokkenOp: null },
    data: { ingetrokkenOp: nu },
  });
  return tx.collegaUitnodiging.create({
    data: { ...u, verstuurdOp: nu, verlooptOp: new Date(nu.getTime() + GELDIGHEID_MS.UITNODIGING) },
  });
}

/** What an invitation link is worth now: valid, used, expired or unknown; with the invitee's name. */
export async function statusVanUitnodiging(geheim: string): Promise<{ status: TokenStatus; naam?: string }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(geheim)) return { status: "onbekend" };
  const t = await db.token.findUnique({
    where: { hash: hashToken(geheim) },
    include: { gebruiker: { select: { naam: true, actief: true } } },
  });
  const status = tokenStatus(t && t.soort === "UITNODIGING" && t.gebruiker.actief ? t : null, new Date());
  return { status, naam: t?.gebruiker.naam };
}
