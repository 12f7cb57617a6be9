import "server-only";
import { randomBytes } from "node:crypto";
import {
  DUBBEL_VENSTER_MINUTEN,
  interesseAanvraagSchema,
  NIET_BESCHIKBAAR,
  zelfdeAanvraag,
  type AanvraagGegevens,
} from "@/domain/interesse";
import { parsePostcode } from "@/domain/postcode";
import { db } from "../db";
import { env } from "../env";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { binnenLimiet } from "../rate-limit";
import { clientAdres } from "../verzoek";

// "Ik heb interesse" (R-WP-5): anyone may send it; it goes to the gemeente, not the aanbieder.

// Readable reference without 0/O and 1/I; 8 characters from 32 symbols ≈ 10^12 values.
const TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function nieuweReferentie(): string {
  const bytes = randomBytes(8);
  return `AWM-${Array.from(bytes, (b) => TEKENS[b % 32]).join("")}`;
}

const TE_VEEL =
  "Er zijn vanaf jouw verbinding veel aanvragen verstuurd. Je gegevens staan nog in het formulier. Probeer het over een uur opnieuw, of bel 14 055.";
const VERSTUURD = "Je interesse is verstuurd.";

type Client = Pick<typeof db, "interesse">;

/** Defect 10: the same request for this werkplek in the last DUBBEL_VENSTER_MINUTEN, if any. */
async function eerdereAanvraag(tx: Client, werkplekId: string, gegevens: AanvraagGegevens, nu: Date) {
  const recent = await tx.interesse.findMany({
    where: { werkplekId, createdAt: { gte: new Date(nu.getTime() - DUBBEL_VENSTER_MINUTEN * 60_000) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, referentie: true, naam: true, email: true, telefoon: true, postcode: true, bericht: true },
  });
  return recent.find((r) => zelfdeAanvraag(r, gegevens)) ?? null;
}

/** Stores an "ik heb interesse" request for the gemeente (R-WP-5). `slug` is bound in the page. */
export const dienInteresseIn = defineUseCase({
  activiteit: "interesse-indienen",
  bron: "/werkplekken/[slug]#interesse",
  schema: interesseAanvraagSchema,
  toegang: "publiek",
  laad: ({ invoer }) => db.werkplek.findFirst({ where: { slug: invoer.slug, status: "GEPUBLICEERD" }, select: { id: true } }),
  nietGevonden: NIET_BESCHIKBAAR,
  async uitvoeren({ invoer: v, doel: werkplek, audit, nu }) {
    // A field only robots fill in: pretend success and store nothing.
    if (v.website) {
      audit.toelichting = "robotveld ingevuld, niets opgeslagen";
      return gelukt({ melding: VERSTUURD, referentie: null });
    }
    const postcode = parsePostcode(v.postcode);
    const gegevens: AanvraagGegevens = {
      naam: v.naam,
      email: v.email || null,
      telefoon: v.telefoon || null,
      postcode: postcode.ok ? postcode.postcode.weergave : v.postcode,
      bericht: v.bericht,
    };
    // A repeat costs no place in the rate limit: it stores nothing.
    const eerder = await eerdereAanvraag(db, werkplek.id, gegevens, nu);
    let aanvraag = eerder ? { id: eerder.id, referentie: eerder.referentie, herhaald: true } : null;
    if (!aanvraag) {
      if (!(await binnenLimiet(`interesse:${await clientAdres()}`, env.INTERESSE_RATE_LIMIT, env.INTERESSE_RATE_WINDOW_MINUTES))) {
        return formFout(TE_VEEL);
      }
      // Looked up again inside the write, so two copies sent at the same moment are one aanvraag too.
      aanvraag = await db.$transaction(async (tx) => {
        const tegelijk = await eerdereAanvraag(tx, werkplek.id, gegevens, nu);
        if (tegelijk) return { id: tegelijk.id, referentie: tegelijk.referentie, herhaald: true };
        const nieuw = await tx.interesse.create({
          data: { ...gegevens, referentie: nieuweReferentie(), werkplekId: werkplek.id, toestemmingOp: nu, createdAt: nu },
          select: { id: true, referentie: true },
        });
        return { ...nieuw, herhaald: false };
      });
    }
    audit.betrokkene = `interesse:${aanvraag.id}`;
    audit.toelichting = aanvraag.herhaald ? `${aanvraag.referentie}: herhaald, niet opnieuw opgeslagen` : aanvraag.referentie;
    return gelukt({ melding: VERSTUURD, referentie: aanvraag.referentie as string | null });
  },
});
