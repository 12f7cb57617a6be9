import "server-only";
import { addDays, vandaagInNederland } from "@/domain/kalender";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { looptNog, weergaveStatus } from "@/domain/toewijzing/status";
import { eindigtBinnenkort, nooitGestart, telt, TERMIJN_NAAM, vraagtAandacht, type Termijn } from "@/domain/toewijzing/termijnen";
import type { Prisma } from "@/generated/prisma/client";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db } from "../db";
import { termijnenVan, termijnInclude } from "./traject";

// Deadlines and signals (issue 4, issue 11; R-TOE-5, R-EV-1; docs/decisions/0015) for one staff
// member ("mijn inwoners": the inwoners they are contact person of) or the whole team, the
// contact person's work list on /gemeente, and the aanbieder's "Te doen" list.
//
// A deadline counts only while it is open or late: one that was met stays met after its date. A
// toewijzing that ended (early or not) stays listed until its eindverantwoording is in; one that
// never started stays flagged while it runs. Issue 21 item 18 (ADR 0033): one whose end date passed
// is afgelopen (derived from the date, not stored) and is treated as ended, stop reported or not.

/** A start reported more than this many days after the planned start counts as late. */
export const LAAT_GESTART_DAGEN = 14;

/** The summary of a toewijzing's deadlines: late, due within 6 weeks, later, or nothing left. */
export type TermijnStatus = "verlopen" | "binnenkort" | "later" | "gedaan";

export type DashboardRegel = {
  id: string;
  nummer: string;
  inwonerId: string;
  inwoner: string;
  product: string;
  aanbieder: string;
  contactpersoon: string | null;
  startdatum: Date;
  einddatum: Date;
  status: string;
  /** The eindverantwoording's due day (after an early stop possibly earlier, ADR 0015). */
  termijn: Date;
  termijnStatus: TermijnStatus;
  termijnen: Termijn[];
  eindigtBinnenkort: boolean;
  signaal: "nooit-gestart" | "laat-gestart" | null;
};

export function samenvatting(termijnen: Termijn[], vandaag: Date): TermijnStatus {
  if (termijnen.some((t) => t.toestand === "te-laat")) return "verlopen";
  if (termijnen.some((t) => vraagtAandacht(t, vandaag))) return "binnenkort";
  if (termijnen.some(telt)) return "later";
  return "gedaan";
}

/** Lopend, or ended with its eindverantwoording still to come. */
const nogInBeeld: Prisma.ToewijzingWhereInput = {
  OR: [
    { status: { in: ["TOEGEWEZEN", "GESTART"] } },
    { status: "BEEINDIGD", eindverantwoording: { is: { ingediendOp: null } } },
    {
      status: "BEEINDIGD",
      eindverantwoording: { is: null },
    },
  ],
};

