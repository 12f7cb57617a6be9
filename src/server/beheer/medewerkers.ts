import "server-only";
import { idSchema } from "@/domain/id";
import { medewerkerSchema, rolWijzigingSchema } from "@/domain/beheer/medewerker";
import { GEMEENTE_ROLLEN, rolNaam } from "@/domain/rollen";
import { nodigUit } from "../accounts/intern";
import { z } from "zod";
import { db } from "../db";
import { defineQuery, formFout, gelukt, defineUseCase, veldFouten } from "../pipeline";

// Staff accounts of the gemeente (a gemeente role, no aanbieder). Every query is limited to those,
// so a forged id of an aanbieder's account finds nothing. The beheerder cannot change or
// deactivate their own account: that way there is always at least one beheerder left.

const BRON = "/gemeente/beheer/medewerkers";
const ORGANISATIE = "de gemeente Apeldoorn";
const staf = { aanbiederId: null, rol: { in: [...GEMEENTE_ROLLEN] } };

export const medewerkers = defineQuery({
  activiteit: "medewerkers-bekijken",
  bron: BRON,
  toegang: "medewerker:beheren",
  schema: z.object({}),
  laad: async () => {
    const rijen = await db.gebruiker.findMany({
      where: staf,
      orderBy: [{ actief: "desc" }, { naam: "asc" }],
      select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true, laatstIngelogdOp: true },
    });
    return rijen.map(({ wachtwoordHash, ...r }) => ({ ...r, uitgenodigd: !wachtwoordHash }));
  },
});

export const nodigMedewerkerUit = defineUseCase({
  activiteit: "medewerker-uitnodigen",
  bron: BRON,
  schema: medewerkerSchema,
  toegang: "medewerker:beheren",
  geenToegang: "Je hebt geen toestemming om medewerkers uit te nodigen.",
  async uitvoeren({ invoer, gebruiker: g, audit }) {
    if (await db.gebruiker.findUnique({ where: { email: invoer.email } }))
      return veldFouten({ email: "Er is al een account met dit e-mailadres." });
    const nieuw = await db.gebruiker.create({ data: { ...invoer, aanbiederId: null } });
    audit.toelichting = `${nieuw.id}: ${rolNaam[nieuw.rol]}`;
    await nodigUit(nieuw, ORGANISATIE, g.id, "Daar werk je met inwoners, toewijzingen en werkplekken van Werkt Mee.");
    return gelukt({ melding: `${nieuw.naam} heeft een uitnodiging per e-mail gekregen, als ${rolNaam[nieuw.rol].toLowerCase()}.` });
  },
});

const actieveMedewerker = ({ invoer }: { invoer: { id: string } }) =>
  db.gebruiker.findFirst({ where: { id: invoer.id, actief: true, ...staf } });

export const wijzigRol = defineUseCase({
  activiteit: "medewerker-rol-wijzigen",
  bron: BRON,
  schema: rolWijzigingSchema,
  toegang: "medewerker:beheren",
  geenToegang: "Je hebt geen toestemming om rollen te wijzigen.",
  laad: actieveMedewerker,
  nietGevonden: "Deze medewerker is niet gevonden, of het account is gedeactiveerd.",
  async uitvoeren({ invoer: { id, rol }, doel: m, gebruiker, audit }) {
    // A beheerder never changes their own account: so there is always a beheerder left.
    if (id === gebruiker.id) return formFout("Je kunt je eigen rol niet wijzigen. Vraag dit aan een andere beheerder.");
    if (m.rol === rol) return formFout(`${m.naam} heeft deze rol al.`);
    // The role is read from the database on every request (huidigeGebruiker), so it applies at once.
    const { count } = await db.gebruiker.updateMany({ where: { id, rol: m.rol, actief: true, aanbiederId: null }, data: { rol } });
    if (count !== 1) return formFout("Dit account is net door iemand anders gewijzigd. Bekijk de lijst opnieuw.");
    audit.toelichting = `${id}: ${rolNaam[m.rol]} → ${rolNaam[rol]}`;
    return gelukt({ melding: `${m.naam} is nu ${rolNaam[rol].toLowerCase()}.` });
  },
});

/** Deactivation also raises the session version: the medewerker's sessions end at once. */
export const deactiveerMedewerker = defineUseCase({
  activiteit: "medewerker-deactiveren",
  bron: BRON,
  schema: idSchema,
  toegang: "medewerker:beheren",
  geenToegang: "Je hebt geen toestemming om medewerkers te deactiveren.",
  laad: actieveMedewerker,
  nietGevonden: "Deze medewerker is niet gevonden, of het account is al gedeactiveerd.",
  async uitvoeren({ invoer: { id }, doel: m, gebruiker, audit }) {
    if (id === gebruiker.id) return formFout("Je kunt je eigen account niet deactiveren.");
    const { count } = await db.gebruiker.updateMany({
      where: { id, actief: true, ...staf },
      data: { actief: false, sessieVersie: { increment: 1 } },
    });
    if (count !== 1) return formFout("Deze medewerker is niet gevonden, of het account is al gedeactiveerd.");
    audit.toelichting = id;
    return gelukt({ melding: `Het account van ${m.naam} is gedeactiveerd. ${m.naam} kan niet meer inloggen.` });
  },
});
