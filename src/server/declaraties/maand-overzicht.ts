import "server-only";
import { z } from "zod";
import { magCrediteren } from "@/domain/declaratie/correctie";
import { maandVeld } from "@/domain/declaratie/invoer";
import { omvangInUren, periodeInMaand } from "@/domain/declaratie/regels";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { alsDeclaratieToewijzing } from "@/domain/declaratie/beoordeling";
import { gestarteToewijzingen } from "./intern/toewijzingen";

// The aanbieder's month view (issue 12): every started toewijzing of the caller's organisation with
// the line that counts for the month, and the month's lines as history (with what may be corrected).

const BRON = "/aanbieder/declaraties";

export type MaandRij = {
  id: string;
  nummer: string;
  inwonerNaam: string;
  product: string;
  categorie: string;
  urenPerWeek: number | null;
  periode: { periodeStart: Date; periodeEind: Date; dagen: number } | null;
  omvang: number | null;
  /** The line that counts for this month (or for the traject), if any. */
  actief: { nummer: string; volume: number; eenheid: string; status: string; bedragCent: number; maand: string } | null;
  isVerlenging: boolean;
};

/** The month view of the caller's organisation: every started toewijzing, with this month's line. */
export const maandOverzicht = defineQuery({
  activiteit: "declaraties-bekijken",
  bron: BRON,
  toegang: "declaratie:indienen",
  wie: "aanbieder",
  schema: z.object({ maand: maandVeld }),
  laad: ({ gebruiker: g, invoer }) => laadMaand(g.aanbiederId, invoer.maand),
  // One read record per inwoner with a started toewijzing of this organisation.
  betrokkenen: (m) => m.inwoners,
});

async function laadMaand(aanbiederId: string, maand: string) {
  const lijst = await gestarteToewijzingen(aanbiederId);
  const ids = lijst.map((t) => t.id);
  const [regels, actieveTrajecten] = await Promise.all([
    db.declaratieregel.findMany({
      where: { aanbiederId, maand },
      orderBy: [{ createdAt: "asc" }],
      include: {
        toewijzing: {
          select: { nummer: true, inwonerId: true, inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
        },
        creditVan: { select: { nummer: true } },
        credits: { where: { status: { not: "AFGEWEZEN" } }, select: { nummer: true } },
      },
    }),
    db.declaratieregel.findMany({
      where: { toewijzingId: { in: ids }, actiefSleutel: { startsWith: "traject:" } },
      select: { toewijzingId: true, nummer: true, volume: true, eenheid: true, status: true, bedragCent: true, maand: true },
    }),
  ]);
  const rijen: MaandRij[] = [];
  for (const t of lijst) {
    const d = alsDeclaratieToewijzing(t);
    const periode = periodeInMaand(d, maand);
    const isOntw = d.categorie === "ONTWIKKELING";
    if (!isOntw && !periode) continue;
    const actief = isOntw
      ? (actieveTrajecten.find((r) => r.toewijzingId === t.id) ?? null)
      : (regels.find((r) => r.toewijzingId === t.id && r.actiefSleutel !== null) ?? null);
    rijen.push({
      id: t.id,
      nummer: t.nummer,
      inwonerNaam: volledigeNaam(t.inwoner),
      product: t.product.korteNaam,
      categorie: d.categorie,
      urenPerWeek: t.urenPerWeek,
      periode,
      omvang: periode && t.urenPerWeek !== null ? omvangInUren(t.urenPerWeek, periode.dagen) : null,
      actief: actief && {
        nummer: actief.nummer,
        volume: actief.volume,
        eenheid: actief.eenheid,
        status: actief.status,
        bedragCent: actief.bedragCent,
        maand: actief.maand,
      },
      isVerlenging: d.isVerlenging,
    });
  }
  return {
    inwoners: lijst.map((t) => t.inwonerId),
    rijen,
    historie: regels.map((r) => ({
      id: r.id,
      nummer: r.nummer,
      toewijzingNummer: r.toewijzing.nummer,
      inwonerNaam: volledigeNaam(r.toewijzing.inwoner),
      periodeStart: r.periodeStart,
      periodeEind: r.periodeEind,
      volume: r.volume,
      eenheid: r.eenheid,
      tariefCent: r.tariefCent,
      bedragCent: r.bedragCent,
      status: r.status,
      bovenOmvang: r.bovenOmvang,
      reden: r.reden,
      afwijsreden: r.afwijsreden,
      creditVan: r.creditVan?.nummer ?? null,
      gecrediteerdDoor: r.credits[0]?.nummer ?? null,
      telt: r.actiefSleutel !== null,
      /** ADR 0029: part of a correction (a credit and its replacement, or a reversal). */
      inCorrectie: r.correctieId !== null,
      doorGemeente: r.doorGemeente,
      // One rule for hours and fixed prices, the portal and the WMO323 (ADR 0029).
      terugdraaibaar: magCrediteren(r.status, { isCredit: r.creditVanId !== null, telt: r.actiefSleutel !== null }) === true,
      corrigeerbaar:
        magCrediteren(r.status, { isCredit: r.creditVanId !== null, telt: r.actiefSleutel !== null }) === true && r.eenheid === "04",
    })),
  };
}
