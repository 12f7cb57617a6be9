import "server-only";
import { isId } from "@/domain/id";
import { maskeerBsn } from "@/domain/inwoner/bsn";
import { contactpersoonRol } from "@/domain/inwoner/contactpersoon";
import { parseDatum, parseZoekvraag, valideerInwoner, volledigeNaam, type InwonerFormulier } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { normaliseer } from "@/domain/tekst";
import type { Ingelogd } from "../auth/sessie";
import { logVerwerking } from "../audit";
import { db } from "../db";

// Inwoners in the back office (issue 4). Every function checks the caller's permission and writes
// one audit record per inwoner whose data it reads or changes (Logboek Dataverwerkingen shape:
// who, which activity, about whom as a pseudonym — the inwoner's random id, never the BSN —
// from where, with what outcome). The BSN leaves this module only masked, except in `toonBsn`.

const GEEN_TOEGANG = "Je hebt geen toegang tot inwonergegevens.";

/** Staff who can be an inwoner's contact person (R-TOE-2), for the form's select. */
export async function mogelijkeContactpersonen(g: Ingelogd | null) {
  if (!g || !mag(g.rol, "inwoner:lezen")) return [];
  return db.gebruiker.findMany({
    where: { actief: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } },
    orderBy: [{ rol: "asc" }, { naam: "asc" }],
    select: { id: true, naam: true, rol: true },
  });
}

/**
 * R-TOE-2's proposal: the caller when they have the role the rule names, otherwise the active
 * colleague with that role who is contact person of the fewest inwoners.
 */
export async function voorgesteldeContactpersoon(g: Ingelogd, rol: "TRAJECTREGISSEUR" | "WMO_CONSULENT") {
  if (g.rol === rol) return { id: g.id };
  const kandidaten = await db.gebruiker.findMany({
    where: { actief: true, rol },
    select: { id: true, _count: { select: { inwoners: true } } },
    orderBy: { naam: "asc" },
  });
  kandidaten.sort((a, b) => a._count.inwoners - b._count.inwoners);
  return kandidaten[0] ? { id: kandidaten[0].id } : null;
}

export type RegistratieUitkomst = { ok: true; id: string } | { ok: false; fouten: Record<string, string>; melding: string | null };

export async function registreerInwoner(g: Ingelogd | null, f: InwonerFormulier, bron: string): Promise<RegistratieUitkomst> {
  if (!g || !mag(g.rol, "inwoner:registreren")) {
    await logVerwerking(g, "inwoner-registreren", bron, null, "geweigerd");
    return { ok: false, fouten: {}, melding: GEEN_TOEGANG };
  }
  const r = valideerInwoner(f);
  if (!r.ok) return { ok: false, fouten: r.fouten, melding: null };
  const i = r.inwoner;
  const [bestaand, contact] = await Promise.all([
    db.inwoner.findUnique({ where: { bsn: i.bsn }, select: { id: true } }),
    i.contactpersoonId
      ? db.gebruiker.findFirst({
          where: { id: i.contactpersoonId, actief: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } },
          select: { id: true },
        })
      : voorgesteldeContactpersoon(g, contactpersoonRol(i.uitkering)),
  ]);
  const fouten: Record<string, string> = {};
  if (bestaand) fouten.bsn = "Er is al een inwoner met dit BSN geregistreerd. Zoek de inwoner op in plaats van hem opnieuw te registreren.";
  if (!contact) {
    fouten.contactpersoonId = i.contactpersoonId
      ? "Kies een contactpersoon uit de lijst."
      : `Er is geen actieve ${contactpersoonRol(i.uitkering) === "TRAJECTREGISSEUR" ? "trajectregisseur" : "Wmo-consulent"} om voor te stellen. Kies een contactpersoon.`;
  }
  if (i.perspectiefTrede !== null && i.perspectiefTrede < i.trede)
    fouten.perspectiefTrede = "Het perspectief ligt niet lager dan de trede waarop de inwoner nu staat.";
  if (Object.keys(fouten).length) return { ok: false, fouten, melding: null };
  const vandaag = parseDatum(new Date().toISOString().slice(0, 10))!;
  const inwoner = await db.inwoner.create({
    data: {
      bsn: i.bsn,
      voornamen: i.voornamen,
      tussenvoegsel: i.tussenvoegsel || null,
      achternaam: i.achternaam,
      geboortedatum: i.geboortedatum,
      straat: i.straat,
      huisnummer: i.huisnummer,
      postcode: i.postcode,
      plaats: i.plaats,
      email: i.email || null,
      telefoon: i.telefoon || null,
      uitkering: i.uitkering,
      contactpersoonId: contact!.id,
      zoeknaam: normaliseer(volledigeNaam({ ...i, tussenvoegsel: i.tussenvoegsel || null })),
      ladder: {
        create: {
          datum: vandaag,
          trede: i.trede,
          perspectiefTrede: i.perspectiefTrede,
          perspectiefDatum: i.perspectiefTrede ? vandaag : null,
          vastgelegdDoorId: g.id,
        },
      },
    },
  });
  await logVerwerking(g, "inwoner-registreren", bron, inwoner.id);
  return { ok: true, id: inwoner.id };
}

