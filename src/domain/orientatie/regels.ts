import { formatDatum } from "../format";
import { addDays, addMonths, daysBetween } from "../kalender";
import { duurTekst, eindeNaMaanden } from "../toewijzing/duur";
import type { ProductRegels } from "../toewijzing/product";
import { opsomming } from "../toewijzing/bevinding";
import { achttienDatum, laatsteDagVoorAow, type AowRij } from "../toewijzing/leeftijd";

// The oriëntatietraject (RULES §2 row ORIENTATIE, R-LAD-3; ADR 0018): an algemene voorziening the
// Centrum Apeldoorn Werkt Mee registers and runs itself, for inwoners on trede 2–4, at most 3
// months, one at a time. The treden and the duration come from the product row ORIENTATIE, as for
// the toewijzing rules.
//
// "3 months" is the toewijzing's definition (eindeNaMaanden): it ends the day before the same day
// 3 months later; where that day does not exist, on the last day of the month before it
// (30 November → 28 or 29 February; 1 March → 31 May). That day is both the default and the latest
// einddatum.

export type OrientatieProduct = Pick<ProductRegels, "korteNaam" | "startTreden" | "duurMaanden">;

/** How far back a start may be registered: the first conversation often comes before the paperwork. */
export const START_TERUG_DAGEN = 30;
/** How far ahead a start may be planned. */
export const START_VOORUIT_MAANDEN = 3;
/** What runs out within this many days is marked on the centrum's list. */
export const SIGNAAL_DAGEN = 14;

export type Registratie = {
  product: OrientatieProduct;
  /** The inwoner's current trede (the latest ladder entry); null when none is recorded. */
  trede: number | null;
  startdatum: Date;
  /** null: the default, 3 months minus one day. */
  einddatum: Date | null;
  vandaag: Date;
  /** The inwoner's oriëntatie that is still running, if any. */
  lopend: { nummer: string; einddatum: Date } | null;
  /** R-PRD-1: the Werkt Mee oriëntatietraject is for inwoners from 18 up to the AOW age. */
  geboortedatum: Date;
  aowTabel: readonly AowRij[];
};

export type RegistratieUitkomst =
  { ok: true; einddatum: Date } | { ok: false; fouten: Partial<Record<"inwonerId" | "startdatum" | "einddatum", string>> };

/** The last day of an oriëntatie starting on `startdatum`, when nothing else is entered. */
export function standaardEinddatum(product: OrientatieProduct, startdatum: Date): Date {
  return eindeNaMaanden(startdatum, product.duurMaanden ?? 3);
}

