import "server-only";
import { grensSchema } from "@/domain/beheer/referentie";
import { formatEuro } from "@/domain/format";
import { z } from "zod";
import { db, isUniekFout } from "../db";
import { defineQuery, gelukt, defineUseCase, veldFouten } from "../pipeline";

// R-VV-1: the tax authority's limits per year, in cents. Reference data under "vrijwilligersvergoeding:beheren".
// A year's limits are only added, never overwritten here: they are published once by the tax
// authority, and a second row for a year would make the limit ambiguous.

const BRON = "/gemeente/beheer/vrijwilligersvergoeding";

export const vrijwilligersvergoedingGrenzen = defineQuery({
  activiteit: "vrijwilligersvergoeding-bekijken",
  bron: BRON,
  toegang: "vrijwilligersvergoeding:beheren",
  schema: z.object({}),
  laad: () => db.vrijwilligersvergoedingGrens.findMany({ orderBy: { jaar: "desc" } }),
});

export const legGrensVast = defineUseCase({
  activiteit: "vrijwilligersvergoeding-vastleggen",
  bron: BRON,
  schema: grensSchema,
  toegang: "vrijwilligersvergoeding:beheren",
  geenToegang: "Je hebt geen toestemming om de grenzen van de vrijwilligersvergoeding te beheren.",
  async uitvoeren({ invoer: { jaar, perUur, perMaand, perJaar }, audit }) {
    const bestaat = veldFouten({ jaar: `Voor ${jaar} zijn de grenzen al vastgelegd. Elk jaar heeft één set grenzen.` });
    if (await db.vrijwilligersvergoedingGrens.findUnique({ where: { jaar } })) return bestaat;
    try {
      await db.vrijwilligersvergoedingGrens.create({ data: { jaar, perUurCent: perUur, perMaandCent: perMaand, perJaarCent: perJaar } });
    } catch (e) {
      if (isUniekFout(e)) return bestaat;
      throw e;
    }
    const tekst = `${jaar}: ${formatEuro(perUur)} per uur, ${formatEuro(perMaand)} per maand, ${formatEuro(perJaar)} per jaar`;
    audit.toelichting = tekst;
    return gelukt({ melding: `De grenzen van de vrijwilligersvergoeding zijn vastgelegd voor ${tekst}.` });
  },
});
