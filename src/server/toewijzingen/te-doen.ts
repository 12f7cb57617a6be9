import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { looptNog } from "@/domain/toewijzing/status";
import { nooitGestart, TERMIJN_NAAM, vraagtAandacht } from "@/domain/toewijzing/termijnen";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { nogInBeeld, termijnenVan, termijnInclude } from "./intern/termijnen";

// The aanbieder's "Te doen" (/aanbieder, issue 11): the same deadlines for its own organisation.

export type TeDoen = {
  toewijzingId: string;
  /** The inwoner's pseudonymous id, for the read audit. */
  inwonerId: string;
  nummer: string;
  inwoner: string;
  wat: string;
  uiterlijk: Date | null;
  teLaat: boolean;
  href: string;
};

/** What is late or due within 6 weeks, and what the gemeente asked. */
export const teDoenVoorAanbieder = defineQuery({
  activiteit: "te-doen-bekijken-aanbieder",
  bron: "/aanbieder",
  toegang: "toewijzing:lezen-eigen",
  wie: "aanbieder",
  schema: z.object({}),
  betrokkenen: (l: TeDoen[]) => l.map((x) => x.inwonerId),
  async laad({ gebruiker: g, nu }): Promise<TeDoen[]> {
    const vandaag = vandaagInNederland(nu);
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
    for (const t of lijst) {
      const pad = `/aanbieder/toewijzingen/${t.id}`;
      const basis = { toewijzingId: t.id, inwonerId: t.inwoner.id, nummer: t.nummer, inwoner: volledigeNaam(t.inwoner) };
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
        uit.push({
          ...basis,
          wat: TERMIJN_NAAM[x.soort],
          uiterlijk: x.uiterlijk,
          teLaat: x.toestand === "te-laat",
          href: `${pad}${anker}`,
        });
      }
    }
    return uit.sort((a, b) => Number(b.teLaat) - Number(a.teLaat) || (a.uiterlijk?.getTime() ?? 0) - (b.uiterlijk?.getTime() ?? 0));
  },
});
