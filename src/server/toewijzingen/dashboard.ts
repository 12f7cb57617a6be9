import "server-only";
import { z } from "zod";
import { vandaagInNederland, addDays } from "@/domain/kalender";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { LAAT_GESTART_DAGEN, samenvatting, type DashboardRegel } from "@/domain/toewijzing/dashboard-regel";
import { looptNog, weergaveStatus } from "@/domain/toewijzing/status";
import { eindigtBinnenkort, nooitGestart } from "@/domain/toewijzing/termijnen";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { nogInBeeld, termijnenVan, termijnInclude } from "./intern/termijnen";

// Deadlines and signals (issue 4, issue 11; R-TOE-5, R-EV-1; docs/decisions/0015) for one staff
// member ("mijn inwoners": the inwoners they are contact person of) or the whole team. The
// contact person's work list on /gemeente is ./werkvoorraad.ts, the aanbieder's "Te doen" ./te-doen.ts.
//
// A deadline counts only while it is open or late: one that was met stays met after its date. A
// toewijzing that ended (early or not) stays listed until its eindverantwoording is in; one that
// never started stays flagged while it runs. Issue 21 item 18 (ADR 0033): one whose end date passed
// is afgelopen (derived from the date, not stored) and is treated as ended, stop reported or not.

export const dashboard = defineQuery({
  activiteit: "termijnen-bekijken",
  bron: "/gemeente/toewijzingen",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: z.object({ scope: z.enum(["mijn", "team"]) }),
  betrokkenen: (regels: DashboardRegel[]) => regels.map((r) => r.inwonerId),
  async laad({ gebruiker: g, invoer: { scope }, nu }): Promise<DashboardRegel[]> {
    // Today in the Netherlands (between 00:00 and 02:00 Dutch time UTC is still yesterday).
    const vandaag = vandaagInNederland(nu);
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
    return regels;
  },
});
