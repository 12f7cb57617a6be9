import { contactpersoonRol, type ContactpersoonRol } from "../inwoner/contactpersoon";
import type { Uitkering } from "../inwoner/uitkering";
import type { Rol } from "../rollen";
import { controleerAfgever } from "./afgever";
import type { Fout, Waarschuwing } from "./bevinding";
import { isCalendarDate } from "../kalender";
import { bepaalEinddatum } from "./duur";
import { aowWaarschuwing, controleerLeeftijd, type AowRij } from "./leeftijd";
import { controleerUrenPerWeek, iwmoOntbreekt, iwmoToewijzing, type IwmoToewijzing } from "./omvang";
import { controleerOverlap, type BestaandeToewijzing } from "./overlap";
import type { ProductRegels } from "./product";
import { controleerStartTrede, tredeWaarschuwing } from "./start-trede";
import { controleerTarief, tariefVoorDatum, tariefWaarschuwingen, type TariefRij } from "./tarief";
import { controleerNieuwTraject, controleerVerlenging, verlengingsnummer, type EerderePeriode, type EerdereToewijzing } from "./verlenging";
import { controleerContract, controleerWerkplekNiveau, type WerkplekNiveaus } from "./werkplek-niveau";

// The single check before a toewijzing is issued: every rule of RULES §2–4 and §9–10 that can be
// decided from plain data. All Fouten are collected (not just the first), so the form can show
// them all at once. Dates are calendar dates at UTC midnight (see ../kalender/calendar-date.ts).

export type ToewijzingInvoer = {
  /** R-TOE-1: who issues it (recorded by the caller). */
  afgever: { rol: Rol };
  inwoner: { geboortedatum: Date; trede: number | null; uitkering: Uitkering };
  product: ProductRegels;
  startdatum: Date;
  /** Required unless the product has a fixed duration (then it is computed). */
  einddatum?: Date | null;
  /** Op-trede only. */
  urenPerWeek?: number | null;
  /** R-TOE-4: the earlier linked periods when this is a verlenging; absent or empty otherwise. */
  verlengingVan?: readonly EerderePeriode[];
  /** R-PRD-3: the inwoner's other toewijzingen (any status). */
  bestaandeToewijzingen?: readonly (BestaandeToewijzing & Partial<EerdereToewijzing>)[];
  /** Issue 21 item 21: why a new ontwikkeling starts within the waiting time after an earlier one. */
  redenNieuwTraject?: string | null;
  /** Defect 7: the chosen werkplek's levels; absent or null when none is chosen. */
  werkplek?: WerkplekNiveaus | null;
  /** Defect 8: the aanbieder's contract; absent when the caller checked it. */
  aanbieder?: { naam: string; contractVan: Date; contractTot: Date | null } | null;
  tarieven: readonly TariefRij[];
  aowTabel: readonly AowRij[];
};

export type ToewijzingGoedgekeurd = {
  ok: true;
  einddatum: Date;
  /** 0: a first toewijzing; 1: the first verlenging; … */
  verlengingsnummer: number;
  /** R-TOE-2: whose name the aanbieder sees. */
  contactpersoonRol: ContactpersoonRol;
  /** R-TAR-1: the start year's tariff; null for products priced by the municipality, or while that year has none (R-TAR-2). */
  tarief: TariefRij | null;
  /** R-IWMO: product and omvang for the WMO301 message; null when not exchanged through iWmo. */
  iwmo: IwmoToewijzing | null;
  waarschuwingen: Waarschuwing[];
};

export type ToewijzingAfgewezen = { ok: false; fouten: Fout[]; waarschuwingen: Waarschuwing[] };

