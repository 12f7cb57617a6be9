import type { Rol } from "../rollen";
import type { Uitkering } from "./uitkering";

// R-TOE-2: the inwoner's contact person for a Werkt Mee traject. The aanbieder sees this person's
// name on the toewijzing and plans the evaluatiegesprek with them.

export type ContactpersoonRol = Extract<Rol, "TRAJECTREGISSEUR" | "WMO_CONSULENT">;

/**
 * R-TOE-2: Participatiewet → trajectregisseur; UWV or anything else → Wmo-consulent.
 * "Anything else" includes having no uitkering at all (the FAQ: "een UWV uitkering of anders").
 */
export function contactpersoonRol(uitkering: Uitkering): ContactpersoonRol {
  return uitkering === "PARTICIPATIEWET" ? "TRAJECTREGISSEUR" : "WMO_CONSULENT";
}

const ROL_NAAM: Record<ContactpersoonRol, string> = { TRAJECTREGISSEUR: "trajectregisseur", WMO_CONSULENT: "Wmo-consulent" };

/**
 * R-TOE-2 (issue 11 defect 3): may this person be the contact person for this role? Only an
 * active colleague with exactly that role. Null when allowed, otherwise the Dutch reason.
 */
export function contactpersoonFout(
  vereist: ContactpersoonRol,
  persoon: { rol: Rol; actief: boolean; naam?: string } | null | undefined,
): string | null {
  if (!persoon) return "Kies een contactpersoon uit de lijst.";
  const wie = persoon.naam ?? "Deze medewerker";
  if (!persoon.actief) return `${wie} is niet meer actief en kan geen contactpersoon zijn. Kies een andere contactpersoon.`;
  if (persoon.rol !== vereist) {
    return `Bij deze uitkering is de contactpersoon een ${ROL_NAAM[vereist]}. ${wie} is dat niet. Kies een ${ROL_NAAM[vereist]}.`;
  }
  return null;
}

export function contactpersoonRolNaam(rol: ContactpersoonRol): string {
  return ROL_NAAM[rol];
}
