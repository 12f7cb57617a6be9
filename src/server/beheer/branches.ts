import "server-only";
import { z } from "zod";
import { idSchema } from "@/domain/id";
import { brancheSchema, brancheWijzigingSchema } from "@/domain/beheer/referentie";
import { normaliseer, slugify } from "@/domain/tekst";
import { werkplekZoektekst } from "@/domain/werkplek-zoektekst";
import { db, isUniekFout } from "../db";
import { defineQuery, formFout, gelukt, defineUseCase, veldFouten } from "../pipeline";

// Branches of the catalogue. Reference data under "branches:beheren".
// - The slug is made once, from the first name, and never changes: it is in the catalogue's
//   filter URLs (?branche=horeca) that people bookmark and share.
// - No delete: werkplekken refer to their branche.
// - A new name changes the catalogue's free-text search text of every werkplek in the branche
//   (the branche name is part of it), so those are rebuilt in the same transaction.

const BRON = "/gemeente/beheer/branches";
const GEEN_TOESTEMMING = "Je hebt geen toestemming om branches te beheren.";

export const branchesVoorBeheer = defineQuery({
  activiteit: "branches-bekijken",
  bron: BRON,
  toegang: "branches:beheren",
  schema: z.object({}),
  laad: () =>
    db.branche.findMany({
      orderBy: { naam: "asc" },
      select: { id: true, slug: true, naam: true, omschrijving: true, _count: { select: { werkplekken: true } } },
    }),
});

/** One branche to edit; a malformed id is refused as `ongeldig` before the database is asked. */
export const brancheVoorBeheer = defineQuery({
  activiteit: "branche-bekijken",
  bron: BRON,
  toegang: "branches:beheren",
  schema: idSchema,
  laad: ({ invoer }) =>
    db.branche.findUnique({ where: { id: invoer.id }, select: { id: true, slug: true, naam: true, omschrijving: true } }),
});

/** Another branche with the same name, ignoring case and accents. */
async function naamBezet(naam: string, behalveId?: string) {
  const alle = await db.branche.findMany({ select: { id: true, naam: true } });
  return alle.find((b) => b.id !== behalveId && normaliseer(b.naam) === normaliseer(naam)) ?? null;
}

export const voegBrancheToe = defineUseCase({
  activiteit: "branche-toevoegen",
  bron: BRON,
  schema: brancheSchema,
  toegang: "branches:beheren",
  geenToegang: GEEN_TOESTEMMING,
  async uitvoeren({ invoer: { naam, omschrijving }, audit }) {
    const slug = slugify(naam);
    if (!slug) return veldFouten({ naam: "Gebruik in de naam ook letters of cijfers." });
    const bezet = await naamBezet(naam);
    const dubbel = veldFouten({ naam: `Er is al een branche met deze naam: ${bezet?.naam ?? naam}.` });
    if (bezet) return dubbel;
    if (await db.branche.findUnique({ where: { slug } })) {
      return veldFouten({
        naam: `Er is al een branche met het webadres '${slug}'. Kies een naam die meer verschilt van de bestaande branches.`,
      });
    }
    try {
      await db.branche.create({ data: { slug, naam, omschrijving } });
    } catch (e) {
      if (isUniekFout(e)) return dubbel;
      throw e;
    }
    audit.toelichting = `${slug}: ${naam}`;
    return gelukt({ melding: `De branche ${naam} is toegevoegd.` });
  },
});

export const wijzigBranche = defineUseCase({
  activiteit: "branche-wijzigen",
  bron: BRON,
  schema: brancheWijzigingSchema,
  toegang: "branches:beheren",
  geenToegang: GEEN_TOESTEMMING,
  laad: ({ invoer }) => db.branche.findUnique({ where: { id: invoer.id } }),
  nietGevonden: "Deze branche bestaat niet (meer).",
  async uitvoeren({ invoer: { id, naam, omschrijving }, doel: oud, audit }) {
    const bezet = await naamBezet(naam, id);
    if (bezet) return veldFouten({ naam: `Er is al een andere branche met deze naam: ${bezet.naam}.` });
    if (oud.naam === naam && oud.omschrijving === omschrijving) return formFout("Er is niets gewijzigd.");

    await db.$transaction(async (tx) => {
      await tx.branche.update({ where: { id }, data: { naam, omschrijving } });
      if (oud.naam === naam) return;
      const werkplekken = await tx.werkplek.findMany({
        where: { brancheId: id },
        select: { id: true, titel: true, omschrijving: true, taken: true, plaats: true, aanbieder: { select: { naam: true } } },
      });
      for (const w of werkplekken) {
        await tx.werkplek.update({
          where: { id: w.id },
          data: { zoektekst: werkplekZoektekst({ ...w, brancheNaam: naam, aanbiederNaam: w.aanbieder.naam }) },
        });
      }
    });
    const wat = [
      ...(oud.naam !== naam ? [`naam gewijzigd van '${oud.naam}' in '${naam}'`] : []),
      ...(oud.omschrijving !== omschrijving ? ["omschrijving gewijzigd"] : []),
    ].join(", ");
    audit.toelichting = `${oud.slug}: ${wat}`;
    return gelukt({ melding: `De branche ${naam} is gewijzigd.`, id });
  },
});
