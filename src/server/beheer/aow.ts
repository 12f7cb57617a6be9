import "server-only";
import { aowCohortSchema, cohortenOverlappen, cohortTekst, type AowCohortInvoer } from "@/domain/beheer/aow-cohort";
import { aowLeeftijdTekst } from "@/domain/toewijzing/leeftijd";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { geweigerd, magBeheren, veldfouten, type Uitkomst } from "./uitkomst";

// R-AOW-1: the pension-age table, extended by beheer. Reference data, so it falls under the
// beheerder's "tarieven:beheren" (the permission for the programme's per-year and per-cohort data).

const BRON = "/gemeente/beheer/aow-leeftijd";

export async function aowTabel(g: Ingelogd | null) {
  if (!magBeheren(g, "tarieven:beheren")) return [];
  const rijen = await db.aowLeeftijd.findMany();
  const begin = (r: { geborenVanaf: Date | null }) => r.geborenVanaf?.getTime() ?? Number.NEGATIVE_INFINITY;
  return rijen.sort((a, b) => begin(a) - begin(b));
}

export async function voegAowCohortToe(g: Ingelogd | null, invoer: AowCohortInvoer): Promise<Uitkomst<keyof AowCohortInvoer>> {
  if (!magBeheren(g, "tarieven:beheren"))
    return geweigerd(g, "aow-leeftijd-toevoegen", BRON, "Je hebt geen toestemming om de AOW-leeftijden te beheren.");
  const r = aowCohortSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const nieuw = r.data;
  // Check and insert in one transaction, so two beheerders cannot add overlapping rows at once
  // (SQLite serialises write transactions).
  const uitkomst = await db.$transaction(async (tx) => {
    const botsing = (await tx.aowLeeftijd.findMany()).find((b) => cohortenOverlappen(b, nieuw));
    if (botsing) return { botsing };
    return { rij: await tx.aowLeeftijd.create({ data: nieuw }) };
  });
  if (uitkomst.botsing) {
    const b = uitkomst.botsing;
    return {
      ok: false,
      fouten: {
        geborenVanaf: `Deze geboortedatums overlappen met een bestaande regel: ${cohortTekst(b)} (${aowLeeftijdTekst(b)}). Elke geboortedatum hoort bij precies één regel.`,
      },
    };
  }
  const tekst = `${cohortTekst(nieuw)}: ${aowLeeftijdTekst(nieuw)}`;
  await audit({ gebruikerId: g.id, activiteit: "aow-leeftijd-toevoegen", bron: BRON, uitkomst: "gelukt", toelichting: tekst });
  return { ok: true, melding: `De AOW-leeftijd is toegevoegd: ${tekst}.` };
}