export type InwonerRegel = { id: string; naam: string; geboortedatum: Date; bsn: string; plaats: string; contactpersoon: string | null };

/** Search by BSN, birth date or name; at most 25 results, each read logged. */
export async function zoekInwoners(
  g: Ingelogd | null,
  q: string,
  bron: string,
  alleenMijn = false,
): Promise<{ regels: InwonerRegel[]; melding: string | null }> {
  if (!g || !mag(g.rol, "inwoner:lezen")) return { regels: [], melding: GEEN_TOEGANG };
  const vraag = parseZoekvraag(q);
  const where =
    vraag.soort === "bsn"
      ? { bsn: vraag.bsn }
      : vraag.soort === "geboortedatum"
        ? { geboortedatum: vraag.datum }
        : vraag.soort === "naam"
          ? {
              AND: normaliseer(vraag.tekst)
                .split(" ")
                .filter(Boolean)
                .map((w) => ({ zoeknaam: { contains: w } })),
            }
          : {};
  const gevonden = await db.inwoner.findMany({
    where: { ...where, ...(alleenMijn ? { contactpersoonId: g.id } : {}) },
    orderBy: [{ achternaam: "asc" }, { voornamen: "asc" }],
    take: 25,
    select: {
      id: true,
      voornamen: true,
      tussenvoegsel: true,
      achternaam: true,
      geboortedatum: true,
      bsn: true,
      plaats: true,
      contactpersoon: { select: { naam: true } },
    },
  });
  for (const i of gevonden) await logVerwerking(g, "inwoner-zoeken", bron, i.id, "gelukt", `zoekvraag: ${vraag.soort}`);
  return {
    regels: gevonden.map((i) => ({
      id: i.id,
      naam: volledigeNaam(i),
      geboortedatum: i.geboortedatum,
      bsn: maskeerBsn(i.bsn),
      plaats: i.plaats,
      contactpersoon: i.contactpersoon?.naam ?? null,
    })),
    melding: null,
  };
}

/** The inwoner's file for staff; the BSN masked. Logged as one read. */
export async function inwonerDossier(g: Ingelogd | null, id: string, bron: string) {
  if (!g || !mag(g.rol, "inwoner:lezen") || !isId(id)) {
    if (isId(id)) await logVerwerking(g, "inwoner-bekijken", bron, id, "geweigerd");
    return null;
  }
  const i = await db.inwoner.findUnique({
    where: { id },
    include: {
      contactpersoon: { select: { id: true, naam: true, rol: true } },
      ladder: { orderBy: [{ datum: "desc" }, { createdAt: "desc" }], include: { vastgelegdDoor: { select: { naam: true } } } },
      toewijzingen: {
        orderBy: { startdatum: "desc" },
        include: { product: { select: { korteNaam: true } }, aanbieder: { select: { naam: true } } },
      },
    },
  });
  if (!i) return null;
  await logVerwerking(g, "inwoner-bekijken", bron, i.id);
  const { bsn, ...rest } = i;
  return { ...rest, naam: volledigeNaam(i), bsnGemaskeerd: maskeerBsn(bsn), voorgesteldeContactRol: contactpersoonRol(i.uitkering) };
}

/** The full BSN, only on an explicit request, logged. */
export async function toonBsn(g: Ingelogd | null, id: string, bron: string): Promise<string | null> {
  if (!g || !mag(g.rol, "inwoner:lezen") || !isId(id)) {
    if (isId(id)) await logVerwerking(g, "bsn-tonen", bron, id, "geweigerd");
    return null;
  }
  const i = await db.inwoner.findUnique({ where: { id }, select: { id: true, bsn: true } });
  if (!i) return null;
  await logVerwerking(g, "bsn-tonen", bron, i.id);
  return i.bsn;
}

