import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { vastePrijsVlag } from "@/domain/declaratie/correctie";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db } from "../db";
import { magBeoordelen } from "./beoordelen";

// Issue 21 item 6 (docs/decisions/0029): fixed prices the gemeente should look at again, across
// all months: the line still counts and its traject stopped before its end date, or it was declared
// before its first month was over. The month queue flags the same lines; this list finds them when
// the stop is reported months after the price was paid.

export async function vastePrijzenNaTeKijken(g: Ingelogd | null) {
  if (!magBeoordelen(g)) return null;
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
  for (const i of new Set(lijst.map((r) => r.toewijzing.inwonerId))) {
    await logVerwerking(g, "declaraties-beoordelen-bekijken", "/gemeente/declaraties#vaste-prijzen", i);
  }
  return lijst;
}
