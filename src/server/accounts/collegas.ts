import "server-only";
import { z } from "zod";
import { collegaSchema } from "@/domain/collega";
import { idSchema } from "@/domain/id";
import type { Rol } from "@/domain/rollen";
import { GELDIGHEID_MS } from "@/domain/tokens";
import type { AanbiederGebruiker } from "@/domain/gebruiker";
import { db } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { legUitnodigingVast, nodigUit } from "./intern";

// An aanbieder-beheerder manages the colleagues of their own organisation only: every query is
// scoped to the caller's aanbiederId, so a forged id of another organisation's user finds nothing.

const BRON = "/aanbieder/collegas";

type Status = "Actief" | "Gedeactiveerd" | "Uitgenodigd" | "Uitnodiging verlopen";

export type CollegaRij = {
  /** The account's id, or for an open invitation the invitation's. */
  id: string;
  soort: "account" | "uitnodiging";
  naam: string;
  email: string;
  rol: Rol;
  status: Status;
  /** Until when the invitation's link works (open invitations only). */
  verlooptOp: Date | null;
};

const VOLGORDE: Record<Status, number> = { Actief: 0, Uitgenodigd: 1, "Uitnodiging verlopen": 2, Gedeactiveerd: 3 };

/**
 * The organisation's accounts and its open invitations, as one list (docs/decisions/0022). An
 * invitation is shown from its own record whether or not the address had an account already, so
 * nothing on this page tells the inviter which addresses have one. An invited account appears as
 * an account only once it is activated.
 */
export const collegas = defineQuery({
  activiteit: "collegas-bekijken",
  bron: BRON,
  toegang: "aanbieder:collega-beheren",
  // Only a user of an aanbieder manages its colleagues (a role check alone would not scope them).
  wie: "aanbieder",
  schema: z.object({}),
  laad: async ({ gebruiker: g, nu }): Promise<CollegaRij[]> => {
    const [accounts, uitnodigingen] = await Promise.all([
      db.gebruiker.findMany({
        where: { aanbiederId: g.aanbiederId, collegaUitnodigingen: { none: {} } },
        select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true },
      }),
      db.collegaUitnodiging.findMany({
        where: { aanbiederId: g.aanbiederId },
        select: {
          id: true,
          naam: true,
          email: true,
          rol: true,
          verlooptOp: true,
          ingetrokkenOp: true,
          gebruiker: { select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true } },
        },
      }),
    ]);
    const rijen: CollegaRij[] = [];
    const account = (a: (typeof accounts)[number]): CollegaRij => ({
      id: a.id,
      soort: "account",
      naam: a.naam,
      email: a.email,
      rol: a.rol,
      // an account without password and without invitation record predates the records (or is a fixture)
      status: !a.actief ? "Gedeactiveerd" : a.wachtwoordHash ? "Actief" : "Uitgenodigd",
      verlooptOp: null,
    });
    rijen.push(...accounts.map(account));
    const gezien = new Set<string>();
    for (const u of uitnodigingen) {
      const a = u.gebruiker;
      if (a?.wachtwoordHash) {
        // accepted: from now on it is an account (once, however many invitations it had)
        if (!gezien.has(a.id)) rijen.push(account(a));
        gezien.add(a.id);
      } else if (!u.ingetrokkenOp) {
        rijen.push({
          id: u.id,
          soort: "uitnodiging",
          naam: u.naam,
          email: u.email,
          rol: u.rol,
          status: u.verlooptOp > nu ? "Uitgenodigd" : "Uitnodiging verlopen",
          verlooptOp: u.verlooptOp,
        });
      }
    }
    return rijen.sort((x, y) => VOLGORDE[x.status] - VOLGORDE[y.status] || x.naam.localeCompare(y.naam, "nl"));
  },
});

/** The owner of an address that has an account hears of the attempt instead of getting an invitation. */
async function meldBestaandAccount(bestaand: { email: string; naam: string }, organisatie: string) {
  await verstuurMail({
    aan: bestaand.email,
    onderwerp: "Je hebt al een account voor Apeldoorn Werkt Mee",
    tekst: `Beste ${bestaand.naam},\n\nIemand van ${organisatie} wilde je uitnodigen voor het portaal van Apeldoorn Werkt Mee. Er is al een account met dit e-mailadres, dus er is geen nieuw account gemaakt.\n\nWeet je je wachtwoord niet meer? Kies dan "Wachtwoord vergeten" op ${env.APP_URL}/inloggen. Wil je namens een andere organisatie werken, of is je account gedeactiveerd? Neem dan contact op met het Centrum Apeldoorn Werkt Mee via info@apeldoornwerktmee.nl.\n\nMet vriendelijke groet,\nApeldoorn Werkt Mee`,
  });
}

/**
 * Sends the invitation of a recorded invitation: a new link to the account made for it, or, when
 * the address has an account elsewhere, the mail to its owner. Makes the account when there is
 * none (yet) for the address.
 */
async function verstuur(
  u: { id: string; aanbiederId: string; naam: string; email: string; rol: Rol; gebruikerId: string | null },
  organisatie: string,
  doorId: string,
) {
  let gebruikerId = u.gebruikerId;
  const bestaand = gebruikerId ? null : await db.gebruiker.findUnique({ where: { email: u.email } });
  if (bestaand) return meldBestaandAccount(bestaand, organisatie);
  if (!gebruikerId) {
    gebruikerId = (await db.gebruiker.create({ data: { naam: u.naam, email: u.email, rol: u.rol, aanbiederId: u.aanbiederId } })).id;
    await db.collegaUitnodiging.update({ where: { id: u.id }, data: { gebruikerId } });
  }
  const account = await db.gebruiker.update({ where: { id: gebruikerId }, data: { actief: true } });
  await nodigUit(account, organisatie, doorId);
}

