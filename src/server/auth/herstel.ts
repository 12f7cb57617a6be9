import "server-only";
import { z } from "zod";
import { emailVeld } from "@/domain/inloggen";
import { tokenMelding, tokenStatus, type TokenStatus } from "@/domain/tokens";
import { nieuwWachtwoordSchema } from "@/domain/wachtwoord";
import { audit } from "../audit";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { binnenLimiet } from "../rate-limit";
import { hashToken } from "./token-hash";
import { geefTokenUit, zetWachtwoordViaLink } from "./link-token";

// "Wachtwoord vergeten": a single-use link valid for 30 minutes, stored only as a hash. The
// answer is the same whether or not the address exists, and so is its timing: the form answers
// at once and the work (lookup, token, mail) runs after the response (issue 8, defect 9). A
// completed reset ends every session and sends a notice. A reset never bypasses the second
// factor: signing in still asks for the code.

export const HERSTEL_ANTWOORD =
  "Als dit e-mailadres bij ons bekend is, hebben we een e-mail gestuurd met een link om een nieuw wachtwoord te kiezen. De link werkt 30 minuten. Kijk ook in je map met ongewenste e-mail.";

/** The form: checks the address and answers; the action schedules verwerkHerstelAanvraag after the response. */
export const herstelAanvragen = defineUseCase({
  activiteit: "wachtwoord-herstel-aanvragen",
  bron: "/wachtwoord-vergeten",
  schema: z.object({ email: emailVeld() }),
  toegang: "publiek",
  zonderAudit: true, // verwerkHerstelAanvraag logs it, with the account when there is one
  async uitvoeren({ invoer }) {
    return gelukt({ melding: HERSTEL_ANTWOORD, email: invoer.email });
  },
});

/** Runs after the answer was sent; for an unknown address it does nothing anyone can see. */
export async function verwerkHerstelAanvraag(email: string, adres: string): Promise<void> {
  if (!(await binnenLimiet(`herstel:${email}`, 3, 60)) || !(await binnenLimiet(`herstel-adres:${adres}`, 10, 60))) return;
  const g = await db.gebruiker.findUnique({ where: { email } });
  await audit({
    gebruikerId: g?.id,
    activiteit: "wachtwoord-herstel-aanvragen",
    bron: "/wachtwoord-vergeten",
    uitkomst: g?.actief ? "gelukt" : "geweigerd",
  });
  if (!g || !g.actief || !g.wachtwoordHash) return;
  const geheim = await geefTokenUit(g.id, "WACHTWOORD_HERSTEL");
  await verstuurMail({
    aan: g.email,
    onderwerp: "Nieuw wachtwoord instellen voor Apeldoorn Werkt Mee",
    tekst: `Beste ${g.naam},\n\nJe hebt gevraagd om een nieuw wachtwoord. Kies je nieuwe wachtwoord via deze link:\n\n${env.APP_URL}/wachtwoord-herstellen/${geheim}\n\nDe link werkt 30 minuten en één keer. Heb je dit niet zelf gevraagd? Dan hoef je niets te doen; je wachtwoord blijft hetzelfde.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
  });
}

export async function herstelTokenStatus(geheim: string): Promise<TokenStatus> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(geheim)) return "onbekend";
  const t = await db.token.findUnique({ where: { hash: hashToken(geheim) } });
  return tokenStatus(t && t.soort === "WACHTWOORD_HERSTEL" ? t : null, new Date());
}

/** The new password through the link (token bound in the page). Ends every session. */
export const stelNieuwWachtwoordIn = defineUseCase({
  activiteit: "wachtwoord-herstellen",
  bron: "/wachtwoord-herstellen",
  schema: nieuwWachtwoordSchema,
  toegang: "publiek",
  zonderAudit: true, // logged below with the account
  async uitvoeren({ invoer: { token, wachtwoord, herhaling }, nu }) {
    const status = await herstelTokenStatus(token);
    if (status !== "geldig") return formFout(tokenMelding[status]);
    const r = await zetWachtwoordViaLink({ token, wachtwoord, herhaling }, nu, true);
    if (!r.ok) return r;
    const g = r.gebruiker;
    await audit({ gebruikerId: g.id, activiteit: "wachtwoord-herstellen", bron: "/wachtwoord-herstellen", uitkomst: "gelukt" });
    await verstuurMail({
      aan: g.email,
      onderwerp: "Je wachtwoord is gewijzigd",
      tekst: `Beste ${g.naam},\n\nJe wachtwoord voor Apeldoorn Werkt Mee is zojuist gewijzigd. Je bent op al je apparaten uitgelogd.\n\nHeb je dit niet zelf gedaan? Neem dan direct contact op met de functioneel beheerder via info@apeldoornwerktmee.nl.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
    });
    return gelukt({ melding: "Je nieuwe wachtwoord is opgeslagen." });
  },
});
