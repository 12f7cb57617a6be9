import "server-only";
import { contactpersoonFout, contactpersoonRolNaam, type ContactpersoonRol } from "@/domain/inwoner/contactpersoon";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";

// Helpers for use cases that already checked their caller (inwoners, toewijzingen): not entry
// points, so not guarded here.

export const GEEN_TOEGANG = "Je hebt geen toegang tot inwonergegevens.";
/** Who can be an inwoner's contact person (R-TOE-2). */
export const ACTIEVE_CONTACTPERSOON = { actief: true, rol: { in: ["TRAJECTREGISSEUR" as const, "WMO_CONSULENT" as const] } };

/**
 * The inwoner as a toewijzing or an oriëntatie shows them: name, date of birth and address. One
 * select, so the pages that show an inwoner beside their toewijzing or oriëntatie read the same fields.
 */
export const inwonerKern = {
  id: true,
  voornamen: true,
  tussenvoegsel: true,
  achternaam: true,
  geboortedatum: true,
  straat: true,
  huisnummer: true,
  postcode: true,
  plaats: true,
} as const;

/** The inwoner a use case works on, with what its rules need. */
export const bestaandeInwoner = ({ invoer }: { invoer: { id: string } }) =>
  db.inwoner.findUnique({ where: { id: invoer.id }, select: { id: true, bsn: true, uitkering: true, afgeslotenOp: true } });

/**
 * R-TOE-2's proposal: the caller when they have the role the rule names, otherwise the active
 * colleague with that role who is contact person of the fewest inwoners.
 */
async function voorgesteldeContactpersoon(g: Ingelogd, rol: "TRAJECTREGISSEUR" | "WMO_CONSULENT") {
  if (g.rol === rol && (await db.gebruiker.count({ where: { id: g.id, actief: true } }))) return { id: g.id };
  const kandidaten = await db.gebruiker.findMany({
    where: { actief: true, rol },
    select: { id: true, _count: { select: { inwoners: true } } },
    orderBy: { naam: "asc" },
  });
  kandidaten.sort((a, b) => a._count.inwoners - b._count.inwoners);
  return kandidaten[0] ? { id: kandidaten[0].id } : null;
}

/**
 * R-TOE-2 (issue 11 defect 3): the contact person for an inwoner with this uitkering: the chosen
 * one when active and of the required role (else a field message), or the proposal when none is
 * chosen (else a message that nobody can be proposed).
 */
export async function kiesContactpersoon(
  g: Ingelogd,
  vereist: ContactpersoonRol,
  gekozenId: string | null,
): Promise<{ ok: true; id: string; naam: string } | { ok: false; melding: string }> {
  if (gekozenId) {
    const p = await db.gebruiker.findUnique({ where: { id: gekozenId }, select: { id: true, naam: true, rol: true, actief: true } });
    const fout = contactpersoonFout(vereist, p);
    return fout || !p ? { ok: false, melding: fout ?? "Kies een contactpersoon uit de lijst." } : { ok: true, id: p.id, naam: p.naam };
  }
  const voorstel = await voorgesteldeContactpersoon(g, vereist);
  const p = voorstel ? await db.gebruiker.findUnique({ where: { id: voorstel.id }, select: { id: true, naam: true } }) : null;
  if (!p)
    return { ok: false, melding: `Er is geen actieve ${contactpersoonRolNaam(vereist)} om voor te stellen. Kies een contactpersoon.` };
  return { ok: true, id: p.id, naam: p.naam };
}
