import "server-only";
import { z } from "zod";
import { BEWAAR_INFO, BEWAAR_SOORTEN, bewaartermijnSchema } from "@/domain/bewaartermijnen";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt } from "../pipeline";
import { bewaartermijnen } from "./intern";

// Issue 23: beheer sets how long each kind of personal data is kept, with the legal basis shown
// next to each term (docs/decisions/0042). The task in ./intern.ts applies them.

const BRON = "/gemeente/beheer/bewaartermijnen";

/** Each kind with its term (set or default), what it does and its legal basis. */
export const bewaartermijnenOverzicht = defineQuery({
  activiteit: "bewaartermijnen-bekijken",
  bron: BRON,
  toegang: "bewaartermijnen:beheren",
  schema: z.object({}),
  async laad() {
    const termijn = await bewaartermijnen();
    const ingesteld = new Set((await db.bewaartermijn.findMany({ select: { soort: true } })).map((r) => r.soort));
    return BEWAAR_SOORTEN.map((soort) => ({ soort, ...BEWAAR_INFO[soort], maanden: termijn[soort], standaard: !ingesteld.has(soort) }));
  },
});

export const zetBewaartermijn = defineUseCase({
  activiteit: "bewaartermijn-instellen",
  bron: BRON,
  toegang: "bewaartermijnen:beheren",
  geenToegang: "Je hebt geen toestemming om de bewaartermijnen in te stellen.",
  schema: bewaartermijnSchema,
  async uitvoeren({ invoer, audit }) {
    await db.bewaartermijn.upsert({
      where: { soort: invoer.soort },
      create: { soort: invoer.soort, maanden: invoer.maanden },
      update: { maanden: invoer.maanden },
    });
    const naam = BEWAAR_INFO[invoer.soort].naam;
    audit.toelichting = `${naam}: ${invoer.maanden} maanden`;
    return gelukt({ melding: `De bewaartermijn is opgeslagen: ${naam}, ${invoer.maanden} maanden.` });
  },
});