export function controleerToewijzing(invoer: ToewijzingInvoer): ToewijzingGoedgekeurd | ToewijzingAfgewezen {
  const { product, inwoner, startdatum } = invoer;
  const keten = invoer.verlengingVan ?? [];
  const datumFouten = controleerDatums(invoer);
  if (datumFouten.length > 0) return { ok: false, fouten: datumFouten, waarschuwingen: [] };

  const nieuwTraject =
    keten.length === 0
      ? controleerNieuwTraject(product, startdatum, invoer.bestaandeToewijzingen ?? [], invoer.redenNieuwTraject ?? null)
      : { fouten: [], waarschuwingen: [] };
  const fouten: Fout[] = [
    ...controleerAfgever(invoer.afgever.rol, product, inwoner.uitkering),
    ...controleerStartTrede(product, inwoner.trede),
    ...controleerWerkplekNiveau(product, invoer.werkplek),
    ...controleerVerlenging(product, keten, startdatum),
    ...nieuwTraject.fouten,
    ...controleerUrenPerWeek(product, invoer.urenPerWeek),
  ];
  // Issue 21 item 20: a year without a tariff blocks declaring (R-TAR-2), not issuing.
  const waarschuwingen: Waarschuwing[] = [...controleerTarief(product, startdatum, invoer.tarieven), ...nieuwTraject.waarschuwingen];
  const trede = tredeWaarschuwing(product, inwoner.trede);
  if (trede) waarschuwingen.push(trede);
  if (iwmoOntbreekt(product)) {
    waarschuwingen.push({
      regel: "R-IWMO",
      melding: `Voor ${product.korteNaam} is de iWmo-omvang niet compleet vastgelegd. Deze toewijzing kan nog niet als iWmo-bericht naar de aanbieder.`,
    });
  }

  // Defect 1: R-PRD-1 (18 up to the AOW age) is for Werkt Mee products, not for begeleiding groep.
  const leeftijdsgrens = heeftLeeftijdsgrens(product);
  const eind = bepaalEinddatum(product, startdatum, invoer.einddatum);
  if (!eind.ok) {
    fouten.push(
      eind.fout,
      ...(leeftijdsgrens ? controleerLeeftijd({ geboortedatum: inwoner.geboortedatum, startdatum, aowTabel: invoer.aowTabel }) : []),
    );
    return { ok: false, fouten, waarschuwingen };
  }
  const periode = { startdatum, einddatum: eind.einddatum };
  fouten.push(
    ...(leeftijdsgrens ? controleerLeeftijd({ geboortedatum: inwoner.geboortedatum, ...periode, aowTabel: invoer.aowTabel }) : []),
    ...controleerOverlap({ categorie: product.categorie, ...periode }, zonderKeten(invoer.bestaandeToewijzingen ?? [], keten)),
    ...(invoer.aanbieder ? controleerContract(invoer.aanbieder, periode) : []),
  );
  const aow = leeftijdsgrens ? aowWaarschuwing(inwoner.geboortedatum, eind.einddatum, invoer.aowTabel) : null;
  waarschuwingen.push(...(aow ? [aow] : []), ...tariefWaarschuwingen(product, startdatum, eind.einddatum, invoer.tarieven));
  if (fouten.length > 0) return { ok: false, fouten, waarschuwingen };

  return {
    ok: true,
    einddatum: eind.einddatum,
    verlengingsnummer: verlengingsnummer(keten),
    contactpersoonRol: contactpersoonVoorToewijzing(product, inwoner.uitkering),
    tarief: tariefVoorDatum(invoer.tarieven, product.code, startdatum),
    iwmo: iwmoToewijzing(product, invoer.urenPerWeek, { verlenging: keten.length > 0 }),
    waarschuwingen,
  };
}

/** R-PRD-1: the Werkt Mee products are for 18 up to the AOW age; begeleiding groep has no age limit. */
export function heeftLeeftijdsgrens(product: Pick<ProductRegels, "categorie">): boolean {
  return product.categorie !== "BEGELEIDING_GROEP";
}

/**
 * R-TOE-2 names the contact person for a WERKT MEE traject. Begeleiding groep is ordinary Wmo
 * maatwerk, issued by the Wmo-consulent (see afgever.ts), who is then also the contact person.
 */
export function contactpersoonVoorToewijzing(product: Pick<ProductRegels, "categorie">, uitkering: Uitkering): ContactpersoonRol {
  return product.categorie === "BEGELEIDING_GROEP" ? "WMO_CONSULENT" : contactpersoonRol(uitkering);
}

/** R-TOE-3: dates must be real calendar dates before any rule can use them. */
function controleerDatums(invoer: ToewijzingInvoer): Fout[] {
  const fouten: Fout[] = [];
  if (!isCalendarDate(invoer.startdatum)) fouten.push({ regel: "R-TOE-3", veld: "startdatum", melding: "Vul een geldige startdatum in." });
  if (invoer.einddatum && !isCalendarDate(invoer.einddatum))
    fouten.push({ regel: "R-TOE-3", veld: "einddatum", melding: "Vul een geldige einddatum in." });
  if (!isCalendarDate(invoer.inwoner.geboortedatum))
    fouten.push({ regel: "R-PRD-1", melding: "De geboortedatum van deze inwoner is niet goed vastgelegd." });
  return fouten;
}

/**
 * The periods of the verlenging chain may also be among the existing toewijzingen; they are checked
 * by R-TOE-4 (start on the day after), so they are left out here rather than reported twice. A
 * period is recognised by product and start date, which do not change when it ends early.
 */
function zonderKeten<B extends BestaandeToewijzing>(bestaande: readonly B[], keten: readonly EerderePeriode[]): B[] {
  return bestaande.filter((b) => !keten.some((k) => k.productCode === b.productCode && k.startdatum.getTime() === b.startdatum.getTime()));
}
