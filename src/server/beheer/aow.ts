import "server-only";
import { aowCohortSchema, cohortenOverlappen, cohortTekst } from "@/domain/beheer/aow-cohort";
import { aowLeeftijdTekst } from "@/domain/toewijzing/leeftijd";
import { z } from "zod";
import { db } from "../db";
import { defineQuery, gelukt, defineUseCase, veldFouten } from "../pipeline";

// R-AOW-1: the pension-age table, extended by beheer. Reference data, so it falls under the
// beheerder's "aow:beheren" (the permission for the programme's per-year and per-cohort data).

const BRON = "/gemeente/beheer/aow-leeftijd";

export const aowTabel = defineQuery({
  activiteit: "aow-leeftijden-bekijken",
  bron: BRON,
  toegang: "aow:beheren",
  schema: z.object({}),
  async laad() {
    const rijen = await db.aowLeeftijd.findMany();
    const begin = (r: { geborenVanaf: Date | null }) => r.geborenVanaf?.getTime() ?? Number.NEGATIVE_INFINITY;
    return rijen.sort((a, b) => begin(a) - begin(b));
  },
});

export const voegAowCohortToe = defineUseCase({
  activiteit: "aow-leeftijd-toevoegen",
  bron: BRON,
  schema: aowCohortSchema,
  toegang: "aow:beheren",
  geenToegang: "Je hebt geen toestemming om de AOW-leeftijden te beheren.",
  async uitvoeren({ invoer: nieuw, audit }) {
    // Check and insert in one transaction, so two beheerders cannot add overlapping rows at once
    // (SQLite serialises write transactions).
    const uitkomst = await db.$transaction(async (tx) => {
      const botsing = (await tx.aowLeeftijd.findMany()).find((b) => cohortenOverlappen(b, nieuw));
      if (botsing) return { botsing };
      return { rij: await tx.aowLeeftijd.create({ data: nieuw }) };
    });
    if (uitkomst.botsing) {
      const b = uitkomst.botsing;
      return veldFouten({
        geborenVanaf: `Deze geboortedatums overlappen met een bestaande regel: ${cohortTekst(b)} (${aowLeeftijdTekst(b)}). Elke geboortedatum hoort bij precies één regel.`,
      });
    }
    const tekst = `${cohortTekst(nieuw)}: ${aowLeeftijdTekst(nieuw)}`;
    audit.toelichting = tekst;
    return gelukt({ melding: `De AOW-leeftijd is toegevoegd: ${tekst}.` });
  },
});
