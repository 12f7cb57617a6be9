import "server-only";
import { grensSchema, type GrensInvoer } from "@/domain/beheer/referentie";
import { formatEuro } from "@/domain/format";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { geweigerd, isUniekFout, magBeheren, veldfouten, type Uitkomst } from "./uitkomst";

// R-VV-1: the tax authority's limits per year, in cents. Reference data under "tarieven:beheren".
// A year's limits are only added, never overwritten here: they are published once by the tax
// authority, and a second row for a year would make the limit ambiguous.

const BRON = "/gemeente/beheer/vrijwilligersvergoeding";

export async function vrijwilligersvergoedingGrenzen(g: Ingelogd | null) {
  if (!magBeheren(g, "tarieven:beheren")) return [];
  return db.vrijwilligersvergoedingGrens.findMany({ orderBy: { jaar: "desc" } });
}

export async function legGrensVast(g: Ingelogd | null, invoer: GrensInvoer): Promise<Uitkomst<keyof GrensInvoer>> {
  if (!magBeheren(g, "tarieven:beheren"))
    return geweigerd(
      g,
      "vrijwilligersvergoeding-vastleggen",
      BRON,
      "Je hebt geen toestemming om de grenzen van de vrijwilligersvergoeding te beheren.",
    );
  const r = grensSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const { jaar, perUur, perMaand, perJaar } = r.data;
  const bestaat = { ok: false as const, fouten: { jaar: `Voor ${jaar} zijn de grenzen al vastgelegd. Elk jaar heeft één set grenzen.` } };
  if (await db.vrijwilligersvergoedingGrens.findUnique({ where: { jaar } })) return bestaat;
  try {
    await db.vrijwilligersvergoedingGrens.create({ data: { jaar, perUurCent: perUur, perMaandCent: perMaand, perJaarCent: perJaar } });
  } catch (e) {
    if (isUniekFout(e)) return bestaat;
    throw e;
  }
  const tekst = `${jaar}: ${formatEuro(perUur)} per uur, ${formatEuro(perMaand)} per maand, ${formatEuro(perJaar)} per jaar`;
  await audit({ gebruikerId: g.id, activiteit: "vrijwilligersvergoeding-vastleggen", bron: BRON, uitkomst: "gelukt", toelichting: tekst });
  return { ok: true, melding: `De grenzen van de vrijwilligersvergoeding zijn vastgelegd voor ${tekst}.` };
}
