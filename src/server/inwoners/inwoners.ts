// The inwoner entry points in one place, for callers that want them all (the tests of the audit
// trail). Each lives in the file named after what it does; every one is a use case or a query that
// writes one audit record per inwoner whose data it reads or changes (Logboek Dataverwerkingen:
// who, which activity, about whom as a pseudonym, never the BSN).

export { mogelijkeContactpersonen, registreerInwoner } from "./registreren";
export { vindInwoners, zoekInwoners, type InwonerRegel } from "./zoeken";
export { inwonerDossier, toonBsn } from "./dossier";
export { legTredeVast, wijzigContactpersoon, wijzigInwoner } from "./wijzigen";
