import "server-only";
import { aanbiederSchema, type AanbiederInvoer } from "@/domain/aanbieder";
import { mag } from "@/domain/permissies";
import { slugify } from "@/domain/tekst";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { nodigUit } from "./uitnodigen";

export type Registratie =
  { ok: true; naam: string } | { ok: false; fouten: Partial<Record<keyof AanbiederInvoer, string>>; formulierfout?: string };

const datum = (v: string) => (v ? new Date(`${v}T00:00:00.000Z`) : null);

/** R-WP-1: the beheerder registers a contracted aanbieder and invites its first user by e-mail. */
export async function registreerAanbieder(g: Ingelogd | null, invoer: AanbiederInvoer): Promise<Registratie> {
  if (!g || !mag(g.rol, "aanbieder:registreren")) {
    await audit({ gebruikerId: g?.id, activiteit: "aanbieder-registreren", bron: "/gemeente/aanbieders", uitkomst: "geweigerd" });
    return { ok: false, fouten: {}, formulierfout: "Je hebt geen toestemming om aanbieders te registreren." };
  }
  const r = aanbiederSchema.safeParse(invoer);
  if (!r.success) {
    const fouten: Partial<Record<keyof AanbiederInvoer, string>> = {};
    for (const i of r.error.issues) fouten[i.path[0] as keyof AanbiederInvoer] ??= i.message;
    return { ok: false, fouten };
  }
  const v = r.data;
  const [kvk, agb, email] = await Promise.all([
    db.aanbieder.findUnique({ where: { kvkNummer: v.kvkNummer } }),
    db.aanbieder.findUnique({ where: { agbCode: v.agbCode } }),
    db.gebruiker.findUnique({ where: { email: v.gebruikerEmail } }),
  ]);
  const dubbel = {
    ...(kvk ? { kvkNummer: `KvK-nummer ${v.kvkNummer} is al geregistreerd (${kvk.naam}).` } : {}),
    ...(agb ? { agbCode: `AGB-code ${v.agbCode} is al geregistreerd (${agb.naam}).` } : {}),
    ...(email ? { gebruikerEmail: "Er is al een account met dit e-mailadres." } : {}),
  };
  if (Object.keys(dubbel).length) return { ok: false, fouten: dubbel };

  const basis = slugify(v.naam) || "aanbieder";
  const slug = (await db.aanbieder.findUnique({ where: { slug: basis } })) ? `${basis}-${v.kvkNummer}` : basis;
  const { aanbieder, gebruiker } = await db.$transaction(async (tx) => {
    const aanbieder = await tx.aanbieder.create({
      data: {
        slug,
        naam: v.naam,
        kvkNummer: v.kvkNummer,
        agbCode: v.agbCode,
        website: v.website || null,
        omschrijving: "",
        contactNaam: v.contactNaam,
        contactEmail: v.contactEmail,
        contactTelefoon: v.contactTelefoon || null,
        contractVan: datum(v.contractVan)!,
        contractTot: datum(v.contractTot),
      },
    });
    const gebruiker = await tx.gebruiker.create({
      data: { naam: v.gebruikerNaam, email: v.gebruikerEmail, rol: "AANBIEDER_BEHEERDER", aanbiederId: aanbieder.id },
    });
    return { aanbieder, gebruiker };
  });
  await audit({
    gebruikerId: g.id,
    activiteit: "aanbieder-registreren",
    bron: "/gemeente/aanbieders",
    uitkomst: "gelukt",
    toelichting: aanbieder.id,
  });
  await nodigUit(gebruiker, aanbieder.naam, g.id);
  return { ok: true, naam: aanbieder.naam };
}

export async function aanbiedersVoorBeheer(g: Ingelogd) {
  if (!mag(g.rol, "aanbieder:registreren")) return [];
  return db.aanbieder.findMany({
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, kvkNummer: true, contractTot: true, _count: { select: { werkplekken: true, gebruikers: true } } },
  });
}
