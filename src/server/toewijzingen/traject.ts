import "server-only";
import { daysBetween, nederlandsMoment, vandaagInNederland } from "@/domain/kalender";
import { formatDatum, formatTijdstip } from "@/domain/format";
import { isId } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { eindeDoorGemeenteVan, trajectTermijnen, vroegGestopt, type Termijn, type TrajectFeiten } from "@/domain/toewijzing/termijnen";
import {
  evaluatieAntwoordSchema,
  evaluatiePlanSchema,
  evaluatieUitkomstSchema,
  MELDING_SOORT_NAAM,
  meldingSchema,
  planSchema,
} from "@/domain/toewijzing/traject-invoer";
import { idSchema } from "@/domain/id";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { betrokkeneVanGesprek, betrokkeneVanMelding, betrokkeneVanToewijzing } from "../betrokkene";
import { db, isUniekFout } from "../db";
import { env } from "../env";
import { verstuurMail } from "../mail/mailer";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { ALLEEN_CONTACTPERSOON, magOpvolgen, TRAJECT_NIET_GEVONDEN, trajectVanAanbieder } from "./traject-toegang";

// The life of a toewijzing after it is issued (issue 11, RULES §4–5; docs/decisions/0015):
// the ondersteuningsplan, meldingen (R-EV-4) and the evaluatiegesprek (R-TOE-5), on both sides.
// The aanbieder works only on toewijzingen of its own organisation (trajectVanAanbieder); the
// gemeente decides as the inwoner's contact person or with traject:opvolgen-alle (magOpvolgen).
// Every read of the plan, the meldingen or the gesprekken is a read of inwoner data and is
// audit-logged with the inwoner's pseudonymous id; every change goes through the pipeline.

// ---------------------------------------------------------------------------------------------
// Deadlines from the stored facts
// ---------------------------------------------------------------------------------------------

/** What the deadlines of a toewijzing are computed from. */
export const termijnInclude = {
  eindverantwoording: { select: { ingediendOp: true, status: true, vervolgNodig: true } },
  evaluatiegesprekken: { select: { status: true, createdAt: true } },
  herindicatieverzoeken: { select: { createdAt: true } },
  // Issue 21 items 19 and 23: the gemeente's changes of the end date, and a verlenging issued.
  wijzigingen: { select: { oudeEinddatum: true, createdAt: true }, orderBy: { createdAt: "asc" as const } },
  verlenging: { select: { id: true, nummer: true, createdAt: true } },
} as const;

type MetFeiten = {
  startdatum: Date;
  einddatum: Date;
  beeindigdOp: Date | null;
  eindverantwoording: { ingediendOp: Date | null; vervolgNodig?: boolean | null } | null;
  evaluatiegesprekken: { status: string; createdAt: Date }[];
  herindicatieverzoeken: { createdAt: Date }[];
  wijzigingen: { oudeEinddatum: Date; createdAt: Date }[];
  verlenging: { createdAt: Date } | null;
};

const dag = (d: Date | null | undefined) => (d ? vandaagInNederland(d) : null);
const eerste = (ds: Date[]) => (ds.length ? new Date(Math.min(...ds.map((d) => d.getTime()))) : null);

/**
 * ADR 0015: the evaluatiegesprek is done on the day the aanbieder first proposed a moment, once a
 * moment is accepted (a request for another moment does not make the aanbieder late).
 */
export function feitenVan(t: MetFeiten): TrajectFeiten {
  const geaccepteerd = t.evaluatiegesprekken.some((e) => e.status === "GEACCEPTEERD" || e.status === "AFGEROND");
  return {
    startdatum: t.startdatum,
    einddatum: t.einddatum,
    beeindigdOp: t.beeindigdOp,
    evIngediendOp: dag(t.eindverantwoording?.ingediendOp),
    evaluatieGeplandOp: geaccepteerd
      ? dag(eerste(t.evaluatiegesprekken.filter((e) => e.status !== "GEANNULEERD").map((e) => e.createdAt)))
      : null,
    herindicatieIngediendOp: dag(eerste(t.herindicatieverzoeken.map((h) => h.createdAt))),
    eindeDoorGemeente: eindeDoorGemeenteVan(t.wijzigingen),
    verlengdOp: dag(t.verlenging?.createdAt),
    evVraagtVervolg: t.eindverantwoording?.vervolgNodig === true,
  };
}

