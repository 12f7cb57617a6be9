import { z } from "zod";
import { addDays, BEREIK, datumVeld } from "../kalender";
import { formatDatum } from "../format";
import { idVeld } from "../id";
import type { Fout } from "./bevinding";
import { duurTekst, eindeNaMaanden } from "./duur";
import { controleerLeeftijd, type AowRij } from "./leeftijd";
import { controleerOverlap, type BestaandeToewijzing, type ToewijzingStatus } from "./overlap";
import type { ProductRegels } from "./product";
import { controleerContract } from "./werkplek-niveau";

// Issue 11: the gemeente ends a toewijzing on its own initiative, or corrects its end date, with a
// reason (model ToewijzingWijziging). In iWmo this is a WMO301 with a new Einddatum and a
// RedenWijziging from code list WMO002 (shared/standards/iwmo-3.2/codelijsten). Which codes fit:
// - ending early: 02 cliënt overleden, 05 herbeoordeling: verkorting, 06 uitstroom naar ander
//   domein (Wlz/Zvw), 07 verhuizing naar een andere gemeente, 09 overstap naar andere aanbieder,
//   12 geïnitieerd door de aanbieder (after its request);
// - correcting the end date (an input error of the gemeente): 14 administratieve correctie.
// Not offered: 01 (vervallen), 04 (verlenging is a new linked toewijzing, R-TOE-4), 03/08/10/11
// (contract, pgb, bekostiging, herindeling: not how Werkt Mee works), 13 (verwijderd: that is
// intrekken, only before the start).

export type WijzigingSoort = "BEEINDIGD_DOOR_GEMEENTE" | "EINDDATUM_GECORRIGEERD";

export const REDENEN_WIJZIGING: Record<WijzigingSoort, readonly { code: string; label: string }[]> = {
  BEEINDIGD_DOOR_GEMEENTE: [
    { code: "05", label: "Herbeoordeling: de toewijzing wordt korter" },
    { code: "09", label: "Overstap naar een andere aanbieder" },
    { code: "07", label: "Verhuizing naar een andere gemeente" },
    { code: "06", label: "Uitstroom naar een ander domein (bijvoorbeeld Wlz)" },
    { code: "12", label: "Op verzoek van de aanbieder" },
    { code: "02", label: "Inwoner overleden" },
  ],
  EINDDATUM_GECORRIGEERD: [{ code: "14", label: "Administratieve correctie" }],
};

export const SOORT_WIJZIGING: Record<WijzigingSoort, string> = {
  BEEINDIGD_DOOR_GEMEENTE: "Beëindigd door de gemeente",
  EINDDATUM_GECORRIGEERD: "Einddatum gecorrigeerd",
};

export function redenWijzigingLabel(code: string): string {
  for (const lijst of Object.values(REDENEN_WIJZIGING)) {
    const r = lijst.find((x) => x.code === code);
    if (r) return r.label;
  }
  return `Reden ${code}`;
}

export const einddatumWijzigSchema = z
  .object({
    id: idVeld,
    soort: z.enum(["BEEINDIGD_DOOR_GEMEENTE", "EINDDATUM_GECORRIGEERD"], { error: "Kies wat je wilt doen." }),
    nieuweEinddatum: datumVeld({
      leeg: "Vul de nieuwe einddatum in.",
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 31-03-2027.",
      ...BEREIK.looptijd,
    }),
    redenWijziging: z.preprocess((v) => v ?? "", z.string()),
    reden: z
      .string({ error: "Schrijf waarom de einddatum verandert." })
      .trim()
      .min(5, "Schrijf waarom de einddatum verandert (minstens 5 tekens).")
      .max(1000, "De toelichting mag hoogstens 1000 tekens zijn."),
  })
  .transform((v, ctx) => {
    // A correction has one code; for an ending the user picks one.
    const lijst = REDENEN_WIJZIGING[v.soort];
    const code = v.soort === "EINDDATUM_GECORRIGEERD" ? "14" : v.redenWijziging;
    if (!lijst.some((r) => r.code === code)) {
      ctx.addIssue({ code: "custom", path: ["redenWijziging"], message: "Kies de reden van de beëindiging." });
      return z.NEVER;
    }
    return { ...v, redenWijziging: code };
  });

export type EinddatumWijzigInvoer = z.input<typeof einddatumWijzigSchema>;

export type TeWijzigen = {
  status: ToewijzingStatus;
  startdatum: Date;
  gestartOp: Date | null;
  einddatum: Date;
  /** Extended already: then its end is fixed by the next period (R-TOE-4). */
  verlengd: boolean;
};

export type WijzigingInvoer = {
  soort: WijzigingSoort;
  nieuweEinddatum: Date;
  toewijzing: TeWijzigen;
  product: Pick<ProductRegels, "korteNaam" | "categorie" | "duurMaanden">;
  inwoner: { geboortedatum: Date };
  aowTabel: readonly AowRij[];
  aanbieder: { naam: string; contractVan: Date; contractTot: Date | null };
  /** The inwoner's other toewijzingen (R-PRD-3 when the end moves later). */
  andere: readonly BestaandeToewijzing[];
};

