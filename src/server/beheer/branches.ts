import "server-only";
import { idVeld } from "@/domain/id";
import { brancheSchema, type BrancheInvoer } from "@/domain/beheer/referentie";
import { normaliseer, slugify } from "@/domain/tekst";
import { werkplekZoektekst } from "@/domain/werkplek-zoektekst";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { geweigerd, isUniekFout, magBeheren, veldfouten, type Uitkomst } from "./uitkomst";

// Branches of the catalogue. Reference data under "tarieven:beheren".
// - The slug is made once, from the first name, and never changes: it is in the catalogue's
//   filter URLs (?branche=horeca) that people bookmark and share.
// - No delete: werkplekken refer to their branche.
// - A new name changes the catalogue's free-text search text of every werkplek in the branche
//   (the branche name is part of it), so those are rebuilt in the same transaction.

const BRON = "/gemeente/beheer/branches";
const GEEN_TOESTEMMING = "Je hebt geen toestemming om branches te beheren.";

export async function branchesVoorBeheer(g: Ingelogd | null) {
  if (!magBeheren(g, "tarieven:beheren")) return [];
  return db.branche.findMany({
    orderBy: { naam: "asc" },
    select: { id: true, slug: true, naam: true, omschrijving: true, _count: { select: { werkplekken: true } } },
  });
}

export async function brancheVoorBeheer(g: Ingelogd | null, id: string) {
  if (!magBeheren(g, "tarieven:beheren") || !idVeld.safeParse(id).success) return null;
  return db.branche.findUnique({ where: { id }, select: { id: true, slug: true, naam: true, omschrijving: true } });
}

/** Another branche with the same name, ignoring case and accents. */
async function naamBezet(naam: string, behalveId?: string) {
  const alle = await db.branche.findMany({ select: { id: true, naam: true } });
  return alle.find((b) => b.id !== behalveId && normaliseer(b.naam) === normaliseer(naam)) ?? null;
}

export async function voegBrancheToe(g: Ingelogd | null, invoer: BrancheInvoer): Promise<Uitkomst<keyof BrancheInvoer>> {
  if (!magBeheren(g, "tarieven:beheren")) return geweigerd(g, "branche-toevoegen", BRON, GEEN_TOESTEMMING);
  const r = brancheSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const slug = slugify(r.data.naam);
  if (!slug) return { ok: false, fouten: { naam: "Gebruik in de naam ook letters of cijfers." } };
  const bezet = await naamBezet(r.data.naam);
  const dubbel = { ok: false as const, fouten: { naam: `Er is al een branche met deze naam: ${bezet?.naam ?? r.data.naam}.` } };
  if (bezet) return dubbel;
  if (await db.branche.findUnique({ where: { slug } })) {
    return {
      ok: false,
      fouten: { naam: `Er is al een branche met het webadres '${slug}'. Kies een naam die meer verschilt van de bestaande branches.` },
    };
  }
  try {
    await db.branche.create({ data: { slug, naam: r.data.naam, omschrijving: r.data.omschrijving } });
  } catch (e) {
    if (isUniekFout(e)) return dubbel;
    throw e;
  }
  await audit({
    gebruikerId: g.id,
    activiteit: "branche-toevoegen",
    bron: BRON,
    uitkomst: "gelukt",
    toelichting: `${slug}: ${r.data.naam}`,
  });
  return { ok: true, melding: `De branche ${r.data.naam} is toegevoegd.` };
}

export async function wijzigBranche(g: Ingelogd | null, id: string, invoer: BrancheInvoer): Promise<Uitkomst<keyof BrancheInvoer>> {
  if (!magBeheren(g, "tarieven:beheren")) return geweigerd(g, "branche-wijzigen", BRON, GEEN_TOESTEMMING);
  const oud = idVeld.safeParse(id).success ? await db.branche.findUnique({ where: { id } }) : null;
  if (!oud) return { ok: false, fouten: {}, melding: "Deze branche bestaat niet (meer)." };
  const r = brancheSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const bezet = await naamBezet(r.data.naam, id);
  if (bezet) return { ok: false, fouten: { naam: `Er is al een andere branche met deze naam: ${bezet.naam}.` } };
  if (oud.naam === r.data.naam && oud.omschrijving === r.data.omschrijving)
    return { ok: false, fouten: {}, melding: "Er is niets gewijzigd." };

  await db.$transaction(async (tx) => {
    await tx.branche.update({ where: { id }, data: { naam: r.data.naam, omschrijving: r.data.omschrijving } });
    if (oud.naam === r.data.naam) return;
    const werkplekken = await tx.werkplek.findMany({
      where: { brancheId: id },
      select: { id: true, titel: true, omschrijving: true, taken: true, plaats: true, aanbieder: { select: { naam: true } } },
    });
    for (const w of werkplekken) {
      await tx.werkplek.update({
        where: { id: w.id },
        data: { zoektekst: werkplekZoektekst({ ...w, brancheNaam: r.data.naam, aanbiederNaam: w.aanbieder.naam }) },
      });
    }
  });
  const wat = [
    ...(oud.naam !== r.data.naam ? [`naam gewijzigd van '${oud.naam}' in '${r.data.naam}'`] : []),
    ...(oud.omschrijving !== r.data.omschrijving ? ["omschrijving gewijzigd"] : []),
  ].join(", ");
  await audit({ gebruikerId: g.id, activiteit: "branche-wijzigen", bron: BRON, uitkomst: "gelukt", toelichting: `${oud.slug}: ${wat}` });
  return { ok: true, melding: `De branche ${r.data.naam} is gewijzigd.` };
}
