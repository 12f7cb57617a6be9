import { z } from "zod";
import { euroVeld } from "../beheer/bedrag";
import { BEREIK, optioneleDatumVeld } from "../kalender";
import { formatEuro } from "../format";
import { idVeld } from "../id";
import { isMaand } from "./regels";

// R-VV-1/2: what an aanbieder pays an inwoner as vrijwilligersvergoeding, checked against the tax
// authority's limits of that year (beheer's table, never constants). The limits concern the
// general allowance; a reimbursement of real costs (with receipts) is not bound by them (ADR 0019).
// The portal warns BEFORE saving and saves only after the aanbieder confirms.

export type Grens = { jaar: number; perUurCent: number; perMaandCent: number; perJaarCent: number };
export type Soort = "ALGEMEEN" | "WERKELIJKE_KOSTEN";
export const SOORT_NAAM: Record<Soort, string> = {
  ALGEMEEN: "Vrijwilligersvergoeding (vast bedrag)",
  WERKELIJKE_KOSTEN: "Vergoeding van werkelijke kosten",
};

export const vergoedingSchema = z.object({
  toewijzingId: z.string().min(1, "Kies de toewijzing.").pipe(idVeld),
  maand: z.string().refine(isMaand, "Kies de maand (jaar en maand)."),
  soort: z.enum(["ALGEMEEN", "WERKELIJKE_KOSTEN"], { error: "Kies de soort vergoeding." }),
  bedrag: euroVeld,
  uren: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = (v ?? "").trim();
      if (t === "") return null;
      if (!/^\d{1,3}$/.test(t) || Number(t) === 0) {
        ctx.addIssue({ code: "custom", message: "Vul het aantal uren in als heel getal, of laat het leeg." });
        return z.NEVER;
      }
      return Number(t);
    }),
  /** R-VV-2: the day the allowance was paid; empty = today (recorded when paid). */
  betaaldOp: optioneleDatumVeld({ ...BEREIK.verleden, buitenBereik: "De dag van betaling kan niet in de toekomst liggen." }),
  bevestigd: z.string().optional(),
});

export type Waarschuwing = { regel: "R-VV-1" | "R-VV-2"; melding: string };

/** Age in whole years on a calendar day. */
function leeftijdOp(geboortedatum: Date, dag: Date): number {
  let jaren = dag.getUTCFullYear() - geboortedatum.getUTCFullYear();
  const nogNiet =
    dag.getUTCMonth() < geboortedatum.getUTCMonth() ||
    (dag.getUTCMonth() === geboortedatum.getUTCMonth() && dag.getUTCDate() < geboortedatum.getUTCDate());
  if (nogNiet) jaren--;
  return jaren;
}

/**
 * The warnings for a new payment, given what this aanbieder already recorded for the inwoner in
 * that month and year (general allowances only). `grens` null: no limits for that year yet.
 */
export function vergoedingWaarschuwingen(o: {
  maand: string;
  soort: Soort;
  bedragCent: number;
  uren: number | null;
  grens: Grens | null;
  alInMaandCent: number;
  alInJaarCent: number;
  inwoner: { geboortedatum: Date; uitkering: string };
  /** The calendar day of payment: R-VV-2 is the age on that day (ADR 0030). */
  betaaldOp: Date;
}): Waarschuwing[] {
  const w: Waarschuwing[] = [];
  const jaar = Number(o.maand.slice(0, 4));
  if (o.soort === "ALGEMEEN") {
    if (!o.grens) {
      w.push({ regel: "R-VV-1", melding: `Voor ${jaar} zijn de grenzen nog niet vastgelegd; de portal kan dit bedrag niet toetsen.` });
    } else {
      const g = o.grens;
      if (o.uren !== null && o.bedragCent > o.uren * g.perUurCent) {
        w.push({
          regel: "R-VV-1",
          melding: `Dat is meer dan ${formatEuro(g.perUurCent)} per uur (${formatEuro(o.uren * g.perUurCent)} voor ${o.uren} uur), de grens voor ${jaar}.`,
        });
      }
      const maand = o.alInMaandCent + o.bedragCent;
      if (maand > g.perMaandCent) {
        w.push({
          regel: "R-VV-1",
          melding: `Deze maand komt het totaal op ${formatEuro(maand)}: meer dan ${formatEuro(g.perMaandCent)} per maand, de grens voor ${jaar}.`,
        });
      }
      const totaal = o.alInJaarCent + o.bedragCent;
      if (totaal > g.perJaarCent) {
        w.push({
          regel: "R-VV-1",
          melding: `In ${jaar} komt het totaal op ${formatEuro(totaal)}: meer dan ${formatEuro(g.perJaarCent)} per jaar, de grens voor ${jaar}.`,
        });
      }
    }
    // R-VV-2: under 27 on the day of payment (the income counts when received) with a
    // Participatiewet uitkering.
    if (o.inwoner.uitkering === "PARTICIPATIEWET" && leeftijdOp(o.inwoner.geboortedatum, o.betaaldOp) < 27) {
      w.push({
        regel: "R-VV-2",
        melding:
          "Deze inwoner is jonger dan 27 en heeft een Participatiewet-uitkering: een vaste vrijwilligersvergoeding wordt dan gekort op de uitkering. Een vergoeding van werkelijke kosten niet.",
      });
    }
  }
  return w;
}
