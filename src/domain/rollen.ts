// The roles of the portal (issue 3). The same values as the Prisma enum `Rol`; a test keeps them equal.
export const ROLLEN = [
  "AANBIEDER_BEHEERDER",
  "AANBIEDER_MEDEWERKER",
  "WMO_CONSULENT",
  "TRAJECTREGISSEUR",
  "ACTIVERINGSCOACH",
  "TEAMMANAGER",
  "CENTRUM",
  "BEHEERDER",
] as const;

export type Rol = (typeof ROLLEN)[number];

export const AANBIEDER_ROLLEN: readonly Rol[] = ["AANBIEDER_BEHEERDER", "AANBIEDER_MEDEWERKER"];
export const GEMEENTE_ROLLEN: readonly Rol[] = ROLLEN.filter((r) => !AANBIEDER_ROLLEN.includes(r));

export const rolNaam: Record<Rol, string> = {
  AANBIEDER_BEHEERDER: "Beheerder aanbieder",
  AANBIEDER_MEDEWERKER: "Medewerker aanbieder",
  WMO_CONSULENT: "Wmo-consulent",
  TRAJECTREGISSEUR: "Trajectregisseur",
  ACTIVERINGSCOACH: "Activeringscoach",
  TEAMMANAGER: "Teammanager",
  CENTRUM: "Centrum Werkt Mee",
  BEHEERDER: "Functioneel beheerder",
};

export function isAanbiederRol(rol: Rol): boolean {
  return AANBIEDER_ROLLEN.includes(rol);
}
