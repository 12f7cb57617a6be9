import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { looptNog } from "@/domain/toewijzing/status";
import { nooitGestart, TERMIJN_NAAM } from "@/domain/toewijzing/termijnen";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { nogInBeeld, termijnenVan, termijnInclude } from "./intern/termijnen";

// The contact person's work list (/gemeente, issue 11).

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
export const werkvoorraad = defineQuery({
  activiteit: "werkvoorraad-bekijken",
  bron: "/gemeente",
  toegang: "traject:opvolgen",
  wie: "gemeente",
  schema: z.object({}),
  betrokkenen: (w: Werkvoorraad) =>
    [w.meldingen, w.gesprekkenTeBevestigen, w.uitkomstVastleggen, w.eindverantwoordingen, w.herindicaties, w.teLaat]
      .flat()
      .map((i) => i.inwonerId),
  async laad({ gebruiker: g, nu }): Promise<Werkvoorraad> {
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
        item(
          m.toewijzing,
          m.soort === "CALAMITEIT" ? "Calamiteit" : "Resultaten in gevaar",
          m.createdAt,
          pad(m.toewijzingId, "#meldingen"),
        ),
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
    return w;
  },
});