export function termijnenVan(t: MetFeiten, vandaag: Date): Termijn[] {
  return trajectTermijnen(feitenVan(t), vandaag);
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

const trajectInclude = {
  inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } },
  product: { select: { korteNaam: true, naam: true, categorie: true } },
  werkplek: { select: { titel: true } },
  contactpersoon: { select: { naam: true } },
  ondersteuningsplan: { include: { doelen: { orderBy: { volgorde: "asc" as const } } } },
  meldingen: { orderBy: { createdAt: "desc" as const } },
  ...termijnInclude,
  evaluatiegesprekken: { orderBy: { createdAt: "asc" as const } },
} as const;

async function laadTraject(id: string) {
  return db.toewijzing.findUnique({ where: { id }, include: trajectInclude });
}
type GeladenTraject = NonNullable<Awaited<ReturnType<typeof laadTraject>>>;

async function namenVan(ids: (string | null)[]) {
  const uniek = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  const rijen = uniek.length ? await db.gebruiker.findMany({ where: { id: { in: uniek } }, select: { id: true, naam: true } }) : [];
  return new Map(rijen.map((r) => [r.id, r.naam]));
}

async function trajectWeergave(t: GeladenTraject, vandaag: Date) {
  const namen = await namenVan([
    ...t.meldingen.flatMap((m) => [m.gemeldDoorId, m.gelezenDoorId]),
    ...t.evaluatiegesprekken.flatMap((e) => [e.voorgesteldDoorId, e.beantwoordDoorId, e.uitkomstDoorId]),
    t.ondersteuningsplan?.bijgewerktDoorId ?? null,
  ]);
  const naam = (id: string | null) => (id ? (namen.get(id) ?? "onbekend") : null);
  const gesprekken = t.evaluatiegesprekken.map((e) => ({
    ...e,
    voorgesteldDoor: naam(e.voorgesteldDoorId),
    beantwoordDoor: naam(e.beantwoordDoorId),
    uitkomstDoor: naam(e.uitkomstDoorId),
  }));
  return {
    id: t.id,
    nummer: t.nummer,
    inwonerId: t.inwoner.id,
    inwonerNaam: volledigeNaam(t.inwoner),
    geboortejaar: t.inwoner.geboortedatum.getUTCFullYear(),
    product: t.product.korteNaam,
    productNaam: t.product.naam,
    startdatum: t.startdatum,
    einddatum: t.einddatum,
    urenPerWeek: t.urenPerWeek,
    werkplek: t.werkplek?.titel ?? null,
    contactpersoon: t.contactpersoon?.naam ?? null,
    contactpersoonId: t.contactpersoonId,
    status: t.status,
    gestartOp: t.gestartOp,
    beeindigdOp: t.beeindigdOp,
    vroegGestopt: vroegGestopt(t),
    plan: t.ondersteuningsplan
      ? {
          versie: t.ondersteuningsplan.versie,
          bijgewerktOp: t.ondersteuningsplan.updatedAt,
          bijgewerktDoor: naam(t.ondersteuningsplan.bijgewerktDoorId),
          doelen: t.ondersteuningsplan.doelen.map((d) => ({ id: d.id, soort: d.soort, omschrijving: d.omschrijving })),
        }
      : null,
    /** R-EV-2: the plan is fixed once the eindverantwoording is submitted. */
    planAlleenLezen: Boolean(t.eindverantwoording?.ingediendOp),
    meldingen: t.meldingen.map((m) => ({ ...m, gemeldDoor: naam(m.gemeldDoorId), gelezenDoor: naam(m.gelezenDoorId) })),
    /** R-EV-4: meldingen only while started, up to the end. */
    magMelden: kanMelden(t, vandaag),
    gesprekken,
    /** The open proposal, the accepted one or the one with its outcome: the newest that is not "another moment". */
    huidigGesprek: [...gesprekken].reverse().find((e) => e.status !== "ANDER_MOMENT" && e.status !== "GEANNULEERD") ?? null,
    magGesprekPlannen: kanGesprekPlannen(t) === null,
    termijnen: termijnenVan(t, vandaag),
  };
}
export type TrajectWeergave = Awaited<ReturnType<typeof trajectWeergave>>;

