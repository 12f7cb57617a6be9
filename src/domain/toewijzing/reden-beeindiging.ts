// The reden beëindiging of a stop message (WMO307, R-IWMO), as data. The codes are those of the
// iWmo 3.2 codelijst WMO588 "Reden beëindiging" (informatiemodel.istandaarden.nl/informatiemodel/
// iwmo/3.2/codelijsten/wmo588/); RULES.md and the seeds do not list them. They were taken from two
// independent public transcriptions that agree (i-Sociaal-Lab/jaapjunior, packages/api/wmo/
// WMO588_Reden beeindiging.md, and a Business Central enum). Note: the Wmo list is WMO588, not
// JZ588 (that is the Jeugdwet list, with its own codes). Confirm against the official page before
// the first WMO307 is sent.
//
// `label` is plain Dutch for the screen; `iwmoOmschrijving` is the standard's wording.
// `doorAanbieder`: the aanbieder may choose this reason on its own initiative (WMO588 column
// "Initiatief aanbieder"); 36 and 37 follow a change made by the gemeente.

export type RedenBeeindiging = {
  key: string;
  iwmoCode: string;
  label: string;
  iwmoOmschrijving: string;
  doorAanbieder: boolean;
};

export const REDENEN_BEEINDIGING = [
  {
    key: "VOLGENS_PLAN",
    iwmoCode: "19",
    label: "Volgens plan afgerond",
    iwmoOmschrijving: "Levering volgens plan beëindigd",
    doorAanbieder: true,
  },
  {
    key: "VOORTIJDIG_IN_OVERLEG",
    iwmoCode: "23",
    label: "Eerder gestopt, in overleg met de inwoner",
    iwmoOmschrijving: "Levering is in overeenstemming voortijdig beëindigd",
    doorAanbieder: true,
  },
  {
    key: "EENZIJDIG_INWONER",
    iwmoCode: "21",
    label: "Gestopt door de inwoner",
    iwmoOmschrijving: "Levering is eenzijdig door cliënt beëindigd",
    doorAanbieder: true,
  },
  {
    key: "EENZIJDIG_AANBIEDER",
    iwmoCode: "22",
    label: "Gestopt door de aanbieder",
    iwmoOmschrijving: "Levering is eenzijdig door aanbieder beëindigd",
    doorAanbieder: true,
  },
  {
    key: "ANDERE_AANBIEDER",
    iwmoCode: "38",
    label: "Overgestapt naar een andere aanbieder",
    iwmoOmschrijving: "Overstap naar andere aanbieder",
    doorAanbieder: true,
  },
  {
    key: "DOOR_GEMEENTE",
    iwmoCode: "36",
    label: "Beëindigd door de gemeente",
    iwmoOmschrijving: "Geïnitieerd door de gemeente",
    doorAanbieder: false,
  },
  {
    key: "TIJDELIJK",
    iwmoCode: "20",
    label: "Tijdelijk gestopt (bijvoorbeeld ziekenhuisopname)",
    iwmoOmschrijving: "Levering is tijdelijk beëindigd",
    doorAanbieder: true,
  },
  {
    key: "VERHUISD",
    iwmoCode: "31",
    label: "Verhuisd naar een andere gemeente",
    iwmoOmschrijving: "Verhuizing naar een andere gemeente",
    doorAanbieder: true,
  },
  {
    key: "ANDER_DOMEIN",
    iwmoCode: "39",
    label: "Over naar andere zorg (bijvoorbeeld Wlz)",
    iwmoOmschrijving: "Uitstroom naar ander domein",
    doorAanbieder: true,
  },
  {
    key: "WIJZIGINGSVERZOEK",
    iwmoCode: "37",
    label: "Gestopt na een verzoek om wijziging",
    iwmoOmschrijving: "In verband met wijzigingsverzoek",
    doorAanbieder: false,
  },
  { key: "OVERLEDEN", iwmoCode: "02", label: "Overleden", iwmoOmschrijving: "Overlijden", doorAanbieder: true },
] as const satisfies readonly RedenBeeindiging[];

export type RedenBeeindigingKey = (typeof REDENEN_BEEINDIGING)[number]["key"];

export function redenBeeindiging(key: RedenBeeindigingKey): RedenBeeindiging {
  return REDENEN_BEEINDIGING.find((r) => r.key === key)!;
}

/** An incoming WMO307/WMO308 code → the reason; null for a code not in the list. */
export function redenBijIwmoCode(code: string): RedenBeeindiging | null {
  return REDENEN_BEEINDIGING.find((r) => r.iwmoCode === code) ?? null;
}

/** The reasons an aanbieder can pick when it reports a stop itself. */
export function redenenVoorAanbieder(): RedenBeeindiging[] {
  return REDENEN_BEEINDIGING.filter((r) => r.doorAanbieder);
}
