import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema, isId } from "@/domain/id";
import { maskeerBsn } from "@/domain/inwoner/bsn";
import { contactpersoonFout, contactpersoonRol, contactpersoonRolNaam, type ContactpersoonRol } from "@/domain/inwoner/contactpersoon";
import {
  contactpersoonSchema,
  inwonerSchema,
  inwonerWijzigSchema,
  ladderSchema,
  parseZoekvraag,
  volledigeNaam,
  zoekSchema,
} from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { normaliseer } from "@/domain/tekst";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db, isUniekFout } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";

// Inwoners in the back office (issue 4). Every function checks the caller's permission and writes
// one audit record per inwoner whose data it reads or changes (Logboek Dataverwerkingen shape:
// who, which activity, about whom as a pseudonym — the inwoner's random id, never the BSN —
// from where, with what outcome). The BSN leaves this module only masked, except in `toonBsn`.
// The changes (and the search and "toon BSN") are use cases on the pipeline (src/server/pipeline.ts).

const GEEN_TOEGANG = "Je hebt geen toegang tot inwonergegevens.";
const BRON_ZOEKEN = "/gemeente/inwoners";
/** Who can be an inwoner's contact person (R-TOE-2). */
const ACTIEVE_CONTACTPERSOON = { actief: true, rol: { in: ["TRAJECTREGISSEUR" as const, "WMO_CONSULENT" as const] } };

/** Staff who can be an inwoner's contact person (R-TOE-2), for the form's select. */
export async function mogelijkeContactpersonen(g: Ingelogd | null) {
  if (!g || !mag(g.rol, "inwoner:lezen")) return [];
  return db.gebruiker.findMany({
    where: ACTIEVE_CONTACTPERSOON,
    orderBy: [{ rol: "asc" }, { naam: "asc" }],
    select: { id: true, naam: true, rol: true },
  });
}

/**
 * R-TOE-2's proposal: the caller when they have the role the rule names, otherwise the active
 * colleague with that role who is contact person of the fewest inwoners.
 */
