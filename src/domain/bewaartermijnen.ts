import { z } from "zod";
import { addMonths, vandaagInNederland } from "./kalender";

// Storage limitation (AVG art. 5 lid 1 sub e; issue 23, docs/decisions/0042): how long each kind
// of personal data is kept, in months after the moment that starts the term. The defaults hold
// until beheer sets a term; the legal basis is shown next to each term in beheer.

export const BEWAAR_SOORTEN = ["interesse", "inwoner-afgesloten", "auditlog"] as const;
export type BewaarSoort = (typeof BEWAAR_SOORTEN)[number];

export type BewaarSoortInfo = {
  naam: string;
  /** What starts the clock and what happens when the term has passed. */
  wat: string;
  standaardMaanden: number;
  minMaanden: number;
  grondslag: string;
};

export const BEWAAR_INFO: Record<BewaarSoort, BewaarSoortInfo> = {
  interesse: {
    naam: "Interesse-aanvragen",
    wat: "Een afgehandelde aanvraag 'ik heb interesse' wordt na deze termijn verwijderd, gerekend vanaf het afhandelen.",
    standaardMaanden: 6,
    minMaanden: 1,
    grondslag:
      "AVG art. 6 lid 1 sub a (toestemming van de aanvrager) en art. 5 lid 1 sub e (opslagbeperking): na het afhandelen is de aanvraag alleen nog nodig om vragen erover te beantwoorden.",
  },
  "inwoner-afgesloten": {
    naam: "Afgesloten inwoners",
    wat: "Van een inwoner die met een reden is afgesloten, worden na deze termijn de persoonsgegevens geanonimiseerd, gerekend vanaf de afsluitdatum. De aantallen in de rapportages blijven kloppen.",
    standaardMaanden: 60,
    minMaanden: 12,
    grondslag:
      "AVG art. 6 lid 1 sub e (taak van algemeen belang: Participatiewet art. 7 en Wmo 2015 art. 2.3.5) en art. 5 lid 1 sub e; Archiefwet 1995 met de Selectielijst gemeenten en intergemeentelijke organen (re-integratiedossiers: vernietigen 5 jaar na beëindiging).",
  },
  auditlog: {
    naam: "Logboek van verwerkingen",
    wat: "Regels in het logboek worden na deze termijn verwijderd, gerekend vanaf het moment van de verwerking.",
    standaardMaanden: 24,
    minMaanden: 6,
    grondslag:
      "AVG art. 5 lid 2 (verantwoordingsplicht) en art. 32 (beveiliging); BIO 12.4.1 (gebeurtenissen registreren): lang genoeg om een inzageverzoek (art. 15) en een incident te kunnen nagaan.",
  },
};

/** At most 30 years: a longer term is a typing error. */
export const MAX_MAANDEN = 360;

export const bewaartermijnSchema = z
  .object({
    soort: z.enum(BEWAAR_SOORTEN, { error: "Kies een soort gegevens." }),
    maanden: z.coerce
      .number({ error: "Vul een aantal maanden in." })
      .int({ error: "Vul een heel aantal maanden in." })
      .max(MAX_MAANDEN, { error: `Vul hoogstens ${MAX_MAANDEN} maanden in.` }),
  })
  .superRefine((v, ctx) => {
    const min = BEWAAR_INFO[v.soort].minMaanden;
    if (v.maanden < min)
      ctx.addIssue({ code: "custom", path: ["maanden"], message: `Vul minstens ${min} ${min === 1 ? "maand" : "maanden"} in.` });
  });

/** Everything dated before this day (the Dutch calendar day of `nu`, `maanden` back) is past its term. */
export function grensVan(nu: Date, maanden: number): Date {
  return addMonths(vandaagInNederland(nu), -maanden);
}
