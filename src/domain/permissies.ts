import { ROLLEN, type Rol } from "./rollen";

// Permissions as data: one table from role to allowed actions. Every use case names the permission
// it needs and the pipeline (src/server/pipeline.ts) checks it; the UI asks `mag` too (what to
// offer). Scoping to the caller's own organisation is a second, separate check in each use case's
// scoped load. Each permission guards one resource, described in one line.

export const PERMISSIE_OMSCHRIJVING = {
  "werkplek:beheren": "Werkplekken van de eigen organisatie aanmaken, wijzigen, indienen en archiveren.",
  "inhoudscheck:beoordelen": "Ingediende werkplekken en wijzigingen goedkeuren of afwijzen (R-WP-1).",
  "aanbieder:registreren": "Een gecontracteerde aanbieder registreren en de eerste gebruiker uitnodigen.",
  "aanbieder:collega-beheren": "Collega's van de eigen aanbieder uitnodigen en deactiveren.",
  "medewerker:beheren": "Accounts en rollen van gemeentemedewerkers beheren.",
  "interesse:behandelen": "De wachtrij van 'ik heb interesse'-aanvragen behandelen.",
  "inwoner:lezen": "Inwoners zoeken en hun dossier inzien.",
  "inwoner:registreren": "Inwoners registreren, hun contactpersoon en ladderhistorie bijwerken.",
  "inwoner:afsluiten": "Een inwoner uit het programma afsluiten met een reden, en heropenen als dat een vergissing was.",
  "toewijzing:afgeven": "Toewijzingen afgeven, verlengen en intrekken (R-TOE-1).",
  "toewijzing:lezen-eigen": "De toewijzingen van de eigen aanbieder inzien, zonder BSN.",
  "toewijzing:start-stop-melden": "De start en het einde van een toewijzing van de eigen aanbieder melden.",
  "traject:rapporteren":
    "Ondersteuningsplan, meldingen, evaluatiegesprek, eindverantwoording en herindicatieverzoek van de eigen toewijzingen (R-TOE-5, R-EV).",
  "traject:opvolgen":
    "Als contactpersoon van de inwoner meldingen, evaluatiegesprekken, eindverantwoordingen en herindicaties opvolgen (R-TOE-2).",
  "traject:opvolgen-alle": "Trajecten van alle contactpersonen opvolgen en erover beslissen (vervanging, teamleiding).",
  "orientatie:uitvoeren": "Oriëntatietrajecten van het Centrum Apeldoorn Werkt Mee registreren, begeleiden en afsluiten met een advies.",
  "declaratie:indienen": "Declaraties en vrijwilligersvergoedingen voor de eigen toewijzingen vastleggen en indienen (R-DEC, R-VV).",
  "declaratie:beoordelen": "Ingediende declaratieregels goedkeuren of afwijzen (R-DEC).",
  "declaratie:betalen": "Goedgekeurde declaratieregels in een betaalrun als betaald markeren en exporteren.",
  "tarieven:beheren": "De tarieven per product per jaar vastleggen en corrigeren (R-TAR-1).",
  "aow:beheren": "De AOW-leeftijd per geboortecohort beheren (R-AOW-1).",
  "vrijwilligersvergoeding:beheren": "De grenzen van de vrijwilligersvergoeding per jaar vastleggen (R-VV-1).",
  "branches:beheren": "De branches van de catalogus toevoegen en hernoemen.",
  "auditlog:lezen": "Het logboek van verwerkingen inzien.",
  "bewaartermijnen:beheren": "De bewaartermijnen van persoonsgegevens instellen (AVG, opslagbeperking).",
  "rapportage:doorstroom":
    "De doorstroomrapportage lezen en downloaden: aantallen per trede, product en aanbieder, geen personen (R-LAD-3).",
  "iwmo:berichten": "Berichten (iWmo) van alle aanbieders inzien, inlezen, downloaden en verzoeken beantwoorden (R-IWMO).",
  "iwmo:berichten-eigen": "De berichten (iWmo) van de eigen aanbieder inzien, inlezen en downloaden (R-IWMO).",
  "iwmo:instellen": "De gemeentecode en de productcategorie en productcode per product van het iWmo-berichtenverkeer beheren.",
} as const;

export type Actie = keyof typeof PERMISSIE_OMSCHRIJVING;

export const ACTIES = Object.keys(PERMISSIE_OMSCHRIJVING) as Actie[];

const STAF_INWONERS: Actie[] = ["interesse:behandelen", "inwoner:lezen", "inwoner:registreren", "inwoner:afsluiten"];
const AANBIEDER_TRAJECT: Actie[] = [
  "toewijzing:lezen-eigen",
  "toewijzing:start-stop-melden",
  "traject:rapporteren",
  "declaratie:indienen",
  "iwmo:berichten-eigen",
];
const CONTACTPERSOON: Actie[] = [...STAF_INWONERS, "toewijzing:afgeven", "traject:opvolgen"];
const REFERENTIEGEGEVENS: Actie[] = ["tarieven:beheren", "aow:beheren", "vrijwilligersvergoeding:beheren", "branches:beheren"];

export const PERMISSIES: Record<Rol, readonly Actie[]> = {
  AANBIEDER_BEHEERDER: ["werkplek:beheren", "aanbieder:collega-beheren", ...AANBIEDER_TRAJECT],
  AANBIEDER_MEDEWERKER: ["werkplek:beheren", ...AANBIEDER_TRAJECT],
  WMO_CONSULENT: CONTACTPERSOON,
  TRAJECTREGISSEUR: CONTACTPERSOON,
  ACTIVERINGSCOACH: CONTACTPERSOON,
  // R-TOE-1: the teammanager Wmo holds the mandate that is passed on to the issuing staff; they
  // follow every traject (absence, handover) and check declaraties; paying is beheer's (four eyes).
  TEAMMANAGER: [...CONTACTPERSOON, "traject:opvolgen-alle", "declaratie:beoordelen", "iwmo:berichten", "rapportage:doorstroom"],
  CENTRUM: ["inhoudscheck:beoordelen", "interesse:behandelen", "inwoner:lezen", "orientatie:uitvoeren", "rapportage:doorstroom"],
  BEHEERDER: [
    "inhoudscheck:beoordelen",
    "declaratie:beoordelen",
    "declaratie:betalen",
    "aanbieder:registreren",
    "medewerker:beheren",
    ...REFERENTIEGEGEVENS,
    "auditlog:lezen",
    "bewaartermijnen:beheren",
    "iwmo:berichten",
    "iwmo:instellen",
    "rapportage:doorstroom",
  ],
};

/** Any of the beheer pages: for the menu. */
export const BEHEER_ACTIES: readonly Actie[] = [
  ...REFERENTIEGEGEVENS,
  "medewerker:beheren",
  "auditlog:lezen",
  "bewaartermijnen:beheren",
  "iwmo:instellen",
];

/** May this role (null: not signed in) perform this action? */
export function mag(rol: Rol | null | undefined, actie: Actie): boolean {
  if (!rol || !ROLLEN.includes(rol)) return false;
  return PERMISSIES[rol].includes(actie);
}