/**
 * The traject for its aanbieder: own organisation only (forged or foreign ids: null, the page
 * answers 404). Logged as a read of the inwoner's reports.
 */
export async function trajectVoorAanbieder(g: Ingelogd | null, id: string, bron: string, vandaag = vandaagInNederland()) {
  if (!g || !g.aanbiederId || !mag(g.rol, "traject:rapporteren") || !isId(id)) return null;
  const eigen = await trajectVanAanbieder(g, id);
  if (!eigen) {
    await logVerwerking(g, "traject-bekijken-aanbieder", bron, null, "geweigerd");
    return null;
  }
  const t = await laadTraject(eigen.id);
  if (!t) return null;
  await logVerwerking(g, "traject-bekijken-aanbieder", bron, t.inwonerId);
  return trajectWeergave(t, vandaag);
}

/** The traject for gemeente staff who may read inwoners; `magBeslissen` when they are its contact person (or for all). */
export async function trajectVoorGemeente(g: Ingelogd | null, id: string, bron: string, vandaag = vandaagInNederland()) {
  if (!g || g.aanbiederId || !isId(id)) return null;
  const t = await laadTraject(id);
  if (!t) return null;
  if (!mag(g.rol, "inwoner:lezen")) {
    await logVerwerking(g, "traject-bekijken", bron, t.inwonerId, "geweigerd");
    return null;
  }
  await logVerwerking(g, "traject-bekijken", bron, t.inwonerId);
  return { ...(await trajectWeergave(t, vandaag)), magBeslissen: magOpvolgen(g, t) };
}

// ---------------------------------------------------------------------------------------------
// Rules of the moment
// ---------------------------------------------------------------------------------------------

type Stand = { status: string; startdatum: Date; einddatum: Date; beeindigdOp: Date | null; gestartOp: Date | null };

/** R-EV-4: only while the toewijzing is gestart, from its start up to its (actual) end. */
function kanMelden(t: Stand, vandaag: Date): boolean {
  if (t.status !== "GESTART") return false;
  const einde = t.beeindigdOp ?? t.einddatum;
  return daysBetween(vandaag, einde) >= 0 && daysBetween(t.gestartOp ?? t.startdatum, vandaag) >= 0;
}