export async function dashboard(
  g: Ingelogd | null,
  scope: "mijn" | "team",
  bron: string,
  /** Today in the Netherlands (between 00:00 and 02:00 Dutch time UTC is still yesterday). */
  vandaag = vandaagInNederland(),
): Promise<DashboardRegel[] | null> {
  if (!g || g.aanbiederId || !mag(g.rol, "inwoner:lezen")) return null;
  const lijst = await db.toewijzing.findMany({
    where: {
      AND: [nogInBeeld, scope === "mijn" ? { OR: [{ contactpersoonId: g.id }, { inwoner: { contactpersoonId: g.id } }] } : {}],
    },
    orderBy: { einddatum: "asc" },
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
      product: { select: { korteNaam: true } },
      aanbieder: { select: { naam: true } },
      contactpersoon: { select: { naam: true } },
      ...termijnInclude,
    },
  });
  const regels = lijst
    .map((t): DashboardRegel => {
      const termijnen = termijnenVan(t, vandaag);
      const loopt = looptNog(t, vandaag);
      const signaal =
        loopt && nooitGestart(t.status, t.startdatum, vandaag)
          ? "nooit-gestart"
          : t.gestartOp && t.gestartOp > addDays(t.startdatum, LAAT_GESTART_DAGEN)
            ? "laat-gestart"
            : null;
      return {
        id: t.id,
        nummer: t.nummer,
        inwonerId: t.inwoner.id,
        inwoner: volledigeNaam(t.inwoner),
        product: t.product.korteNaam,
        aanbieder: t.aanbieder.naam,
        contactpersoon: t.contactpersoon?.naam ?? null,
        startdatum: t.startdatum,
        einddatum: t.einddatum,
        status: weergaveStatus(t, vandaag),
        termijn: termijnen[0]!.uiterlijk,
        termijnStatus: samenvatting(termijnen, vandaag),
        termijnen,
        eindigtBinnenkort: loopt && eindigtBinnenkort(t.einddatum, vandaag),
        signaal,
      };
    })
    // An ended (or afgelopen) toewijzing leaves the list once nothing is open or late.
    .filter((r) => (r.status !== "BEEINDIGD" && r.status !== "AFGELOPEN") || r.termijnStatus !== "gedaan");
  for (const id of new Set(regels.map((r) => r.inwonerId))) {
    await logVerwerking(g, "termijnen-bekijken", bron, id);
  }
  return regels;
}

/** Does this row need someone now: a late or soon-due deadline, a toewijzing ending soon with work open, or a signal? */
export function vraagtAandachtRegel(r: DashboardRegel): boolean {
  return (
    r.termijnStatus === "verlopen" ||
    r.termijnStatus === "binnenkort" ||
    r.signaal !== null ||
    (r.eindigtBinnenkort && r.termijnStatus !== "gedaan")
  );
}

// ---------------------------------------------------------------------------------------------
// The contact person's work list (/gemeente)
// ---------------------------------------------------------------------------------------------

export type WerkItem = {
  toewijzingId: string;
  nummer: string;
  inwonerId: string;
  inwoner: string;
  aanbieder: string;
  wat: string;
  op: Date;
  href: string;
};

export type Werkvoorraad = {
  alle: boolean;
  meldingen: WerkItem[];
  gesprekkenTeBevestigen: WerkItem[];
  uitkomstVastleggen: WerkItem[];
  eindverantwoordingen: WerkItem[];
  herindicaties: WerkItem[];
  teLaat: WerkItem[];
};

const toewijzingKort = {
  select: {
    id: true,
    nummer: true,
    inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
    aanbieder: { select: { naam: true } },
  },
} as const;
type Kort = {
  id: string;
  nummer: string;
  inwoner: { id: string; voornamen: string; tussenvoegsel: string | null; achternaam: string };
  aanbieder: { naam: string };
};
const item = (t: Kort, wat: string, op: Date, href: string): WerkItem => ({
  toewijzingId: t.id,
  nummer: t.nummer,
  inwonerId: t.inwoner.id,
  inwoner: volledigeNaam(t.inwoner),
  aanbieder: t.aanbieder.naam,
  wat,
  op,
  href,
});

/**
 * What needs the contact person: new meldingen, evaluatiegesprekken to confirm or to record,
 * eindverantwoordingen to read, herindicatieverzoeken to decide, and what is late. Their own
 * inwoners (the toewijzing's contactpersoonId), or everything with traject:opvolgen-alle.
 */
