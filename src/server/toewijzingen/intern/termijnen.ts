import "server-only";
import { gesprekGeaccepteerd } from "@/domain/toewijzing/traject-regels";
import { vandaagInNederland } from "@/domain/kalender";
import { eindeDoorGemeenteVan, trajectTermijnen, type Termijn, type TrajectFeiten } from "@/domain/toewijzing/termijnen";
import type { Prisma } from "@/generated/prisma/client";

// The deadlines of a toewijzing from its stored facts (issue 11, ADR 0015): what the traject page,
// the gemeente's lists and the aanbieder's "Te doen" all compute them from. Internal: called by
// queries of ./.. with a user they already checked.

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
  const geaccepteerd = t.evaluatiegesprekken.some(gesprekGeaccepteerd);
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

/** Lopend, or ended with its eindverantwoording still to come. */
export const nogInBeeld: Prisma.ToewijzingWhereInput = {
  OR: [
    { status: { in: ["TOEGEWEZEN", "GESTART"] } },
    { status: "BEEINDIGD", eindverantwoording: { is: { ingediendOp: null } } },
    {
      status: "BEEINDIGD",
      eindverantwoording: { is: null },
    },
  ],
};