/** Why no evaluatiegesprek can be planned now, or null. */
function kanGesprekPlannen(t: Stand & { evaluatiegesprekken: { status: string }[] }): string | null {
  if (t.status !== "TOEGEWEZEN" && t.status !== "GESTART") return "Deze toewijzing is beëindigd; er is geen evaluatiegesprek meer nodig.";
  if (t.evaluatiegesprekken.some((e) => e.status === "VOORGESTELD")) {
    return "Er staat al een voorstel voor het evaluatiegesprek open. Wacht op het antwoord van de contactpersoon.";
  }
  if (t.evaluatiegesprekken.some((e) => e.status === "GEACCEPTEERD" || e.status === "AFGEROND")) {
    return "Het evaluatiegesprek is al gepland en geaccepteerd.";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// E-mail: names the contact person (or the aanbieder's colleague), never a BSN
// ---------------------------------------------------------------------------------------------

const link = (pad: string) => `${env.APP_URL.replace(/\/$/, "")}${pad}`;

async function mailContactpersoon(contactpersoonId: string | null, onderwerp: string, regels: string[]) {
  if (!contactpersoonId) return;
  const c = await db.gebruiker.findUnique({ where: { id: contactpersoonId }, select: { email: true, naam: true, actief: true } });
  if (!c?.actief) return;
  await verstuurMail({
    aan: c.email,
    onderwerp,
    tekst: [`Beste ${c.naam},`, "", ...regels, "", "Met vriendelijke groet,", "Werkt Mee-portaal, gemeente Apeldoorn"].join("\n"),
  });
}

async function mailAanbieder(gebruikerId: string, contactpersoon: string, onderwerp: string, regels: string[]) {
  const o = await db.gebruiker.findUnique({ where: { id: gebruikerId }, select: { email: true, naam: true, actief: true } });
  if (!o?.actief) return;
  await verstuurMail({
    aan: o.email,
    onderwerp,
    tekst: [`Beste ${o.naam},`, "", ...regels, "", "Met vriendelijke groet,", `${contactpersoon}, gemeente Apeldoorn`].join("\n"),
  });
}

// ---------------------------------------------------------------------------------------------
// The aanbieder's use cases
// ---------------------------------------------------------------------------------------------

const rapporteur = {
  toegang: "traject:rapporteren",
  betrokkene: betrokkeneVanToewijzing,
  magGebruiker: (g: Ingelogd) => Boolean(g.aanbiederId),
  laad: ({ gebruiker, invoer }: { gebruiker: Ingelogd; invoer: { id: string } }) => trajectVanAanbieder(gebruiker, invoer.id),
  nietGevonden: TRAJECT_NIET_GEVONDEN,
} as const;

export const PLAN_CONFLICT =
  "Iemand anders heeft het ondersteuningsplan intussen gewijzigd. Vernieuw de pagina; je wijziging staat er nog niet in.";

/** Ondersteuningsplan: add, change and remove goals, until the eindverantwoording is submitted; `versie` guards a parallel edit. */
export const slaPlanOp = defineUseCase({
  ...rapporteur,
  activiteit: "ondersteuningsplan-opslaan",
  bron: "/aanbieder/toewijzingen/[id]#plan",
  schema: planSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit }) {
    audit.betrokkene = t.inwonerId;
    const [ev, plan] = await Promise.all([
      db.eindverantwoording.findUnique({ where: { toewijzingId: t.id }, select: { ingediendOp: true } }),
      db.ondersteuningsplan.findUnique({ where: { toewijzingId: t.id }, include: { doelen: { select: { id: true } } } }),
    ]);
    if (ev?.ingediendOp) return formFout("De eindverantwoording is ingediend; het ondersteuningsplan kan niet meer worden gewijzigd.");
    if (f.doelen.length === 0 && !plan) return veldFouten({ "doel-0-omschrijving": "Beschrijf ten minste één doel." });
    const bekend = new Set(plan?.doelen.map((d) => d.id) ?? []);
    if (f.doelen.some((d) => d.id && !bekend.has(d.id))) return formFout(PLAN_CONFLICT);
    if ((plan?.versie ?? 0) !== f.versie) return formFout(PLAN_CONFLICT);
    try {
      await db.$transaction(async (tx) => {
        let planId: string;
        if (!plan) {
          planId = (await tx.ondersteuningsplan.create({ data: { toewijzingId: t.id, bijgewerktDoorId: g.id } })).id;
        } else {
          const r = await tx.ondersteuningsplan.updateMany({
            where: { id: plan.id, versie: f.versie },
            data: { versie: { increment: 1 }, bijgewerktDoorId: g.id },
          });
          if (r.count === 0) throw new Conflict();
          planId = plan.id;
        }
        const blijft = new Set(f.doelen.map((d) => d.id).filter(Boolean));
        await tx.planDoel.deleteMany({ where: { ondersteuningsplanId: planId, id: { notIn: [...blijft] as string[] } } });
        for (const [volgorde, d] of f.doelen.entries()) {
          if (d.id) {
            await tx.planDoel.update({ where: { id: d.id }, data: { soort: d.soort, omschrijving: d.omschrijving, volgorde } });
          } else {
            await tx.planDoel.create({ data: { ondersteuningsplanId: planId, soort: d.soort, omschrijving: d.omschrijving, volgorde } });
          }
        }
      });
    } catch (e) {
      if (e instanceof Conflict || isUniekFout(e)) return formFout(PLAN_CONFLICT);
      throw e;
    }
    audit.toelichting = `${t.nummer}: ondersteuningsplan (${f.doelen.length} doelen)`;
    return gelukt({ melding: `Het ondersteuningsplan is opgeslagen (${f.doelen.length === 1 ? "1 doel" : `${f.doelen.length} doelen`}).` });
  },
});
class Conflict extends Error {}

