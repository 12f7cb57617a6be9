import "server-only";
import { aanbiederSchema } from "@/domain/aanbieder";
import { slugify } from "@/domain/tekst";
import { z } from "zod";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt, veldFouten } from "../pipeline";
import { legUitnodigingVast, nodigUit } from "./intern";

/** R-WP-1: the beheerder registers a contracted aanbieder and invites its first user by e-mail. */
export const registreerAanbieder = defineUseCase({
  activiteit: "aanbieder-registreren",
  bron: "/gemeente/aanbieders",
  schema: aanbiederSchema,
  toegang: "aanbieder:registreren",
  geenToegang: "Je hebt geen toestemming om aanbieders te registreren.",
  async uitvoeren({ invoer: v, gebruiker: g, audit }) {
    const [kvk, agb, email] = await Promise.all([
      db.aanbieder.findUnique({ where: { kvkNummer: v.kvkNummer } }),
      db.aanbieder.findUnique({ where: { agbCode: v.agbCode } }),
      db.gebruiker.findUnique({ where: { email: v.gebruikerEmail } }),
    ]);
    // The functioneel beheerder manages every account, so naming a taken address reveals nothing new.
    const dubbel = {
      ...(kvk ? { kvkNummer: `KvK-nummer ${v.kvkNummer} is al geregistreerd (${kvk.naam}).` } : {}),
      ...(agb ? { agbCode: `AGB-code ${v.agbCode} is al geregistreerd (${agb.naam}).` } : {}),
      ...(email ? { gebruikerEmail: "Er is al een account met dit e-mailadres." } : {}),
    };
    if (Object.keys(dubbel).length) return veldFouten(dubbel);

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
          contractVan: v.contractVan,
          contractTot: v.contractTot,
        },
      });
      const gebruiker = await tx.gebruiker.create({
        data: { naam: v.gebruikerNaam, email: v.gebruikerEmail, rol: "AANBIEDER_BEHEERDER", aanbiederId: aanbieder.id },
      });
      // the first user's invitation is on the colleagues list like any other (docs/decisions/0022)
      await legUitnodigingVast(tx, {
        aanbiederId: aanbieder.id,
        naam: gebruiker.naam,
        email: gebruiker.email,
        rol: gebruiker.rol,
        gebruikerId: gebruiker.id,
      });
      return { aanbieder, gebruiker };
    });
    audit.toelichting = aanbieder.id;
    await nodigUit(gebruiker, aanbieder.naam, g.id);
    return gelukt({ melding: `${aanbieder.naam} is geregistreerd. De eerste gebruiker heeft een uitnodiging per e-mail gekregen.` });
  },
});

export const aanbiedersVoorBeheer = defineQuery({
  activiteit: "aanbieders-bekijken",
  bron: "/gemeente/aanbieders",
  toegang: "aanbieder:registreren",
  schema: z.object({}),
  laad: () =>
    db.aanbieder.findMany({
      orderBy: { naam: "asc" },
      select: { id: true, naam: true, kvkNummer: true, contractTot: true, _count: { select: { werkplekken: true, gebruikers: true } } },
    }),
});
