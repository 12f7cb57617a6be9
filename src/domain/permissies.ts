import { ROLLEN, type Rol } from "./rollen";

// Permissions as data: one table from role to allowed actions. Every server action asks `mag`
// (the check); the UI asks it too (what to offer). Scoping to the caller's own organisation is
// a second, separate check in the data functions.

export const ACTIES = [
  "werkplek:beheren", // own organisation's werkplekken: create, edit, submit, archive
  "inhoudscheck:beoordelen", // R-WP-1: approve or reject submitted werkplekken and revisions
  "aanbieder:registreren", // a contracted aanbieder and its first user
  "aanbieder:collega-beheren", // invite and deactivate colleagues of the own organisation
  "medewerker:beheren", // staff users and their roles
  "interesse:behandelen", // the queue of "ik heb interesse" requests
  "inwoner:lezen",
  "inwoner:registreren",
  "toewijzing:afgeven", // R-TOE-1 (further limits per inwoner in the toewijzing rules)
  "toewijzing:lezen-eigen", // an aanbieder's own toewijzingen
  "toewijzing:start-stop-melden",
  "tarieven:beheren",
  "auditlog:lezen",
] as const;

export type Actie = (typeof ACTIES)[number];

const STAF_INWONERS: Actie[] = ["interesse:behandelen", "inwoner:lezen", "inwoner:registreren"];

export const PERMISSIES: Record<Rol, readonly Actie[]> = {
  AANBIEDER_BEHEERDER: ["werkplek:beheren", "aanbieder:collega-beheren", "toewijzing:lezen-eigen", "toewijzing:start-stop-melden"],
  AANBIEDER_MEDEWERKER: ["werkplek:beheren", "toewijzing:lezen-eigen", "toewijzing:start-stop-melden"],
  WMO_CONSULENT: [...STAF_INWONERS, "toewijzing:afgeven"],
  TRAJECTREGISSEUR: [...STAF_INWONERS, "toewijzing:afgeven"],
  ACTIVERINGSCOACH: [...STAF_INWONERS, "toewijzing:afgeven"],
  // R-TOE-1: the teammanager Wmo holds the mandate that is passed on to the issuing staff.
  TEAMMANAGER: [...STAF_INWONERS, "toewijzing:afgeven"],
  CENTRUM: ["inhoudscheck:beoordelen", "interesse:behandelen", "inwoner:lezen"],
  BEHEERDER: [
    "inhoudscheck:beoordelen",
    "aanbieder:registreren",
    "aanbieder:collega-beheren",
    "medewerker:beheren",
    "tarieven:beheren",
    "auditlog:lezen",
  ],
};

/** May this role (null: not signed in) perform this action? */
export function mag(rol: Rol | null | undefined, actie: Actie): boolean {
  if (!rol || !ROLLEN.includes(rol)) return false;
  return PERMISSIES[rol].includes(actie);
}