/** R-EV-4: a calamiteit or results at risk, only while gestart; the contact person gets an e-mail. */
export const meldGebeurtenis = defineUseCase({
  ...rapporteur,
  activiteit: "melding-doen",
  bron: "/aanbieder/toewijzingen/[id]#meldingen",
  schema: meldingSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    if (!kanMelden(t, vandaagInNederland(nu))) {
      return formFout("Een melding kan alleen zolang de toewijzing gestart is, tussen de start en het einde.");
    }
    await db.melding.create({
      data: { toewijzingId: t.id, soort: f.soort, watGebeurde: f.watGebeurde, aanpak: f.aanpak, gemeldDoorId: g.id },
    });
    const contact = t.contactpersoonId
      ? await db.gebruiker.findUnique({ where: { id: t.contactpersoonId }, select: { naam: true } })
      : null;
    await mailContactpersoon(t.contactpersoonId, `Nieuwe melding bij ${t.nummer}: ${MELDING_SOORT_NAAM[f.soort].toLowerCase()}`, [
      `${g.naam} heeft een melding gedaan bij toewijzing ${t.nummer} (${MELDING_SOORT_NAAM[f.soort].toLowerCase()}).`,
      "Lees de melding in het portaal en markeer hem als gelezen:",
      link(`/gemeente/toewijzingen/${t.id}#meldingen`),
    ]);
    audit.toelichting = `${t.nummer}: melding ${f.soort}`;
    return gelukt({
      melding: `De melding is verstuurd. ${contact ? `${contact.naam} (contactpersoon)` : "De contactpersoon"} krijgt een e-mail.`,
    });
  },
});

/**
 * R-TOE-5: the aanbieder plans the evaluatiegesprek. ADR 0015: "uiterlijk 6 weken voor het einde"
 * is about planning it: planning after that day is accepted but counts (and is said) as late. The
 * moment itself lies in the future and on or before the einddatum.
 */
export const planGesprek = defineUseCase({
  ...rapporteur,
  laad: async ({ gebruiker, invoer }: { gebruiker: Ingelogd; invoer: { id: string } }) => {
    const t = await trajectVanAanbieder(gebruiker, invoer.id);
    return t
      ? db.toewijzing.findUnique({ where: { id: t.id }, include: { ...termijnInclude, contactpersoon: { select: { naam: true } } } })
      : null;
  },
  activiteit: "evaluatiegesprek-plannen",
  bron: "/aanbieder/toewijzingen/[id]#evaluatiegesprek",
  schema: evaluatiePlanSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const waarom = kanGesprekPlannen(t);
    if (waarom) return formFout(waarom);
    const moment = nederlandsMoment(f.datum, f.tijd);
    if (moment.getTime() <= nu.getTime()) return veldFouten({ datum: "Kies een moment in de toekomst." });
    if (daysBetween(f.datum, t.einddatum) < 0) {
      return veldFouten({ datum: `Het gesprek is uiterlijk op de laatste dag van de toewijzing (${formatDatum(t.einddatum)}).` });
    }
    await db.evaluatiegesprek.create({ data: { toewijzingId: t.id, moment, plaats: f.plaats, voorgesteldDoorId: g.id } });
    const evaluatie = termijnenVan(t, vandaagInNederland(nu)).find((x) => x.soort === "evaluatiegesprek")!;
    const teLaat = daysBetween(evaluatie.uiterlijk, vandaagInNederland(nu)) > 0;
    await mailContactpersoon(t.contactpersoonId, `Evaluatiegesprek voorgesteld voor ${t.nummer}`, [
      `${g.naam} stelt voor het evaluatiegesprek van toewijzing ${t.nummer} te houden op ${formatTijdstip(moment)}, ${f.plaats}.`,
      "Accepteer het moment of stel een ander moment voor in het portaal:",
      link(`/gemeente/toewijzingen/${t.id}#evaluatiegesprek`),
    ]);
    audit.toelichting = `${t.nummer}: evaluatiegesprek voorgesteld`;
    const wie = t.contactpersoon?.naam ?? "De contactpersoon";
    return gelukt({
      melding:
        `Het evaluatiegesprek is voorgesteld voor ${formatTijdstip(moment)}. ${wie} krijgt een e-mail en accepteert het of stelt een ander moment voor.` +
        (teLaat
          ? ` Let op: de termijn om het gesprek te plannen was ${formatDatum(evaluatie.uiterlijk)}; het telt als te laat gepland.`
          : ""),
    });
  },
});

