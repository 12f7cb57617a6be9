import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { vroegGestopt } from "@/domain/toewijzing/termijnen";
import { huidigGesprek, magMelden, redenGeenGesprek } from "@/domain/toewijzing/traject-regels";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { termijnenVan, termijnInclude } from "./intern/termijnen";
import { magOpvolgen, TRAJECT_NIET_GEVONDEN, trajectVanAanbieder } from "./intern/traject-toegang";

// Reading the traject of a toewijzing (issue 11, RULES §4–5; docs/decisions/0015) on both sides:
// the aanbieder only its own organisation's, gemeente staff who may read inwoners. Every read of
// the plan, the meldingen or the gesprekken is a read of inwoner data: the pipeline logs it with
// the inwoner's pseudonymous id.

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

function laadTraject(id: string) {
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
    magMelden: magMelden(t, vandaag),
    gesprekken,
    /** The open proposal, the accepted one or the one with its outcome: the newest that is not "another moment". */
    huidigGesprek: huidigGesprek(gesprekken),
    magGesprekPlannen: redenGeenGesprek(t) === null,
    termijnen: termijnenVan(t, vandaag),
  };
}
export type TrajectWeergave = Awaited<ReturnType<typeof trajectWeergave>>;

/**
 * The traject for its aanbieder: own organisation only (forged or foreign ids: not found, the page
 * answers 404). Logged as a read of the inwoner's reports.
 */
export const trajectVoorAanbieder = defineQuery({
  activiteit: "traject-bekijken-aanbieder",
  bron: "/aanbieder/toewijzingen/[id]",
  toegang: "traject:rapporteren",
  wie: "aanbieder",
  schema: idSchema,
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  betrokkenen: (t: TrajectWeergave) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker, invoer, nu }) {
    const eigen = await trajectVanAanbieder(gebruiker, invoer.id);
    const t = eigen ? await laadTraject(eigen.id) : null;
    return t ? trajectWeergave(t, vandaagInNederland(nu)) : null;
  },
});

/** The traject for gemeente staff who may read inwoners; `magBeslissen` when they are its contact person (or for all). */
export const trajectVoorGemeente = defineQuery({
  activiteit: "traject-bekijken",
  bron: "/gemeente/toewijzingen/[id]#traject",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: idSchema,
  betrokkenen: (t: TrajectWeergave & { magBeslissen: boolean }) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker, invoer, nu }) {
    const t = await laadTraject(invoer.id);
    return t ? { ...(await trajectWeergave(t, vandaagInNederland(nu))), magBeslissen: magOpvolgen(gebruiker, t) } : null;
  },
});