export async function werkvoorraad(g: Ingelogd | null, bron: string, nu = new Date()): Promise<Werkvoorraad | null> {
  if (!g || g.aanbiederId || !mag(g.rol, "traject:opvolgen")) return null;
  const alle = mag(g.rol, "traject:opvolgen-alle");
  const scope: Prisma.ToewijzingWhereInput = alle ? {} : { contactpersoonId: g.id };
  const vandaag = vandaagInNederland(nu);
  const [meldingen, gesprekken, evs, herindicaties, lopend] = await Promise.all([
    db.melding.findMany({
      where: { gelezenOp: null, toewijzing: scope },
      orderBy: { createdAt: "asc" },
      include: { toewijzing: toewijzingKort },
    }),
    db.evaluatiegesprek.findMany({
      where: { status: { in: ["VOORGESTELD", "GEACCEPTEERD"] }, toewijzing: scope },
      orderBy: { moment: "asc" },
      include: { toewijzing: toewijzingKort },
    }),
    db.eindverantwoording.findMany({
      where: { status: "INGEDIEND", toewijzing: scope },
      orderBy: { laatstIngediendOp: "asc" },
      include: { toewijzing: toewijzingKort },
    }),
    db.herindicatieverzoek.findMany({
      where: { status: "INGEDIEND", toewijzing: scope },
      orderBy: { createdAt: "asc" },
      include: { toewijzing: toewijzingKort },
    }),
    db.toewijzing.findMany({
      where: { AND: [nogInBeeld, scope] },
      orderBy: { einddatum: "asc" },
      select: { ...toewijzingKort.select, status: true, startdatum: true, einddatum: true, beeindigdOp: true, ...termijnInclude },
    }),
  ]);
  const pad = (id: string, anker = "") => `/gemeente/toewijzingen/${id}${anker}`;
  const w: Werkvoorraad = {
    alle,
    meldingen: meldingen.map((m) =>
      item(m.toewijzing, m.soort === "CALAMITEIT" ? "Calamiteit" : "Resultaten in gevaar", m.createdAt, pad(m.toewijzingId, "#meldingen")),
    ),
    gesprekkenTeBevestigen: gesprekken
      .filter((e) => e.status === "VOORGESTELD")
      .map((e) => item(e.toewijzing, "Evaluatiegesprek bevestigen", e.moment, pad(e.toewijzingId, "#evaluatiegesprek"))),
    uitkomstVastleggen: gesprekken
      .filter((e) => e.status === "GEACCEPTEERD" && e.moment.getTime() <= nu.getTime())
      .map((e) => item(e.toewijzing, "Uitkomst van het evaluatiegesprek vastleggen", e.moment, pad(e.toewijzingId, "#evaluatiegesprek"))),
    eindverantwoordingen: evs.map((e) =>
      item(
        e.toewijzing,
        "Eindverantwoording lezen",
        e.laatstIngediendOp ?? e.ingediendOp ?? e.updatedAt,
        pad(e.toewijzingId, "/eindverantwoording"),
      ),
    ),
    herindicaties: herindicaties.map((h) =>
      item(h.toewijzing, "Herindicatie beslissen", h.createdAt, pad(h.toewijzingId, "/herindicatie")),
    ),
    teLaat: lopend.flatMap((t) => {
      const uit: WerkItem[] = [];
      // While it runs; afterwards the missing start or stop is the aanbieder's late item (item 18).
      if (looptNog(t, vandaag) && nooitGestart(t.status, t.startdatum, vandaag))
        uit.push(item(t, "Niet gestart: de startdatum is voorbij", t.startdatum, pad(t.id)));
      for (const x of termijnenVan(t, vandaag).filter((x) => x.toestand === "te-laat")) {
        uit.push(item(t, `${TERMIJN_NAAM[x.soort]}: te laat`, x.uiterlijk, pad(t.id)));
      }
      return uit;
    }),
  };
  const inwoners = new Set(
    [w.meldingen, w.gesprekkenTeBevestigen, w.uitkomstVastleggen, w.eindverantwoordingen, w.herindicaties, w.teLaat]
      .flat()
      .map((i) => i.inwonerId),
  );
  for (const id of inwoners) await logVerwerking(g, "werkvoorraad-bekijken", bron, id);
  return w;
}

// ---------------------------------------------------------------------------------------------
// The aanbieder's "Te doen" (/aanbieder)
// ---------------------------------------------------------------------------------------------