// ---------------------------------------------------------------------------------------------
// The gemeente's use cases: the inwoner's contact person, or traject:opvolgen-alle
// ---------------------------------------------------------------------------------------------

/** The contact person marks a melding as read; it leaves their dashboard. */
export const markeerMeldingGelezen = defineUseCase({
  activiteit: "melding-gelezen",
  bron: "/gemeente/toewijzingen/[id]#meldingen",
  schema: idSchema,
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanMelding,
  magGebruiker: (g: Ingelogd) => !g.aanbiederId,
  laad: ({ invoer }) => db.melding.findUnique({ where: { id: invoer.id }, include: { toewijzing: true } }),
  nietGevonden: "Deze melding bestaat niet.",
  async uitvoeren({ invoer, doel: m, gebruiker: g, audit, nu }) {
    audit.betrokkene = m.toewijzing.inwonerId;
    if (!magOpvolgen(g, m.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    const r = await db.melding.updateMany({ where: { id: invoer.id, gelezenOp: null }, data: { gelezenOp: nu, gelezenDoorId: g.id } });
    if (r.count === 0) return formFout("Deze melding is al als gelezen gemarkeerd.");
    audit.toelichting = `${m.toewijzing.nummer}: melding gelezen`;
    return gelukt({ melding: "De melding is als gelezen gemarkeerd.", toewijzingId: m.toewijzingId });
  },
});

const gesprekLaden = ({ invoer }: { invoer: { id: string } }) =>
  db.evaluatiegesprek.findUnique({
    where: { id: invoer.id },
    include: {
      toewijzing: {
        select: { id: true, nummer: true, inwonerId: true, contactpersoonId: true, eindverantwoording: { select: { ingediendOp: true } } },
      },
    },
  });

/** The contact person accepts the proposed moment or asks for another one; the aanbieder gets an e-mail. */
export const beantwoordGesprek = defineUseCase({
  activiteit: "evaluatiegesprek-beantwoorden",
  bron: "/gemeente/toewijzingen/[id]#evaluatiegesprek",
  schema: evaluatieAntwoordSchema,
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanGesprek,
  magGebruiker: (g: Ingelogd) => !g.aanbiederId,
  laad: gesprekLaden,
  nietGevonden: "Dit evaluatiegesprek bestaat niet.",
  async uitvoeren({ invoer: f, doel: e, gebruiker: g, audit, nu }) {
    audit.betrokkene = e.toewijzing.inwonerId;
    if (!magOpvolgen(g, e.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    const accepteren = f.antwoord === "accepteren";
    // Issue 21 item 22: a moment that has passed cannot be accepted any more.
    if (accepteren && e.status === "VOORGESTELD" && e.moment.getTime() <= nu.getTime()) {
      return formFout(`Het voorgestelde moment (${formatTijdstip(e.moment)}) is al voorbij. Vraag de aanbieder om een ander moment.`);
    }
    const r = await db.evaluatiegesprek.updateMany({
      where: { id: e.id, status: "VOORGESTELD" },
      data: {
        status: accepteren ? "GEACCEPTEERD" : "ANDER_MOMENT",
        tegenvoorstel: accepteren ? null : f.tegenvoorstel,
        beantwoordOp: nu,
        beantwoordDoorId: g.id,
      },
    });
    if (r.count === 0) return formFout("Op dit voorstel is al geantwoord.");
    await mailAanbieder(
      e.voorgesteldDoorId,
      g.naam,
      accepteren
        ? `Evaluatiegesprek ${e.toewijzing.nummer} geaccepteerd`
        : `Ander moment gevraagd voor evaluatiegesprek ${e.toewijzing.nummer}`,
      accepteren
        ? [
            `${g.naam} (contactpersoon) accepteert het evaluatiegesprek van ${e.toewijzing.nummer} op ${formatTijdstip(e.moment)}, ${e.plaats}.`,
          ]
        : [
            `${g.naam} (contactpersoon) vraagt een ander moment voor het evaluatiegesprek van ${e.toewijzing.nummer}:`,
            f.tegenvoorstel,
            "Plan het gesprek opnieuw in het portaal:",
            link(`/aanbieder/toewijzingen/${e.toewijzing.id}#evaluatiegesprek`),
          ],
    );
    audit.toelichting = `${e.toewijzing.nummer}: evaluatiegesprek ${accepteren ? "geaccepteerd" : "ander moment"}`;
    return gelukt({
      melding: accepteren
        ? "Het evaluatiegesprek is geaccepteerd. De aanbieder krijgt een e-mail."
        : "Je voorstel voor een ander moment is verstuurd. De aanbieder plant het gesprek opnieuw.",
      toewijzingId: e.toewijzingId,
    });
  },
});

/** After the gesprek the contact person records its outcome; the aanbieder gets an e-mail. */
export const legGesprekUitkomstVast = defineUseCase({
  activiteit: "evaluatiegesprek-uitkomst",
  bron: "/gemeente/toewijzingen/[id]#evaluatiegesprek",
  schema: evaluatieUitkomstSchema,
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanGesprek,
  magGebruiker: (g: Ingelogd) => !g.aanbiederId,
  laad: gesprekLaden,
  nietGevonden: "Dit evaluatiegesprek bestaat niet.",
  async uitvoeren({ invoer: f, doel: e, gebruiker: g, audit, nu }) {
    audit.betrokkene = e.toewijzing.inwonerId;
    if (!magOpvolgen(g, e.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    if (e.status !== "GEACCEPTEERD") return formFout("Leg de uitkomst vast van een geaccepteerd gesprek.");
    if (e.moment.getTime() > nu.getTime())
      return formFout(`Het gesprek is pas op ${formatTijdstip(e.moment)}; leg de uitkomst daarna vast.`);
    // Issue 21 item 22: the eindverantwoording is the basis of the gesprek.
    if (!e.toewijzing.eindverantwoording?.ingediendOp)
      return formFout(
        "De aanbieder heeft de eindverantwoording nog niet ingediend. Die is de basis van het evaluatiegesprek; leg de uitkomst vast als hij er is.",
      );
    const r = await db.evaluatiegesprek.updateMany({
      where: { id: e.id, status: "GEACCEPTEERD" },
      data: { status: "AFGEROND", uitkomst: f.uitkomst, uitkomstOp: nu, uitkomstDoorId: g.id },
    });
    if (r.count === 0) return formFout("De uitkomst is al vastgelegd.");
    await mailAanbieder(e.voorgesteldDoorId, g.naam, `Uitkomst evaluatiegesprek ${e.toewijzing.nummer}`, [
      `${g.naam} (contactpersoon) heeft de uitkomst van het evaluatiegesprek van ${e.toewijzing.nummer} vastgelegd.`,
      "Lees hem in het portaal:",
      link(`/aanbieder/toewijzingen/${e.toewijzing.id}#evaluatiegesprek`),
    ]);
    audit.toelichting = `${e.toewijzing.nummer}: evaluatiegesprek afgerond`;
    return gelukt({ melding: "De uitkomst van het evaluatiegesprek is vastgelegd.", toewijzingId: e.toewijzingId });
  },
});
