import { z } from "zod";
import { BEREIK, datumVeld, optioneleDatumVeld } from "../kalender";
import { ID_PATROON, idVeld } from "../id";

// The oriëntatie's forms (ADR 0018). These read the form; the rules are in ./regels.ts.

/** Finding the inwoner: a POST, so a BSN never lands in a URL (the same search as /gemeente/inwoners). */
export const orientatieZoekSchema = z.object({
  q: z.preprocess(
    (v) => v ?? "",
    z.string().max(100, "Zoek met hoogstens 100 tekens.").trim().min(1, "Vul een naam, geboortedatum of BSN in."),
  ),
});

export const registratieSchema = z.object({
  inwonerId: z.string({ error: "Zoek en kies eerst de inwoner." }).regex(ID_PATROON, "Zoek en kies eerst de inwoner."),
  startdatum: datumVeld({
    leeg: "Vul de startdatum in.",
    ongeldig: "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2027.",
    ...BEREIK.looptijd,
  }),
  einddatum: optioneleDatumVeld({ ongeldig: "Vul een bestaande einddatum in, of laat het leeg.", ...BEREIK.looptijd }),
});

const tekst = (leeg: string, naam: string) =>
  z.preprocess((v) => v ?? "", z.string().trim().min(1, leeg).max(2000, `${naam} mag hoogstens 2000 tekens zijn.`));

/** The written advice (RULES §2: werkplek or werkveld, opleiding, next steps) and optionally the trede after it. */
export const adviesSchema = z.object({
  id: idVeld,
  adviesWerkveld: tekst("Schrijf welke werkplek of welk werkveld past.", "Werkplek of werkveld"),
  adviesOpleiding: tekst("Schrijf welke opleiding past, of dat er geen nodig is.", "Opleiding"),
  adviesVervolg: tekst("Schrijf de volgende stappen.", "De vervolgstappen"),
  trede: z
    .preprocess((v) => v ?? "", z.string().regex(/^[1-6]?$/, "Kies een trede van 1 tot en met 6, of laat het leeg."))
    .transform((v) => (v === "" ? null : Number(v))),
});

export const stopSchema = z.object({
  id: idVeld,
  stopreden: z.preprocess(
    (v) => v ?? "",
    z.string().trim().min(5, "Schrijf waarom de oriëntatie stopt.").max(1000, "De reden mag hoogstens 1000 tekens zijn."),
  ),
});

export const lijstSchema = z.object({
  filter: z.preprocess((v) => (v === "afgerond" ? "afgerond" : "lopend"), z.enum(["lopend", "afgerond"])),
});
