import { formatDatum } from "../format";
import type { Fout, Waarschuwing } from "./bevinding";
import { addDays, addMonths } from "../kalender";
import type { ToewijzingStatus } from "./overlap";
import type { ProductRegels } from "./product";

// R-TOE-4: a verlenging is a new period linked to the earlier ones of the same product for the
// same inwoner. Ontwikkeling may be extended once (000 §2.3: "kan indien nodig een keer worden
// verlengd"), op-trede repeatedly, oriëntatie not at all (RULES gives it no extension).
//
// A verlenging starts exactly on the day after the previous period ends: it continues the same
// traject, so a gap would leave days without a toewijzing and an overlap would pay twice. When
// there is a gap, it is a new toewijzing (a new indication), not a verlenging.

/**
 * One earlier period in the chain (the first toewijzing and any extensions so far). `einddatum` is
 * the actual end (the stop date when it stopped early). `status` absent: not ingetrokken.
 */
export type EerderePeriode = { productCode: string; startdatum: Date; einddatum: Date; status?: ToewijzingStatus };

type Product = Pick<ProductRegels, "code" | "korteNaam" | "verlenging" | "categorie">;

/** 0 for a first toewijzing, 1 for the first verlenging, and so on. */
export function verlengingsnummer(keten: readonly EerderePeriode[]): number {
  return keten.length;
}

/** R-TOE-4: the start date of the next period: the day after the latest end in the chain. */
export function startVerlenging(keten: readonly EerderePeriode[]): Date {
  if (keten.length === 0) throw new Error("A verlenging needs at least one earlier period");
  const laatsteEinde = Math.max(...keten.map((p) => p.einddatum.getTime()));
  return addDays(new Date(laatsteEinde), 1);
}

/** R-TOE-4: may this product get one more period after this chain? */
export function magVerlengen(product: Pick<Product, "verlenging">, keten: readonly EerderePeriode[]): boolean {
  if (product.verlenging === "HERHAALD") return true;
  if (product.verlenging === "EENMALIG") return keten.length === 1;
  return false;
}

/** R-TOE-4 as Fouten; an empty chain is a first toewijzing and always passes. */
export function controleerVerlenging(product: Product, keten: readonly EerderePeriode[], startdatum: Date): Fout[] {
  if (keten.length === 0) return [];
  // Issue 11 defect 5: a withdrawn toewijzing never ran, so there is nothing to continue.
  if (keten.at(-1)!.status === "INGETROKKEN") {
    return [
      {
        regel: "R-TOE-4",
        veld: "productCode",
        melding: "Deze toewijzing is ingetrokken en kan niet worden verlengd. Geef zo nodig een nieuwe toewijzing af.",
      },
    ];
  }
  if (keten.some((p) => p.productCode !== product.code)) {
    return [
      {
        regel: "R-TOE-4",
        veld: "productCode",
        melding: `Een verlenging is voor hetzelfde product als de vorige periode. Kies ${product.korteNaam} niet als verlenging van een ander product; geef dan een nieuwe toewijzing af.`,
      },
    ];
  }
  if (!magVerlengen(product, keten)) {
    const melding =
      product.verlenging === "EENMALIG"
        ? `${product.korteNaam} is al een keer verlengd. Een ${product.categorie === "ONTWIKKELING" ? "ontwikkeltraject" : "toewijzing van dit product"} kan maar één keer worden verlengd.`
        : `${product.korteNaam} kan niet worden verlengd.`;
    return [{ regel: "R-TOE-4", veld: "productCode", melding }];
  }
  const verwacht = startVerlenging(keten);
  if (startdatum.getTime() !== verwacht.getTime()) {
    return [
      {
        regel: "R-TOE-4",
        veld: "startdatum",
        melding: `Een verlenging begint op de dag na het einde van de vorige periode. Die eindigt op ${formatDatum(addDays(verwacht, -1))}, dus de startdatum is ${formatDatum(verwacht)}.`,
      },
    ];
  }
  return [];
}