export type LadderUitkomst = { ok: true } | { ok: false; fouten: Record<string, string>; melding: string | null };

/** R-LAD-3: a new trede (and optionally a perspectief) on a date, with who recorded it. */
export async function legTredeVast(
  g: Ingelogd | null,
  id: string,
  f: { datum: string; trede: string; perspectiefTrede: string; toelichting: string },
  bron: string,
): Promise<LadderUitkomst> {
  if (!g || !mag(g.rol, "inwoner:registreren") || !isId(id)) {
    if (isId(id)) await logVerwerking(g, "ladder-vastleggen", bron, id, "geweigerd");
    return { ok: false, fouten: {}, melding: "Je mag de trede van een inwoner niet vastleggen." };
  }
  const fouten: Record<string, string> = {};
  const datum = parseDatum(f.datum);
  if (!datum) fouten.datum = "Vul een bestaande datum in, bijvoorbeeld 01-03-2026.";
  else if (datum.getTime() > Date.now()) fouten.datum = "De datum ligt in de toekomst. Leg vast wat nu geldt.";
  const trede = /^[1-6]$/.test(f.trede) ? Number(f.trede) : null;
  if (!trede) fouten.trede = "Kies een trede van 1 tot en met 6.";
  const perspectief = f.perspectiefTrede === "" ? null : /^[1-6]$/.test(f.perspectiefTrede) ? Number(f.perspectiefTrede) : NaN;
  if (Number.isNaN(perspectief)) fouten.perspectiefTrede = "Kies een perspectieftrede van 1 tot en met 6, of laat het leeg.";
  else if (perspectief !== null && trede && perspectief < trede)
    fouten.perspectiefTrede = "Het perspectief ligt niet lager dan de huidige trede.";
  if (f.toelichting.length > 1000) fouten.toelichting = "De toelichting mag niet langer zijn dan 1000 tekens.";
  if (Object.keys(fouten).length) return { ok: false, fouten, melding: null };
  const bestaat = await db.inwoner.findUnique({ where: { id }, select: { id: true } });
  if (!bestaat) return { ok: false, fouten: {}, melding: "Deze inwoner bestaat niet." };
  await db.ladderRegel.create({
    data: {
      inwonerId: id,
      datum: datum!,
      trede: trede!,
      perspectiefTrede: perspectief,
      perspectiefDatum: perspectief ? datum : null,
      toelichting: f.toelichting.trim() || null,
      vastgelegdDoorId: g.id,
    },
  });
  await logVerwerking(g, "ladder-vastleggen", bron, id);
  return { ok: true };
}

/** R-TOE-2: staff may change the proposed contact person. */
export async function wijzigContactpersoon(
  g: Ingelogd | null,
  id: string,
  contactpersoonId: string,
  bron: string,
): Promise<{ ok: boolean; melding: string }> {
  if (!g || !mag(g.rol, "inwoner:registreren") || !isId(id)) {
    if (isId(id)) await logVerwerking(g, "contactpersoon-wijzigen", bron, id, "geweigerd");
    return { ok: false, melding: "Je mag de contactpersoon niet wijzigen." };
  }
  const contact = isId(contactpersoonId)
    ? await db.gebruiker.findFirst({
        where: { id: contactpersoonId, actief: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } },
        select: { id: true, naam: true },
      })
    : null;
  if (!contact) return { ok: false, melding: "Kies een contactpersoon uit de lijst." };
  const r = await db.inwoner.updateMany({ where: { id }, data: { contactpersoonId: contact.id } });
  if (r.count === 0) return { ok: false, melding: "Deze inwoner bestaat niet." };
  await logVerwerking(g, "contactpersoon-wijzigen", bron, id);
  return { ok: true, melding: `${contact.naam} is nu de contactpersoon.` };
}

/** The current trede: the latest ladder entry. */
export function huidigeTrede(ladder: { datum: Date; createdAt: Date; trede: number }[]): number | null {
  const laatste = [...ladder].sort((a, b) => b.datum.getTime() - a.datum.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
  return laatste?.trede ?? null;
}