/** The trede rule, the start window, the 3 months and one at a time, each at its field. */
export function controleerRegistratie(r: Registratie): RegistratieUitkomst {
  const fouten: Partial<Record<"inwonerId" | "startdatum" | "einddatum", string>> = {};
  const treden = [...r.product.startTreden].sort((a, b) => a - b);
  if (r.trede === null) {
    fouten.inwonerId =
      "Van deze inwoner is nog geen trede op de participatieladder vastgelegd. Laat de contactpersoon die eerst vastleggen.";
  } else if (!treden.includes(r.trede)) {
    fouten.inwonerId = `Een oriëntatie is voor inwoners op trede ${opsomming(treden)}; deze inwoner staat op trede ${r.trede}.`;
  } else if (r.lopend) {
    fouten.inwonerId = `Deze inwoner heeft al een lopende oriëntatie (${r.lopend.nummer}, tot en met ${formatDatum(r.lopend.einddatum)}). Rond die eerst af of stop hem.`;
  }

  const vroegst = addDays(r.vandaag, -START_TERUG_DAGEN);
  const laatst = addMonths(r.vandaag, START_VOORUIT_MAANDEN);
  if (r.startdatum < vroegst) {
    fouten.startdatum = `De startdatum ligt hoogstens ${START_TERUG_DAGEN} dagen terug: op of na ${formatDatum(vroegst)}.`;
  } else if (r.startdatum > laatst) {
    fouten.startdatum = `De startdatum ligt hoogstens ${duurTekst(START_VOORUIT_MAANDEN)} vooruit: uiterlijk ${formatDatum(laatst)}.`;
  }

  const uiterlijk = standaardEinddatum(r.product, r.startdatum);
  const einddatum = r.einddatum ?? uiterlijk;
  const achttien = achttienDatum(r.geboortedatum);
  const voorAow = laatsteDagVoorAow(r.geboortedatum, r.aowTabel);
  if (!fouten.startdatum && r.startdatum < achttien) {
    fouten.startdatum = `Werkt Mee is voor inwoners vanaf 18 jaar. Deze inwoner wordt 18 op ${formatDatum(achttien)}; de oriëntatie kan op zijn vroegst dan beginnen.`;
  } else if (!fouten.startdatum && r.startdatum > voorAow) {
    fouten.startdatum = `Werkt Mee is voor inwoners tot de AOW-leeftijd. Deze inwoner bereikt die op ${formatDatum(addDays(voorAow, 1))}, voor deze startdatum.`;
  }
  if (einddatum < r.startdatum) {
    fouten.einddatum = "De einddatum ligt voor de startdatum. Kies een einddatum op of na de startdatum.";
  } else if (einddatum > uiterlijk) {
    fouten.einddatum = `Een oriëntatie duurt hoogstens ${duurTekst(r.product.duurMaanden ?? 3)}. Bij de startdatum ${formatDatum(r.startdatum)} is de einddatum uiterlijk ${formatDatum(uiterlijk)}.`;
  } else if (!fouten.startdatum && einddatum > voorAow) {
    fouten.einddatum = `Deze inwoner bereikt de AOW-leeftijd op ${formatDatum(addDays(voorAow, 1))}. De oriëntatie loopt daarom uiterlijk tot en met ${formatDatum(voorAow)}.`;
  }
  return Object.keys(fouten).length ? { ok: false, fouten } : { ok: true, einddatum };
}

export type OrientatieStatus = "LOPEND" | "AFGEROND" | "GESTOPT";

export const STATUS_ORIENTATIE: Record<OrientatieStatus, string> = {
  LOPEND: "Lopend",
  AFGEROND: "Afgerond met advies",
  GESTOPT: "Gestopt",
};

/** What needs the centrum's attention, in words (the list does not rely on colour). */
/** Still running: the advice can be recorded or the orientatie stopped. */
export function loopt(o: { status: OrientatieStatus }): boolean {
  return o.status === "LOPEND";
}

/** Ended with an advice (not stopped early): the advice can be shown and printed. */
export function heeftAdvies(o: { status: OrientatieStatus }): boolean {
  return o.status === "AFGEROND";
}

export type Signaal = { soort: "verlopen" | "loopt-af"; tekst: string } | null;

export function signaal(o: { status: OrientatieStatus; einddatum: Date }, vandaag: Date): Signaal {
  if (!loopt(o)) return null;
  const dagen = daysBetween(vandaag, o.einddatum);
  if (dagen < 0) return { soort: "verlopen", tekst: "Let op: de einddatum is voorbij en er is nog geen advies" };
  if (dagen <= SIGNAAL_DAGEN) {
    const wanneer = dagen === 0 ? "vandaag" : dagen === 1 ? "morgen" : `over ${dagen} dagen`;
    return { soort: "loopt-af", tekst: `Let op: loopt ${wanneer} af` };
  }
  return null;
}

/** The advice is recorded once the oriëntatie has started, not before. */
export function magAdviesVastleggen(o: { status: OrientatieStatus; startdatum: Date }, vandaag: Date): string | null {
  if (!loopt(o)) return "Deze oriëntatie is al afgesloten.";
  if (o.startdatum > vandaag)
    return `Deze oriëntatie begint pas op ${formatDatum(o.startdatum)}. Leg het advies vast als hij gelopen heeft.`;
  return null;
}
