import { z } from "zod";

/** What a row's action did, as the page says it after the redirect (`?gedaan=`). */
export const COLLEGA_GEDAAN = {
  gedeactiveerd: "Het account is gedeactiveerd. Deze collega kan niet meer inloggen.",
  opnieuw: "De uitnodiging is opnieuw verstuurd. De link werkt weer 7 dagen.",
  ingetrokken: "De uitnodiging is ingetrokken. De link in de e-mail werkt niet meer.",
} as const;

export type CollegaGedaan = keyof typeof COLLEGA_GEDAAN;

export const collegaGedaanSchema = z.enum(Object.keys(COLLEGA_GEDAAN) as [CollegaGedaan, ...CollegaGedaan[]]);