export async function voorgesteldeContactpersoon(g: Ingelogd, rol: "TRAJECTREGISSEUR" | "WMO_CONSULENT") {
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

const DUBBEL_BSN = "Er is al een inwoner met dit BSN geregistreerd. Zoek de inwoner op in plaats van hem opnieuw te registreren.";

export const registreerInwoner = defineUseCase({
  activiteit: "inwoner-registreren",
  bron: "/gemeente/inwoners/nieuw",
  schema: inwonerSchema,
  toegang: "inwoner:registreren",
  geenToegang: GEEN_TOEGANG,
  async uitvoeren({ invoer: i, gebruiker: g, audit, nu }) {
    const [bestaand, contact] = await Promise.all([
      db.inwoner.findUnique({ where: { bsn: i.bsn }, select: { id: true } }),
      kiesContactpersoon(g, contactpersoonRol(i.uitkering), i.contactpersoonId || null),
    ]);
    const fouten: Record<string, string> = {};
    if (bestaand) fouten.bsn = DUBBEL_BSN;
    if (!contact.ok) fouten.contactpersoonId = contact.melding;
    if (Object.keys(fouten).length || !contact.ok) return veldFouten(fouten);
    // The registration day is today's date in the Netherlands, not in UTC.
    const vandaag = vandaagInNederland(nu);
    let inwoner;
    try {
      inwoner = await db.inwoner.create({
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
          contactpersoonId: contact.id,
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
    } catch (e) {
      // Two registrations of the same BSN at once: the unique key refuses the second.
      if (isUniekFout(e)) return veldFouten({ bsn: DUBBEL_BSN });
      throw e;
    }
    audit.betrokkene = inwoner.id;
    return gelukt({ melding: "De inwoner is geregistreerd.", id: inwoner.id });
  },
});

export type InwonerRegel = {
  id: string;
  naam: string;
  geboortedatum: Date;
  bsn: string;
  plaats: string;
  contactpersoon: string | null;
  /** Issue 21 item 25: closed from this day (only listed when asked for). */
  afgeslotenOp: Date | null;
};

/**
 * Search by BSN, birth date or name; at most 25 results. Each inwoner found is one logged read
 * (the pipeline's own record is left out: it would say nothing more, and the query may be a BSN).
 * `q` comes back for the search box only when it is not a BSN: a BSN is never echoed.
 */
export const zoekInwoners = defineUseCase({
  activiteit: "inwoner-zoeken",
  bron: "/gemeente/inwoners",
  schema: zoekSchema,
  toegang: "inwoner:lezen",
  geenToegang: GEEN_TOEGANG,
  zonderAudit: true,
  async uitvoeren({ invoer: { q, mijn, afgesloten }, gebruiker: g }) {
    const vraag = parseZoekvraag(q);
    const regels = await vindInwoners(g, q, mijn, BRON_ZOEKEN, afgesloten);
    const verborgen = afgesloten ? 0 : await verborgenAfgesloten(g, q, mijn);
    return gelukt({ regels, verborgen, q: vraag.soort === "bsn" ? "" : q });
  },
});

function zoekWhere(g: Ingelogd, q: string, mijn: boolean) {
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
  return { ...where, ...(mijn ? { contactpersoonId: g.id } : {}) };
}

/** How many closed inwoners the search left out (a count only: no read of their data). */
export async function verborgenAfgesloten(g: Ingelogd, q: string, mijn: boolean): Promise<number> {
  return db.inwoner.count({ where: { ...zoekWhere(g, q, mijn), afgeslotenOp: { not: null } } });
}

/**
 * The inwoners matching a search (BSN, birth date or name), at most 25; each one found is one
 * logged read. For callers that checked "inwoner:lezen" (the search above, linking an interest
 * request in the queue). Closed inwoners (issue 21 item 25) only with `metAfgesloten`.
 */
export async function vindInwoners(g: Ingelogd, q: string, mijn: boolean, bron: string, metAfgesloten = false): Promise<InwonerRegel[]> {
  const vraag = parseZoekvraag(q);
  const where = zoekWhere(g, q, mijn);
  const gevonden = await db.inwoner.findMany({
    where: { ...where, ...(metAfgesloten ? {} : { afgeslotenOp: null }) },
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
      afgeslotenOp: true,
      contactpersoon: { select: { naam: true } },
    },
  });
  for (const i of gevonden) await logVerwerking(g, "inwoner-zoeken", bron, i.id, "gelukt", `zoekvraag: ${vraag.soort}`);
  const regels: InwonerRegel[] = gevonden.map((i) => ({
    id: i.id,
    naam: volledigeNaam(i),
    geboortedatum: i.geboortedatum,
    bsn: maskeerBsn(i.bsn),
    plaats: i.plaats,
    contactpersoon: i.contactpersoon?.naam ?? null,
    afgeslotenOp: i.afgeslotenOp,
  }));
  return regels;
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

const bestaandeInwoner = ({ invoer }: { invoer: { id: string } }) =>
  db.inwoner.findUnique({ where: { id: invoer.id }, select: { id: true, bsn: true, uitkering: true, afgeslotenOp: true } });

/** The full BSN, only on an explicit request by someone who may read inwoners; a logged read. */
export const toonBsn = defineUseCase({
  activiteit: "bsn-tonen",
  bron: "/gemeente/inwoners/[id]#toon-bsn",
  schema: idSchema,
  toegang: "inwoner:lezen",
  geenToegang: "Je mag het BSN van deze inwoner niet zien.",
  betrokkene: (i) => i.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ doel }) {
    return gelukt({ melding: "Het BSN is getoond en vastgelegd in het logboek.", bsn: doel.bsn });
  },
});

/** R-LAD-3: a new trede (and optionally a perspectief) on a date, with who recorded it. */
export const legTredeVast = defineUseCase({
  activiteit: "ladder-vastleggen",
  bron: "/gemeente/inwoners/[id]#ladder",
  schema: ladderSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de trede van een inwoner niet vastleggen.",
  betrokkene: (l) => l.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: l, doel, gebruiker: g, audit }) {
    // Issue 21 item 25: a closed inwoner's history is kept as it was.
    if (doel.afgeslotenOp) return formFout("Deze inwoner is afgesloten. Heropen het dossier om een trede vast te leggen.");
    await db.ladderRegel.create({
      data: {
        inwonerId: l.id,
        datum: l.datum,
        trede: l.trede,
        perspectiefTrede: l.perspectiefTrede,
        perspectiefDatum: l.perspectiefTrede ? l.datum : null,
        toelichting: l.toelichting || null,
        vastgelegdDoorId: g.id,
      },
    });
    audit.toelichting = `trede ${l.trede}${l.perspectiefTrede ? `, perspectief ${l.perspectiefTrede}` : ""}`;
    return gelukt({ melding: "De trede is vastgelegd." });
  },
});

