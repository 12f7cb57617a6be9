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
