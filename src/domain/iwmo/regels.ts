import { omvangInUren } from "../declaratie/regels";
import { toIsoDate } from "../kalender";
import { formatDatum } from "../format";

// Rules the XSD cannot express, checked in code with the rule's id in the Dutch message
// (standards/iwmo-3.2/regels/). Pure: the importer and the generators give the facts.

type Periode = { startdatum: Date; einddatum: Date };

/** OP033x2: StatusAanlevering 2 ("gewijzigd") is not allowed in a 305/307; 1 new, 3 delete. */
export function controleerStatusAanlevering(element: string, status: string): string | null {
  if (status === "2")
    return `OP033x2: ${element} heeft StatusAanlevering 2 (gewijzigd); dat is niet toegestaan. Verwijder (3) en lever opnieuw aan (1).`;
  return null;
}

/** The start of support lies within the toewijzing (no rule id of the standard names this check for a 305: plain words, issue 21 item 15). */
export function controleerBegindatum(nummer: string, begindatum: Date, t: Periode): string | null {
  if (begindatum < t.startdatum || begindatum > t.einddatum) {
    return `De Begindatum ${formatDatum(begindatum)} ligt buiten toewijzing ${nummer} (${formatDatum(t.startdatum)} t/m ${formatDatum(t.einddatum)}).`;
  }
  return null;
}

/** The end of support lies on or after its start and within the toewijzing (plain words, like the start). */
export function controleerEinddatum(nummer: string, begindatum: Date, einddatum: Date, t: Periode): string | null {
  if (einddatum < begindatum)
    return `De Einddatum ${formatDatum(einddatum)} ligt vóór de Begindatum ${formatDatum(begindatum)} (${nummer}).`;
  if (einddatum > t.einddatum) {
    return `De Einddatum ${formatDatum(einddatum)} ligt na het einde van toewijzing ${nummer} (${formatDatum(t.einddatum)}).`;
  }
  return null;
}

export type DeclaratieRegelFeit = {
  referentie: string;
  nummer: string;
  begindatum: Date;
  einddatum: Date;
  volume: number;
  tariefCent: number | null;
  bedragCent: number;
  /** The toewijzing's period and allocated volume for the period (null: no limit in the unit). */
  toewijzing: Periode & { maxVolume: number | null };
  /** The line is flagged: more than the omvang, with the gemeente's consent. */
  boveOmvangToegestaan?: boolean;
};

/**
 * The declaratie's content checks (R-IWMO), each with the standard's own technical rule and the
 * retourcode it gives (WJ001, standards/iwmo-3.2/codelijsten/WJ001_Retourcode.md). Not OP090: that
 * is the reply time of three working days for a retourbericht (issue 21 item 15). Checks the
 * standard gives no id for (a period that ends before it starts, the total) are named plainly.
 */
export const DECLARATIE_REGEL = {
  /** 9319: De ProductPeriode valt niet geheel binnen een DeclaratiePeriode. */
  PERIODE: "TR319 (retourcode 9319)",
  /** 9307: Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing. */
  BEGIN_IN_TOEWIJZING: "TR307 (retourcode 9307)",
  /** 9308: Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing. */
  EIND_IN_TOEWIJZING: "TR308 (retourcode 9308)",
  /** 9346: IngediendBedrag is niet GeleverdVolume × (het onafgeronde) ProductTarief. */
  BEDRAG: "TR346 (retourcode 9346)",
  /** 9321: Het ingediende volume overschrijdt het toegewezen volume. */
  VOLUME: "TR321 (retourcode 9321)",
} as const;

/**
 * A declaratie line: one period within one calendar month (the DeclaratiePeriode) and within the
 * toewijzing; amount = volume × tariff; volume not above the omvang unless flagged (R-IWMO).
 */
export function controleerPrestatie(r: DeclaratieRegelFeit, declaratie: { begindatum: Date; einddatum: Date }): string[] {
  const f: string[] = [];
  const waar = `Prestatie ${r.referentie} (${r.nummer})`;
  if (r.einddatum < r.begindatum) f.push(`${waar}: de Einddatum ligt vóór de Begindatum.`);
  if (toIsoDate(r.begindatum).slice(0, 7) !== toIsoDate(r.einddatum).slice(0, 7)) {
    f.push(`${DECLARATIE_REGEL.PERIODE}: ${waar}: de ProductPeriode valt niet binnen één kalendermaand.`);
  }
  if (r.begindatum < declaratie.begindatum || r.einddatum > declaratie.einddatum) {
    f.push(`${DECLARATIE_REGEL.PERIODE}: ${waar}: de ProductPeriode valt buiten de DeclaratiePeriode.`);
  }
  const toewijzing = `de toewijzing (${formatDatum(r.toewijzing.startdatum)} t/m ${formatDatum(r.toewijzing.einddatum)})`;
  if (r.begindatum < r.toewijzing.startdatum || r.begindatum > r.toewijzing.einddatum) {
    f.push(`${DECLARATIE_REGEL.BEGIN_IN_TOEWIJZING}: ${waar}: de Begindatum valt buiten ${toewijzing}.`);
  }
  if (r.einddatum > r.toewijzing.einddatum || r.einddatum < r.toewijzing.startdatum) {
    f.push(`${DECLARATIE_REGEL.EIND_IN_TOEWIJZING}: ${waar}: de Einddatum valt buiten ${toewijzing}.`);
  }
  if (r.tariefCent != null && r.volume * r.tariefCent !== r.bedragCent) {
    f.push(
      `${DECLARATIE_REGEL.BEDRAG}: ${waar}: het IngediendBedrag (${r.bedragCent}) is niet GeleverdVolume × ProductTarief (${r.volume} × ${r.tariefCent}).`,
    );
  }
  if (r.toewijzing.maxVolume != null && r.volume > r.toewijzing.maxVolume && !r.boveOmvangToegestaan) {
    f.push(
      `${DECLARATIE_REGEL.VOLUME}: ${waar}: het GeleverdVolume ${r.volume} is meer dan de toegewezen omvang (${r.toewijzing.maxVolume}).`,
    );
  }
  return f;
}

/** The total is the sum of the lines (debet minus credit). */
export function controleerTotaal(totaalCent: number, dc: string, regels: { bedragCent: number; debetCredit: string }[]): string | null {
  const som = regels.reduce((s, r) => s + (r.debetCredit === "C" ? -r.bedragCent : r.bedragCent), 0);
  const opgegeven = dc === "C" ? -totaalCent : totaalCent;
  return som === opgegeven
    ? null
    : `Het TotaalIngediendBedrag (${totaalCent} ${dc}) is niet de som van de prestaties (${Math.abs(som)} ${som < 0 ? "C" : "D"}).`;
}

/**
 * The most a line may declare for a period, from the toewijzing's omvang (WMO757 frequentie):
 * per dag × days, per week the portal's own R-DEC-1 extent (omvangInUren, ADR 0030: what a regular
 * weekly schedule can reach), per maand × 1, totaal × 1.
 * null when the toewijzing has no omvang (begeleiding groep: priced by the gemeente).
 */
export function maxVolume(omvang: { volume: number; frequentie: string } | null, begindatum: Date, einddatum: Date): number | null {
  if (!omvang) return null;
  const dagen = Math.round((einddatum.getTime() - begindatum.getTime()) / 86_400_000) + 1;
  switch (omvang.frequentie) {
    case "1":
      return omvang.volume * dagen;
    case "2":
      return omvangInUren(omvang.volume, dagen);
    default:
      return omvang.volume;
  }
}
