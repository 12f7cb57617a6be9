import { z } from "zod";
import { BEREIK, datumVeld, parseTijd } from "../kalender";
import { ID_PATROON, idVeld } from "../id";

// The forms of the life of a toewijzing after it is issued (issue 11, RULES §4–5): the
// ondersteuningsplan, meldingen (R-EV-4) and the evaluatiegesprek (R-TOE-5). These schemas only
// read the form; whether the toewijzing allows it (status, dates, who) is checked in
// src/server/toewijzingen/traject.ts.

export const DOEL_SOORTEN = [
  { waarde: "KENNIS", label: "Kennis" },
  { waarde: "VAARDIGHEDEN", label: "Vaardigheden" },
  { waarde: "HOUDING", label: "Houding" },
] as const;
export type DoelSoortWaarde = (typeof DOEL_SOORTEN)[number]["waarde"];
export const DOEL_SOORT_NAAM: Record<DoelSoortWaarde, string> = { KENNIS: "Kennis", VAARDIGHEDEN: "Vaardigheden", HOUDING: "Houding" };

export const MAX_DOELEN = 20;
const MAX_TEKST = 2000;

const tekst = (leeg: string, max = MAX_TEKST) =>
  z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`));

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * The plan form sends one row per goal: `doel-<n>-id` (empty for a new goal), `doel-<n>-soort`,
 * `doel-<n>-omschrijving` and, to remove it, `doel-<n>-verwijderen`; `aantal` is the number of
 * rows. A row left entirely empty is no goal (the spare row for adding one without JavaScript).
 */
export const planSchema = z
  .looseObject({ id: idVeld, versie: z.coerce.number({ error: "Vernieuw de pagina." }).int().min(0), aantal: z.unknown() })
  .transform((v, ctx) => {
    const rec = v as Record<string, unknown>;
    const aantal = Math.min(Number(str(rec.aantal)) || 0, MAX_DOELEN + 1);
    const doelen: { id: string | null; soort: DoelSoortWaarde; omschrijving: string }[] = [];
    for (let n = 0; n < aantal; n++) {
      const id = str(rec[`doel-${n}-id`]);
      const soort = str(rec[`doel-${n}-soort`]);
      const omschrijving = str(rec[`doel-${n}-omschrijving`]);
      if (id && !ID_PATROON.test(id)) {
        ctx.addIssue({ code: "custom", path: [`doel-${n}-omschrijving`], message: "Onbekend doel. Vernieuw de pagina." });
        continue;
      }
      if (rec[`doel-${n}-verwijderen`] !== undefined) continue;
      if (!id && !soort && !omschrijving) continue;
      if (!DOEL_SOORTEN.some((s) => s.waarde === soort)) {
        ctx.addIssue({
          code: "custom",
          path: [`doel-${n}-soort`],
          message: `Kies bij doel ${n + 1} of het om kennis, vaardigheden of houding gaat.`,
        });
      }
      if (!omschrijving) {
        ctx.addIssue({ code: "custom", path: [`doel-${n}-omschrijving`], message: `Beschrijf doel ${n + 1}, of vink "Verwijderen" aan.` });
      } else if (omschrijving.length > 1000) {
        ctx.addIssue({ code: "custom", path: [`doel-${n}-omschrijving`], message: `Beschrijf doel ${n + 1} in hoogstens 1000 tekens.` });
      }
      doelen.push({ id: id || null, soort: soort as DoelSoortWaarde, omschrijving });
    }
    if (doelen.length > MAX_DOELEN)
      ctx.addIssue({ code: "custom", path: ["doelen"], message: `Een plan heeft hoogstens ${MAX_DOELEN} doelen.` });
    return { id: v.id, versie: v.versie, doelen };
  });

export const MELDING_SOORTEN = [
  { waarde: "CALAMITEIT", label: "Calamiteit" },
  { waarde: "RESULTAAT_IN_GEVAAR", label: "Resultaten in gevaar" },
] as const;
export const MELDING_SOORT_NAAM = { CALAMITEIT: "Calamiteit", RESULTAAT_IN_GEVAAR: "Resultaten in gevaar" } as const;

/** R-EV-4: between start and end only a calamiteit or results at risk. */
export const meldingSchema = z.object({
  id: idVeld,
  soort: z.enum(["CALAMITEIT", "RESULTAAT_IN_GEVAAR"], { error: "Kies of het een calamiteit is of dat de resultaten in gevaar zijn." }),
  watGebeurde: tekst("Beschrijf wat er is gebeurd."),
  aanpak: tekst("Beschrijf wat jullie eraan doen."),
});

/** R-TOE-5: the aanbieder plans the evaluatiegesprek: a day, a time (Dutch time) and a place. */
export const evaluatiePlanSchema = z.object({
  id: idVeld,
  datum: datumVeld({
    leeg: "Vul de datum van het gesprek in.",
    ongeldig: "Vul een bestaande datum in, bijvoorbeeld 15-03-2027.",
    ...BEREIK.looptijd,
  }),
  tijd: z
    .preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim())
    .transform((v, ctx) => {
      const m = parseTijd(v);
      if (m === null) {
        ctx.addIssue({ code: "custom", message: v ? "Vul een bestaande tijd in, bijvoorbeeld 10:30." : "Vul de tijd van het gesprek in." });
        return z.NEVER;
      }
      return m;
    }),
  plaats: tekst("Vul in waar het gesprek is.", 200),
});

/** The contact person accepts the proposed moment, or asks for another one (and says which). */
export const evaluatieAntwoordSchema = z
  .object({
    id: idVeld,
    antwoord: z.enum(["accepteren", "ander-moment"], { error: "Kies of je het moment accepteert of een ander moment voorstelt." }),
    tegenvoorstel: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.")),
  })
  .superRefine((v, ctx) => {
    if (v.antwoord === "ander-moment" && !v.tegenvoorstel) {
      ctx.addIssue({ code: "custom", path: ["tegenvoorstel"], message: "Schrijf welk ander moment je voorstelt." });
    }
  });

export const evaluatieUitkomstSchema = z.object({ id: idVeld, uitkomst: tekst("Vul de uitkomst van het gesprek in.") });
