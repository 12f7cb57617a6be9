import { z } from "zod";
import { BEREIK, datumVeld } from "../kalender";
import { idVeld } from "../id";
import { redenenVoorAanbieder } from "./reden-beeindiging";

// What an aanbieder reports about a toewijzing of its own (issue 4, issue 8): the actual start and
// the stop with its iWmo reden beëindiging. `id` is the toewijzing's, bound in the page.
// Whether the date fits the toewijzing is checked against it in src/server/toewijzingen.

export const startMeldingSchema = z.object({
  id: idVeld,
  // Defect 7: an existing day, at most a year ahead; "not in the future" is checked with the toewijzing.
  datum: datumVeld({
    leeg: "Vul de startdatum in.",
    ongeldig: "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2026.",
    ...BEREIK.rondVandaag,
  }),
});

const redenen = redenenVoorAanbieder().map((r) => r.key) as [string, ...string[]];

export const stopMeldingSchema = z.object({
  id: idVeld,
  datum: datumVeld({
    leeg: "Vul de stopdatum in.",
    ongeldig: "Vul een bestaande einddatum in, bijvoorbeeld 01-09-2026.",
    ...BEREIK.rondVandaag,
  }),
  reden: z.enum(redenen, { error: "Kies de reden van beëindiging." }),
});