type Veld = "nieuweEinddatum" | "soort";
export type WijzigingFout = { regel: Fout["regel"]; veld?: Veld; melding: string };

/**
 * The rules for a new end date (R-TOE-3, R-PRD, R-PRD-1, R-PRD-3, R-TOE-4, defect 8's contract):
 * not before the start or the reported start, not past the product's maximum duration, not on or
 * past the AOW day (Werkt Mee products), within the aanbieder's contract, no overlap created.
 */
export function controleerNieuweEinddatum(i: WijzigingInvoer): WijzigingFout[] {
  const { toewijzing: t, nieuweEinddatum: nieuw, soort } = i;
  if (t.status === "INGETROKKEN")
    return [{ regel: "R-TOE-3", melding: "Deze toewijzing is ingetrokken. De einddatum kan niet meer veranderen." }];
  if (t.status === "BEEINDIGD") {
    return [{ regel: "R-TOE-3", melding: "Deze toewijzing is al beëindigd. De einddatum kan niet meer veranderen." }];
  }
  if (t.verlengd) {
    return [
      {
        regel: "R-TOE-4",
        melding: "Deze toewijzing is verlengd: de verlenging begint op de dag na de einddatum. Wijzig of beëindig de verlenging.",
      },
    ];
  }
  const fouten: WijzigingFout[] = [];
  const veld = "nieuweEinddatum" as const;
  if (nieuw.getTime() === t.einddatum.getTime()) {
    return [{ regel: "R-TOE-3", veld, melding: `De toewijzing eindigt al op ${formatDatum(nieuw)}. Kies een andere datum.` }];
  }
  if (soort === "BEEINDIGD_DOOR_GEMEENTE" && nieuw.getTime() > t.einddatum.getTime()) {
    return [
      {
        regel: "R-TOE-3",
        veld,
        melding: `Beëindigen maakt de toewijzing korter: kies een datum voor ${formatDatum(t.einddatum)}. Een langere toewijzing is een verlenging of een correctie.`,
      },
    ];
  }
  const begin = t.gestartOp ?? t.startdatum;
  if (nieuw.getTime() < begin.getTime()) {
    return [
      {
        regel: "R-TOE-3",
        veld,
        melding: t.gestartOp
          ? `De aanbieder meldde de start op ${formatDatum(t.gestartOp)}. De einddatum ligt op of na die dag.`
          : `De toewijzing begint op ${formatDatum(t.startdatum)}. De einddatum ligt op of na de startdatum; trek een toewijzing die nog niet begon liever in.`,
      },
    ];
  }
  // R-PRD: fixed (ontwikkeling) or maximum (op-trede, oriëntatie) duration: never longer than it.
  if (i.product.duurMaanden !== null) {
    const uiterlijk = eindeNaMaanden(t.startdatum, i.product.duurMaanden);
    if (nieuw.getTime() > uiterlijk.getTime()) {
      fouten.push({
        regel: "R-PRD",
        veld,
        melding: `${i.product.korteNaam} duurt ten hoogste ${duurTekst(i.product.duurMaanden)}: bij de startdatum ${formatDatum(t.startdatum)} is de einddatum uiterlijk ${formatDatum(uiterlijk)}.`,
      });
    }
  }
  if (i.product.categorie !== "BEGELEIDING_GROEP") {
    for (const f of controleerLeeftijd({
      geboortedatum: i.inwoner.geboortedatum,
      startdatum: t.startdatum,
      einddatum: nieuw,
      aowTabel: i.aowTabel,
    })) {
      if (f.veld === "einddatum") fouten.push({ regel: f.regel, veld, melding: f.melding });
    }
  }
  for (const f of controleerContract(i.aanbieder, { startdatum: t.startdatum, einddatum: nieuw }, "einddatum")) {
    fouten.push({ regel: f.regel, veld, melding: f.melding });
  }
  if (nieuw.getTime() > t.einddatum.getTime()) {
    const extra = { categorie: i.product.categorie, startdatum: addDays(t.einddatum, 1), einddatum: nieuw };
    for (const f of controleerOverlap(extra, i.andere)) fouten.push({ regel: f.regel, veld, melding: f.melding });
  }
  return fouten;
}

/**
 * Decision (ADR 0017): an end date chosen by the gemeente is the last day of the toewijzing. When
 * that day has passed (it is before today in the Netherlands) the toewijzing is beëindigd at once;
 * when it is today or later the status stays and the toewijzing shows "eindigt op <datum>".
 */
export function isAfgelopen(einddatum: Date, vandaag: Date): boolean {
  return einddatum.getTime() < vandaag.getTime();
}
