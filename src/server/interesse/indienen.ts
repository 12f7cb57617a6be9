import "server-only";
import { randomBytes } from "node:crypto";
import { valideerInteresse, type InteresseVeld, type Veldfouten } from "@/domain/interesse";
import { parsePostcode } from "@/domain/postcode";
import { db } from "../db";
import { env } from "../env";
import { binnenLimiet } from "../rate-limit";

export type InteresseUitkomst = { ok: true; referentie: string } | { ok: false; veldfouten: Veldfouten; formulierfout: string | null };

// Readable reference without 0/O and 1/I; 8 characters from 32 symbols ≈ 10^12 values.
const TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function nieuweReferentie(): string {
  const bytes = randomBytes(8);
  return `AWM-${Array.from(bytes, (b) => TEKENS[b % 32]).join("")}`;
}

/** Stores an "ik heb interesse" request for the gemeente (R-WP-5). */
export async function dienInteresseIn(
  werkplekSlug: string,
  invoer: Record<InteresseVeld, string>,
  afzender: string,
): Promise<InteresseUitkomst> {
  const parsed = valideerInteresse(invoer);
  if (!parsed.ok) return { ok: false, veldfouten: parsed.fouten, formulierfout: null };

  const werkplek = await db.werkplek.findFirst({ where: { slug: werkplekSlug, status: "GEPUBLICEERD" }, select: { id: true } });
  if (!werkplek) {
    return {
      ok: false,
      veldfouten: {},
      formulierfout:
        "Deze werkplek is niet meer beschikbaar. Je gegevens zijn niet verstuurd. Kies een andere werkplek of neem contact op met het Centrum Apeldoorn Werkt Mee.",
    };
  }
  if (!(await binnenLimiet(`interesse:${afzender}`, env.INTERESSE_RATE_LIMIT, env.INTERESSE_RATE_WINDOW_MINUTES))) {
    return {
      ok: false,
      veldfouten: {},
      formulierfout:
        "Er zijn vanaf jouw verbinding veel aanvragen verstuurd. Je gegevens staan nog in het formulier. Probeer het over een uur opnieuw, of bel 14 055.",
    };
  }

  const v = parsed.data;
  const postcode = parsePostcode(v.postcode);
  const referentie = nieuweReferentie();
  await db.interesse.create({
    data: {
      referentie,
      werkplekId: werkplek.id,
      naam: v.naam,
      email: v.email || null,
      telefoon: v.telefoon || null,
      postcode: postcode.ok ? postcode.postcode.weergave : v.postcode,
      bericht: v.bericht,
      toestemmingOp: new Date(),
    },
  });
  return { ok: true, referentie };
}