/** R-TOE-2: staff may change the proposed contact person. */
export const wijzigContactpersoon = defineUseCase({
  activiteit: "contactpersoon-wijzigen",
  bron: "/gemeente/inwoners/[id]#contactpersoon",
  schema: contactpersoonSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de contactpersoon niet wijzigen.",
  betrokkene: (c) => c.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: { id, contactpersoonId }, doel, gebruiker: g }) {
    // R-TOE-2 (defect 3): only an active colleague with the role the uitkering asks for.
    const contact = await kiesContactpersoon(g, contactpersoonRol(doel.uitkering), contactpersoonId);
    if (!contact.ok) return veldFouten({ contactpersoonId: contact.melding });
    await db.inwoner.update({ where: { id }, data: { contactpersoonId: contact.id } });
    return gelukt({ melding: `${contact.naam} is nu de contactpersoon.` });
  },
});

/**
 * Issue 11: change the inwoner's address and uitkering. The uitkering decides the contact person
 * (R-TOE-2): the current one stays when active and of the role the new uitkering asks for; else
 * the chosen one (checked, defect 3) or the rule's proposal. A new contact person also becomes the
 * contact person on the inwoner's running Werkt Mee toewijzingen (the aanbieder sees the name;
 * begeleiding groep keeps its Wmo-consulent). Audit: which parts changed, never the values.
 */
export const wijzigInwoner = defineUseCase({
  activiteit: "inwoner-wijzigen",
  bron: "/gemeente/inwoners/[id]#gegevens",
  schema: inwonerWijzigSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de gegevens van inwoners niet wijzigen.",
  betrokkene: (i) => i.id,
  laad: ({ invoer }) =>
    db.inwoner.findUnique({
      where: { id: invoer.id },
      include: { contactpersoon: { select: { id: true, naam: true, rol: true, actief: true } } },
    }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: w, doel: i, gebruiker: g, audit }) {
    const vereist = contactpersoonRol(w.uitkering);
    const huidigPast = i.contactpersoon && !contactpersoonFout(vereist, i.contactpersoon);
    const contact =
      w.contactpersoonId || !huidigPast
        ? await kiesContactpersoon(g, vereist, w.contactpersoonId || null)
        : { ok: true as const, id: i.contactpersoon!.id, naam: i.contactpersoon!.naam };
    if (!contact.ok) return veldFouten({ contactpersoonId: contact.melding });

    const gewijzigd: string[] = [];
    if (w.straat !== i.straat || w.huisnummer !== i.huisnummer || w.postcode !== i.postcode || w.plaats !== i.plaats)
      gewijzigd.push("adres");
    if (w.uitkering !== i.uitkering) gewijzigd.push("uitkering");
    const nieuweContact = contact.id !== i.contactpersoonId;
    if (nieuweContact) gewijzigd.push("contactpersoon");
    if (gewijzigd.length === 0) return gelukt({ melding: "Er is niets gewijzigd." });

    const lopend = await db.$transaction(async (tx) => {
      await tx.inwoner.update({
        where: { id: i.id },
        data: {
          straat: w.straat,
          huisnummer: w.huisnummer,
          postcode: w.postcode,
          plaats: w.plaats,
          uitkering: w.uitkering,
          contactpersoonId: contact.id,
        },
      });
      if (!nieuweContact) return 0;
      const r = await tx.toewijzing.updateMany({
        where: {
          inwonerId: i.id,
          status: { in: ["TOEGEWEZEN", "GESTART"] },
          product: { categorie: { not: "BEGELEIDING_GROEP" } },
        },
        data: { contactpersoonId: contact.id },
      });
      return r.count;
    });
    audit.toelichting = `gewijzigd: ${gewijzigd.join(", ")}${lopend ? `; contactpersoon op ${lopend} lopende toewijzing(en)` : ""}`;
    const delen = ["De gegevens zijn gewijzigd."];
    if (nieuweContact) {
      delen.push(`${contact.naam} is nu de contactpersoon (${contactpersoonRolNaam(vereist)}).`);
      if (lopend) delen.push(`Ook op ${lopend === 1 ? "de lopende toewijzing" : `${lopend} lopende toewijzingen`}.`);
    }
    return gelukt({ melding: delen.join(" ") });
  },
});

/** The current trede: the latest ladder entry. */
export function huidigeTrede(ladder: { datum: Date; createdAt: Date; trede: number }[]): number | null {
  const laatste = [...ladder].sort((a, b) => b.datum.getTime() - a.datum.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
  return laatste?.trede ?? null;
}