// Issue 11 defect 5: "extend once" (R-TOE-4) must not be bypassed by issuing a new, unlinked
// toewijzing of the same ontwikkeling product right after the chain ends. Decision (ADR 0017):
// within WACHTTIJD_MAANDEN after an earlier period of the same once-extendable product ends, a
// new period of that product can only be its verlenging (linked, starting the day after, and only
// when it was not extended yet). After that a new traject of the same product is a new indication.
// Ingetrokken periods never ran and do not count; the actual end (stop date) counts.

/** Months after the end of a traject in which the same ontwikkeling product can only be its verlenging. */
export const WACHTTIJD_MAANDEN = 6;

/** An earlier toewijzing of the same inwoner, as far as this rule needs it. */
export type EerdereToewijzing = {
  productCode: string;
  nummer?: string;
  startdatum: Date;
  einddatum: Date;
  status: ToewijzingStatus;
  /** Already extended (another period links to it). */
  verlengd?: boolean;
  /** 0 for a first period; 1 or more: this period is itself a verlenging. */
  verlengingsnummer?: number;
};

/** R-TOE-4 for a FIRST toewijzing (no verlengingVan): the bypass of "extend once" is refused. */
export function controleerNieuwTraject(
  product: Pick<Product, "code" | "korteNaam" | "verlenging">,
  startdatum: Date,
  eerdere: readonly EerdereToewijzing[],
  /** Issue 21 item 21: the consulent's reason for a new traject within the waiting time. */
  reden: string | null = null,
): { fouten: Fout[]; waarschuwingen: Waarschuwing[] } {
  const geen = { fouten: [], waarschuwingen: [] };
  if (product.verlenging !== "EENMALIG") return geen;
  const binnen = eerdere
    .filter((e) => e.productCode === product.code && e.status !== "INGETROKKEN" && e.einddatum.getTime() < startdatum.getTime())
    .filter((e) => startdatum.getTime() <= addMonths(e.einddatum, WACHTTIJD_MAANDEN).getTime())
    .sort((a, b) => b.einddatum.getTime() - a.einddatum.getTime());
  const laatste = binnen[0];
  if (!laatste) return geen;
  const dagNa = addDays(laatste.einddatum, 1);
  const welke = laatste.nummer ? `${laatste.nummer} ` : "";
  if (!laatste.verlengd && !laatste.verlengingsnummer && dagNa.getTime() === startdatum.getTime()) {
    return {
      fouten: [
        {
          regel: "R-TOE-4",
          veld: "productCode",
          melding: `Deze toewijzing sluit aan op de vorige toewijzing ${welke}van ${product.korteNaam}. Geef hem af als verlenging van die toewijzing (via "Deze toewijzing verlengen"), niet als nieuwe toewijzing.`,
        },
      ],
      waarschuwingen: [],
    };
  }
  const eerder = `Deze inwoner had tot en met ${formatDatum(laatste.einddatum)} al ${product.korteNaam} (${welke.trim() || "een eerdere toewijzing"}).`;
  // Issue 21 item 21 (ADR 0033): soon after an earlier traject a new one is the consulent's
  // judgement, not a hard refusal: allowed with a stated reason, recorded with the toewijzing.
  if (reden) {
    return {
      fouten: [],
      waarschuwingen: [
        {
          regel: "R-TOE-4",
          melding: `${eerder} Dit nieuwe traject wordt afgegeven met de reden die je opgaf; die staat bij de toewijzing.`,
        },
      ],
    };
  }
  const vanaf = addDays(addMonths(laatste.einddatum, WACHTTIJD_MAANDEN), 1);
  return {
    fouten: [
      {
        regel: "R-TOE-4",
        veld: "startdatum",
        melding: `${eerder} Een ontwikkeltraject kan maar één keer worden verlengd; binnen ${WACHTTIJD_MAANDEN} maanden daarna is een nieuw traject van dit product een uitzondering. Zonder reden kan een nieuw traject op zijn vroegst beginnen op ${formatDatum(vanaf)}. Is het eerder nodig? Schrijf waarom bij "Waarom nu een nieuw traject".`,
      },
    ],
    waarschuwingen: [],
  };
}