/**
 * Invites a colleague. The answer, and the row the colleagues list gets, are the same whether or
 * not the address already has an account elsewhere, at another aanbieder or the gemeente (issue 8,
 * defect 9; docs/decisions/0022): otherwise this form would tell any aanbieder which addresses
 * have an account. Only an active account of the own organisation, which the list shows anyway,
 * is named. Inviting a pending address again sends a new link.
 */
export const nodigCollegaUit = defineUseCase({
  activiteit: "collega-uitnodigen",
  bron: BRON,
  schema: collegaSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om collega's uit te nodigen.",
  wie: "aanbieder",
  async uitvoeren({ invoer, gebruiker: g, audit }) {
    const aanbieder = await db.aanbieder.findUniqueOrThrow({ where: { id: g.aanbiederId } });
    const bestaand = await db.gebruiker.findUnique({ where: { email: invoer.email } });
    const eigen = bestaand?.aanbiederId === aanbieder.id ? bestaand : null;
    if (eigen?.wachtwoordHash) {
      return veldFouten({ email: `${invoer.email} heeft al een account bij jouw organisatie. Je ziet het in de lijst hierboven.` });
    }
    if (eigen) await db.gebruiker.update({ where: { id: eigen.id }, data: { naam: invoer.naam, rol: invoer.rol } });
    const uitnodiging = await legUitnodigingVast(db, { ...invoer, aanbiederId: aanbieder.id, gebruikerId: eigen?.id ?? null });
    await verstuur(uitnodiging, aanbieder.naam, g.id);
    audit.toelichting = uitnodiging.id;
    return gelukt({ melding: `${invoer.naam} heeft een uitnodiging per e-mail gekregen.` });
  },
});

const openUitnodiging = ({ gebruiker: g, invoer }: { gebruiker: AanbiederGebruiker; invoer: { id: string } }) =>
  db.collegaUitnodiging.findFirst({
    where: {
      id: invoer.id,
      aanbiederId: g.aanbiederId,
      ingetrokkenOp: null,
      OR: [{ gebruikerId: null }, { gebruiker: { wachtwoordHash: null } }],
    },
  });
const NIET_GEVONDEN = "Deze uitnodiging is niet gevonden bij jouw organisatie, of ze is al geaccepteerd of ingetrokken.";

/** A new link (and 7 new days) for an open invitation, for instance after it expired. */
export const verstuurUitnodigingOpnieuw = defineUseCase({
  activiteit: "collega-opnieuw-uitnodigen",
  bron: BRON,
  schema: idSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om collega's uit te nodigen.",
  wie: "aanbieder",
  laad: openUitnodiging,
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ gebruiker: g, doel: u, audit }) {
    const aanbieder = await db.aanbieder.findUniqueOrThrow({ where: { id: g.aanbiederId } });
    const nu = new Date();
    await db.collegaUitnodiging.update({
      where: { id: u.id },
      data: { verstuurdOp: nu, verlooptOp: new Date(nu.getTime() + GELDIGHEID_MS.UITNODIGING) },
    });
    await verstuur(u, aanbieder.naam, g.id);
    audit.toelichting = u.id;
    return gelukt({ melding: `${u.naam} heeft de uitnodiging opnieuw per e-mail gekregen. De link werkt weer 7 dagen.` });
  },
});

/** Withdraws an open invitation: its link stops working and the row leaves the list. */
export const trekUitnodigingIn = defineUseCase({
  activiteit: "collega-uitnodiging-intrekken",
  bron: BRON,
  schema: idSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om uitnodigingen in te trekken.",
  wie: "aanbieder",
  laad: openUitnodiging,
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ doel: u, audit }) {
    const nu = new Date();
    await db.$transaction(async (tx) => {
      await tx.collegaUitnodiging.update({ where: { id: u.id }, data: { ingetrokkenOp: nu } });
      if (u.gebruikerId) {
        // only an account that was never activated (the load above checked it)
        await tx.gebruiker.updateMany({
          where: { id: u.gebruikerId, wachtwoordHash: null },
          data: { actief: false, sessieVersie: { increment: 1 } },
        });
        await tx.token.updateMany({
          where: { gebruikerId: u.gebruikerId, soort: "UITNODIGING", gebruiktOp: null },
          data: { gebruiktOp: nu },
        });
      }
    });
    audit.toelichting = u.id;
    return gelukt({ melding: `De uitnodiging van ${u.naam} is ingetrokken. De link in de e-mail werkt niet meer.` });
  },
});

/** Deactivation also raises the session version: the colleague's sessions end at once. */
export const deactiveerCollega = defineUseCase({
  activiteit: "collega-deactiveren",
  bron: BRON,
  schema: idSchema,
  toegang: "aanbieder:collega-beheren",
  geenToegang: "Je hebt geen toestemming om collega's te deactiveren.",
  wie: "aanbieder",
  laad: ({ gebruiker: g, invoer }) => db.gebruiker.findFirst({ where: { id: invoer.id, aanbiederId: g.aanbiederId, actief: true } }),
  nietGevonden: "Dit account is niet gevonden bij jouw organisatie.",
  async uitvoeren({ invoer: { id }, gebruiker: g, doel: c, audit }) {
    if (id === g.id) return formFout("Je kunt je eigen account niet deactiveren.");
    const { count } = await db.gebruiker.updateMany({
      where: { id, aanbiederId: g.aanbiederId, actief: true },
      data: { actief: false, sessieVersie: { increment: 1 } },
    });
    if (count !== 1) return formFout("Dit account is niet gevonden bij jouw organisatie.");
    audit.toelichting = id;
    return gelukt({ melding: `Het account van ${c.naam} is gedeactiveerd. Deze collega kan niet meer inloggen.` });
  },
});