export type TeDoen = {
  toewijzingId: string;
  nummer: string;
  inwoner: string;
  wat: string;
  uiterlijk: Date | null;
  teLaat: boolean;
  href: string;
};

/** The same deadlines for the aanbieder's own organisation: what is late or due within 6 weeks, and what the gemeente asked. */
export async function teDoenVoorAanbieder(g: Ingelogd | null, bron: string, vandaag = vandaagInNederland()): Promise<TeDoen[]> {
  if (!g || !g.aanbiederId || !mag(g.rol, "toewijzing:lezen-eigen")) return [];
  const lijst = await db.toewijzing.findMany({
    // Also an ended one whose eindverantwoording the gemeente sent back with a question.
    where: {
      AND: [
        { OR: [nogInBeeld, { eindverantwoording: { is: { status: "TERUGGESTUURD" } } }] },
        { aanbiederId: g.aanbiederId },
        { status: { not: "INGETROKKEN" } },
      ],
    },
    orderBy: { einddatum: "asc" },
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
      ...termijnInclude,
      evaluatiegesprekken: { select: { status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const uit: TeDoen[] = [];
  const gezien = new Set<string>();
  for (const t of lijst) {
    const pad = `/aanbieder/toewijzingen/${t.id}`;
    const basis = { toewijzingId: t.id, nummer: t.nummer, inwoner: volledigeNaam(t.inwoner) };
    const voor = uit.length;
    if (nooitGestart(t.status, t.startdatum, vandaag))
      uit.push({
        ...basis,
        wat: "Start melden (de startdatum is voorbij)",
        uiterlijk: t.startdatum,
        teLaat: true,
        href: "/aanbieder/toewijzingen",
      });
    // Issue 21 item 18: the end date passed without a stop report.
    if (t.status === "GESTART" && !looptNog(t, vandaag))
      uit.push({
        ...basis,
        wat: "Stop melden (de einddatum is voorbij)",
        uiterlijk: t.einddatum,
        teLaat: true,
        href: "/aanbieder/toewijzingen",
      });
    const laatste = t.evaluatiegesprekken.at(-1);
    if (laatste?.status === "ANDER_MOMENT" && looptNog(t, vandaag)) {
      uit.push({
        ...basis,
        wat: "Evaluatiegesprek opnieuw plannen (de gemeente vroeg een ander moment)",
        uiterlijk: null,
        teLaat: false,
        href: `${pad}#evaluatiegesprek`,
      });
    }
    if (t.eindverantwoording?.status === "TERUGGESTUURD") {
      uit.push({
        ...basis,
        wat: "Eindverantwoording aanvullen (de gemeente stelde een vraag)",
        uiterlijk: null,
        teLaat: false,
        href: `${pad}/eindverantwoording`,
      });
    }
    for (const x of termijnenVan(t, vandaag).filter((x) => vraagtAandacht(x, vandaag))) {
      if (x.soort === "evaluatiegesprek" && laatste?.status === "ANDER_MOMENT") continue;
      if (x.soort === "evaluatiegesprek" && laatste?.status === "VOORGESTELD") continue; // waiting for the gemeente
      const anker =
        x.soort === "eindverantwoording" ? "/eindverantwoording" : x.soort === "herindicatie" ? "/herindicatie" : "#evaluatiegesprek";
      uit.push({ ...basis, wat: TERMIJN_NAAM[x.soort], uiterlijk: x.uiterlijk, teLaat: x.toestand === "te-laat", href: `${pad}${anker}` });
    }
    if (uit.length > voor) gezien.add(t.inwoner.id);
  }
  for (const id of gezien) await logVerwerking(g, "te-doen-bekijken-aanbieder", bron, id);
  return uit.sort((a, b) => Number(b.teLaat) - Number(a.teLaat) || (a.uiterlijk?.getTime() ?? 0) - (b.uiterlijk?.getTime() ?? 0));
}
