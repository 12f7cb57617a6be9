import { z } from "zod";
import { huidigJaar } from "@/domain/kalender";

// The doorstroom report's year and the names of its figures (R-LAD-3, docs/decisions/0023), shared
// by the page, the CSV export and the query in src/server/inwoners/doorstroom.ts.

export const EERSTE_RAPPORTJAAR = 2020;

/** ?jaar=2026: a year from 2020 up to this year; anything else is this year. */
export function rapportjaar(invoer: unknown, nu = new Date()): number {
  const dit = huidigJaar(nu);
  const r = z.coerce
    .number()
    .int()
    .min(EERSTE_RAPPORTJAAR)
    .max(dit)
    .safeParse(typeof invoer === "string" ? invoer : undefined);
  return r.success ? r.data : dit;
}

/** The query's parameter: a year already chosen with `rapportjaar`. */
export const rapportjaarSchema = z.object({ jaar: z.number().int().min(EERSTE_RAPPORTJAAR) });

export const KOLOM = {
  aantal: "Trajecten met trede na traject",
  omhoog: "Hoger dan bij de start",
  gelijk: "Gelijk",
  omlaag: "Lager",
  onbekend: "Trede bij start onbekend",
  stapGemaakt: "Stap gemaakt (ontwikkeling)",
  stapNietGemaakt: "Stap niet gemaakt (ontwikkeling)",
} as const;

/** The oriëntatie figures as the page and the CSV name them (issue 21 item 26). */
export const ORIENTATIE_MAAT = {
  gestart: "Gestart",
  afgerond: "Afgerond met advies",
  gestopt: "Gestopt zonder advies",
  lopend: "Lopend op de peildag",
  omhoog: "Na advies hoger dan bij de start",
  gelijk: "Na advies gelijk",
  omlaag: "Na advies lager",
  onbekend: "Na advies, trede bij start onbekend",
  zonderTrede: "Afgerond zonder trede na advies",
} as const;
