import "server-only";
import { vandaagInNederland } from "@/domain/datum";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { addDays } from "@/domain/toewijzing/calendar-date";
import { eindigtBinnenkort, termijnen, termijnStatus, type TermijnStatus } from "@/domain/toewijzing/termijnen";
import type { Ingelogd } from "../auth/sessie";
import { logVerwerking } from "../audit";
import { db } from "../db";

// Deadlines and signals (issue 4, R-TOE-5, R-EV-1) for one staff member ("mijn inwoners": the
// inwoners they are contact person of) or the whole team.

/** A start reported more than this many days after the planned start counts as late. */
export const LAAT_GESTART_DAGEN = 14;

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
  termijn: Date;
  termijnStatus: TermijnStatus;
  eindigtBinnenkort: boolean;
  signaal: "nooit-gestart" | "laat-gestart" | null;
};

export async function dashboard(
  g: Ingelogd | null,
  scope: "mijn" | "team",
  bron: string,
  /** Today in the Netherlands (between 00:00 and 02:00 Dutch time UTC is still yesterday). */
  vandaag = vandaagInNederland(),
): Promise<DashboardRegel[] | null> {
  if (!g || !mag(g.rol, "inwoner:lezen")) return null;
  const lijst = await db.toewijzing.findMany({
    where: {
      status: { in: ["TOEGEWEZEN", "GESTART"] },
      ...(scope === "mijn" ? { OR: [{ contactpersoonId: g.id }, { inwoner: { contactpersoonId: g.id } }] } : {}),
    },
    orderBy: { einddatum: "asc" },
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
      product: { select: { korteNaam: true } },
      aanbieder: { select: { naam: true } },
      contactpersoon: { select: { naam: true } },
    },
  });
  const regels = lijst.map((t): DashboardRegel => {
    const termijn = termijnen(t.einddatum, t.startdatum).eindverantwoording;
    const signaal =
      t.status === "TOEGEWEZEN" && t.startdatum < vandaag
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
      status: t.status,
      termijn,
      termijnStatus: termijnStatus(vandaag, termijn),
      eindigtBinnenkort: eindigtBinnenkort(t.einddatum, vandaag),
      signaal,
    };
  });
  for (const id of new Set(regels.map((r) => r.inwonerId))) {
    await logVerwerking(g, "termijnen-bekijken", bron, id);
  }
  return regels;
}
