import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { vastePrijsVlag } from "@/domain/declaratie/correctie";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { z } from "zod";
import { db } from "../db";
import { defineQuery } from "../pipeline";

// Issue 21 item 6 (docs/decisions/0029): fixed prices the gemeente should look at again, across
// all months: the line still counts and its traject stopped before its end date, or it was declared
// before its first month was over. The month queue flags the same lines; this list finds them when
// the stop is reported months after the price was paid.

export const vastePrijzenNaTeKijken = defineQuery({
  activiteit: "declaraties-beoordelen-bekijken",
  bron: "/gemeente/declaraties#vaste-prijzen",
  toegang: "declaratie:beoordelen",
  wie: "gemeente",
  schema: z.object({}),
  laad: () => laadVastePrijzen(),
  betrokkenen: (lijst) => lijst.map((r) => r.toewijzing.inwonerId),
});

async function laadVastePrijzen() {
  const regels = await db.declaratieregel.findMany({
    where: { eenheid: "82", creditVanId: null, actiefSleutel: { not: null } },
    orderBy: { nummer: "asc" },
    select: {
      id: true,
      toewijzingId: true,
      nummer: true,
      maand: true,
      status: true,
      eenheid: true,
      creditVanId: true,
      periodeEind: true,
      ingediendOp: true,
      bedragCent: true,
      aanbieder: { select: { naam: true } },
      toewijzing: {
        select: {
          nummer: true,
          inwonerId: true,
          einddatum: true,
          beeindigdOp: true,
          inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
        },
      },
    },
  });
  const lijst = regels.flatMap((r) => {
    const vlag = vastePrijsVlag({ ...r, ingediendDag: vandaagInNederland(r.ingediendOp) }, r.toewijzing);
    return vlag ? [{ ...r, vlag, inwonerNaam: volledigeNaam(r.toewijzing.inwoner) }] : [];
  });
  return lijst;
}
