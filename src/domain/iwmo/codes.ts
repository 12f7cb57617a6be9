// iWmo 3.2 code lists and message constants the portal uses (standards/iwmo-3.2/codelijsten/,
// the XSDs in standards/iwmo-3.2/xsd/ hold the authoritative enumerations).

export const BERICHTSOORTEN = ["301", "305", "307", "315", "317", "319", "323"] as const;
export type Berichtsoort = (typeof BERICHTSOORTEN)[number];

/** Header BerichtCode per message (fixed by each XSD). */
export const BERICHTCODE: Record<Berichtsoort, string> = {
  "301": "414",
  "305": "418",
  "307": "420",
  "315": "444",
  "317": "480",
  "319": "482",
  "323": "484",
};

export const BERICHTNAAM: Record<Berichtsoort, string> = {
  "301": "Toewijzing",
  "305": "Start ondersteuning",
  "307": "Stop ondersteuning",
  "315": "Verzoek om toewijzing",
  "317": "Verzoek om wijziging",
  "319": "Antwoord op verzoek",
  "323": "Declaratie",
};

/** Who sends each message: the gemeente (afzender = gemeentecode) or the aanbieder (AGB code). */
export const AFZENDER_ROL: Record<Berichtsoort, "GEMEENTE" | "AANBIEDER"> = {
  "301": "GEMEENTE",
  "305": "AANBIEDER",
  "307": "AANBIEDER",
  "315": "AANBIEDER",
  "317": "AANBIEDER",
  "319": "GEMEENTE",
  "323": "AANBIEDER",
};

export const namespaceVan = (soort: Berichtsoort) => `http://www.istandaarden.nl/iwmo/3_2/wmo${soort}/schema`;
export const BASIS_NAMESPACE = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
export const XSD_VERSIE = "1.0.0";

/** WMO020 productcategorie (standards/iwmo-3.2/codelijsten/WMO020_Productcategorie.md). */
export const PRODUCTCATEGORIE: Record<string, string> = {
  "01": "Hulp bij het huishouden",
  "02": "Begeleiding",
  "03": "Persoonlijke verzorging",
  "04": "Kortdurend verblijf",
  "05": "Woondiensten",
  "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
  "07": "Dagbesteding",
  "08": "Vervoerdiensten",
  "09": "Overige groepsgerichte ondersteuning",
  "10": "Overige maatwerk arrangementen",
  "11": "Rolstoelen",
  "12": "Vervoervoorzieningen",
  "13": "Woonvoorzieningen",
  "14": "Overige hulpmiddelen",
  "15": "Beschermd wonen",
  "16": "Opvang",
  "17": "Spoedopvang",
  "18": "Overige beschermd wonen en opvang",
};

/**
 * LDT_ProductCode (basisschema.xsd: 1–5 characters). The codes themselves are the gemeente's own
 * productcodetabel, agreed in the contracts; the portal takes letters and digits only.
 */
export const PRODUCTCODE = /^[A-Z0-9]{1,5}$/;

/** WJ756 eenheid. */
export const EENHEID: Record<string, string> = {
  "01": "minuut",
  "04": "uur",
  "14": "etmaal",
  "16": "dagdeel (4 uur)",
  "82": "stuks (output)",
  "83": "euro's",
  "84": "stuks (inspanning)",
};

/** WMO757 frequentie. */
export const FREQUENTIE: Record<string, string> = {
  "1": "per dag",
  "2": "per week",
  "4": "per maand",
  "6": "totaal binnen geldigheidsduur toewijzing",
};

/** WMO002 reden wijziging toewijzing: the codes the portal sends. */
export const REDEN_WIJZIGING = {
  CONTRACTWIJZIGING: "03",
  VERLENGING: "04",
  VERKORTING: "05",
  OVERSTAP_AANBIEDER: "09",
  OP_VERZOEK_AANBIEDER: "12",
  VERWIJDERD: "13",
  ADMINISTRATIEVE_CORRECTIE: "14",
} as const;

export const REDEN_WIJZIGING_OMSCHRIJVING: Record<string, string> = {
  "02": "Cliënt overleden",
  "03": "Contractwijziging",
  "04": "Herbeoordeling: verlenging toewijzing",
  "05": "Herbeoordeling: verkorting toewijzing",
  "06": "Uitstroom naar ander domein",
  "07": "Verhuizing naar een andere gemeente",
  "08": "Wijziging leveringsvorm",
  "09": "Overstap naar andere aanbieder",
  "10": "Overgang naar nieuwe bekostigingssystematiek",
  "11": "Gemeentelijke herindeling",
  "12": "Geïnitieerd door de aanbieder",
  "13": "Verwijderd",
  "14": "Administratieve correctie",
};

/**
 * WMO588 reden beëindiging that belongs to a WMO002 reden wijziging toewijzing: the 307 that
 * follows a 301 with this RedenWijziging carries this reason (WMO002 column "Reden beeindiging
 * (WMO307)", WMO588 column "Reden wijziging toewijzing"). 01, 04, 13 and 14 end nothing ("nvt").
 */
export const REDEN_BEEINDIGING_BIJ_WIJZIGING: Record<string, string> = {
  "02": "02",
  "03": "36",
  "05": "36",
  "06": "39",
  "07": "31",
  "08": "36",
  "09": "38",
  "10": "36",
  "11": "36",
  "12": "37",
};

export function redenBeeindigingBijWijziging(redenWijziging: string): string | null {
  return REDEN_BEEINDIGING_BIJ_WIJZIGING[redenWijziging] ?? null;
}

/** WJ760 verzoek antwoord. */
export const VERZOEK_ANTWOORD = { AFGEWEZEN: "1", IN_ONDERZOEK: "2" } as const;

/** WJ759 reden afwijzing verzoek. */
export const REDEN_AFWIJZING: Record<string, string> = {
  "1": "Geen wijziging, maar nieuwe aanvraag",
  "2": "Past niet binnen budget",
  "3": "Geen contract",
  "4": "Past niet binnen contract",
  "5": "Andere gemeente",
  "6": "Stapeling",
  "7": "Zorginhoudelijke afkeur",
  "8": "Woonplaatsbeginsel",
  "9": "Leeftijdsgrens is bereikt",
};

/** WJ758 reden verzoek (317). */
export const REDEN_VERZOEK: Record<string, string> = {
  "1": "Verandering cliëntsituatie",
  "2": "Wijziging zorgplan",
};

/** Apeldoorn's CBS gemeentecode, the default until beheer sets another. */
export const STANDAARD_GEMEENTECODE = "0200";
export const isGemeentecode = (s: string) => /^[0-9]{4}$/.test(s);
export const isAgbCode = (s: string) => /^[0-9]{8}$/.test(s);
