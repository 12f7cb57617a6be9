import "server-only";
import { idVeld } from "@/domain/id";
import { gemeenteRolVeld, medewerkerSchema, type MedewerkerInvoer } from "@/domain/beheer/medewerker";
import { GEMEENTE_ROLLEN, rolNaam } from "@/domain/rollen";
import { nodigUit } from "../accounts/uitnodigen";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { geweigerd, magBeheren, veldfouten, type Uitkomst } from "./uitkomst";

// Staff accounts of the gemeente (a gemeente role, no aanbieder). Every query is limited to those,
// so a forged id of an aanbieder's account finds nothing. The beheerder cannot change or
// deactivate their own account: that way there is always at least one beheerder left.

const BRON = "/gemeente/beheer/medewerkers";
const ORGANISATIE = "de gemeente Apeldoorn";
const staf = { aanbiederId: null, rol: { in: [...GEMEENTE_ROLLEN] } };

export async function medewerkers(g: Ingelogd | null) {
  if (!magBeheren(g, "medewerker:beheren")) return [];
  const rijen = await db.gebruiker.findMany({
    where: staf,
    orderBy: [{ actief: "desc" }, { naam: "asc" }],
    select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true, laatstIngelogdOp: true },
  });
  return rijen.map(({ wachtwoordHash, ...r }) => ({ ...r, uitgenodigd: !wachtwoordHash }));
}

export async function nodigMedewerkerUit(
  g: Ingelogd | null,
  invoer: Record<keyof MedewerkerInvoer, string>,
): Promise<Uitkomst<keyof MedewerkerInvoer>> {
  if (!magBeheren(g, "medewerker:beheren"))
    return geweigerd(g, "medewerker-uitnodigen", BRON, "Je hebt geen toestemming om medewerkers uit te nodigen.");
  const r = medewerkerSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  if (await db.gebruiker.findUnique({ where: { email: r.data.email } }))
    return { ok: false, fouten: { email: "Er is al een account met dit e-mailadres." } };
  const nieuw = await db.gebruiker.create({ data: { ...r.data, aanbiederId: null } });
  await audit({
    gebruikerId: g.id,
    activiteit: "medewerker-uitnodigen",
    bron: BRON,
    uitkomst: "gelukt",
    toelichting: `${nieuw.id}: ${rolNaam[nieuw.rol]}`,
  });
  await nodigUit(nieuw, ORGANISATIE, g.id, "Daar werk je met inwoners, toewijzingen en werkplekken van Werkt Mee.");
  return { ok: true, melding: `${nieuw.naam} heeft een uitnodiging per e-mail gekregen, als ${rolNaam[nieuw.rol].toLowerCase()}.` };
}

export async function wijzigRol(g: Ingelogd | null, id: string, rol: string): Promise<Uitkomst<"rol">> {
  if (!magBeheren(g, "medewerker:beheren"))
    return geweigerd(g, "medewerker-rol-wijzigen", BRON, "Je hebt geen toestemming om rollen te wijzigen.");
  const nieuweRol = gemeenteRolVeld.safeParse(rol);
  if (!nieuweRol.success) return { ok: false, fouten: { rol: "Kies een rol uit de lijst." } };
  if (id === g.id) return { ok: false, fouten: {}, melding: "Je kunt je eigen rol niet wijzigen. Vraag dit aan een andere beheerder." };
  const m = idVeld.safeParse(id).success ? await db.gebruiker.findFirst({ where: { id, actief: true, ...staf } }) : null;
  if (!m) return { ok: false, fouten: {}, melding: "Deze medewerker is niet gevonden, of het account is gedeactiveerd." };
  if (m.rol === nieuweRol.data) return { ok: false, fouten: {}, melding: `${m.naam} heeft deze rol al.` };
  // The role is read from the database on every request (huidigeGebruiker), so it applies at once.
  const { count } = await db.gebruiker.updateMany({
    where: { id, rol: m.rol, actief: true, aanbiederId: null },
    data: { rol: nieuweRol.data },
  });
  if (count !== 1) return { ok: false, fouten: {}, melding: "Dit account is net door iemand anders gewijzigd. Bekijk de lijst opnieuw." };
  await audit({
    gebruikerId: g.id,
    activiteit: "medewerker-rol-wijzigen",
    bron: BRON,
    uitkomst: "gelukt",
    toelichting: `${id}: ${rolNaam[m.rol]} → ${rolNaam[nieuweRol.data]}`,
  });
  return { ok: true, melding: `${m.naam} is nu ${rolNaam[nieuweRol.data].toLowerCase()}.` };
}

/** Deactivation also raises the session version: the medewerker's sessions end at once. */
export async function deactiveerMedewerker(g: Ingelogd | null, id: string): Promise<Uitkomst<never>> {
  if (!magBeheren(g, "medewerker:beheren"))
    return geweigerd(g, "medewerker-deactiveren", BRON, "Je hebt geen toestemming om medewerkers te deactiveren.");
  if (id === g.id) return { ok: false, fouten: {}, melding: "Je kunt je eigen account niet deactiveren." };
  const m = idVeld.safeParse(id).success ? await db.gebruiker.findFirst({ where: { id, actief: true, ...staf } }) : null;
  if (!m) return { ok: false, fouten: {}, melding: "Deze medewerker is niet gevonden, of het account is al gedeactiveerd." };
  const { count } = await db.gebruiker.updateMany({
    where: { id, actief: true, ...staf },
    data: { actief: false, sessieVersie: { increment: 1 } },
  });
  if (count !== 1) return { ok: false, fouten: {}, melding: "Deze medewerker is niet gevonden, of het account is al gedeactiveerd." };
  await audit({ gebruikerId: g.id, activiteit: "medewerker-deactiveren", bron: BRON, uitkomst: "gelukt", toelichting: id });
  return { ok: true, melding: `Het account van ${m.naam} is gedeactiveerd. ${m.naam} kan niet meer inloggen.` };
}
