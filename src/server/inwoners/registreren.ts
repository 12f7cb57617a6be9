import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { contactpersoonRol } from "@/domain/inwoner/contactpersoon";
import { inwonerSchema, volledigeNaam } from "@/domain/inwoner/invoer";
import { normaliseer } from "@/domain/tekst";
import { db, isUniekFout } from "../db";
import { defineQuery, defineUseCase, gelukt, veldFouten } from "../pipeline";
import { ACTIEVE_CONTACTPERSOON, GEEN_TOEGANG, kiesContactpersoon } from "./intern";

// Registering an inwoner (issue 4), with the contact person R-TOE-2 proposes.

/** Staff who can be an inwoner's contact person (R-TOE-2), for the form's select. */
export const mogelijkeContactpersonen = defineQuery({
  activiteit: "contactpersonen-bekijken",
  bron: "/gemeente/inwoners",
  toegang: "inwoner:lezen",
  geenToegang: GEEN_TOEGANG,
  schema: z.object({}),
  laad: () =>
    db.gebruiker.findMany({
      where: ACTIEVE_CONTACTPERSOON,
      orderBy: [{ rol: "asc" }, { naam: "asc" }],
      select: { id: true, naam: true, rol: true },
    }),
});

const DUBBEL_BSN = "Er is al een inwoner met dit BSN geregistreerd. Zoek de inwoner op in plaats van hem opnieuw te registreren.";

export const registreerInwoner = defineUseCase({
  activiteit: "inwoner-registreren",
  bron: "/gemeente/inwoners/nieuw",
  schema: inwonerSchema,
  toegang: "inwoner:registreren",
  geenToegang: GEEN_TOEGANG,
  async uitvoeren({ invoer: i, gebruiker: g, audit, nu }) {
    const [bestaand, contact] = await Promise.all([
      db.inwoner.findUnique({ where: { bsn: i.bsn }, select: { id: true } }),
      kiesContactpersoon(g, contactpersoonRol(i.uitkering), i.contactpersoonId || null),
    ]);
    const fouten: Record<string, string> = {};
    if (bestaand) fouten.bsn = DUBBEL_BSN;
    if (!contact.ok) fouten.contactpersoonId = contact.melding;
    if (Object.keys(fouten).length || !contact.ok) return veldFouten(fouten);
    // The registration day is today's date in the Netherlands, not in UTC.
    const vandaag = vandaagInNederland(nu);
    let inwoner;
    try {
      inwoner = await db.inwoner.create({
        data: {
          bsn: i.bsn,
          voornamen: i.voornamen,
          tussenvoegsel: i.tussenvoegsel || null,
          achternaam: i.achternaam,
          geboortedatum: i.geboortedatum,
          straat: i.straat,
          huisnummer: i.huisnummer,
          postcode: i.postcode,
          plaats: i.plaats,
          email: i.email || null,
          telefoon: i.telefoon || null,
          uitkering: i.uitkering,
          contactpersoonId: contact.id,
          zoeknaam: normaliseer(volledigeNaam({ ...i, tussenvoegsel: i.tussenvoegsel || null })),
          ladder: {
            create: {
              datum: vandaag,
              trede: i.trede,
              perspectiefTrede: i.perspectiefTrede,
              perspectiefDatum: i.perspectiefTrede ? vandaag : null,
              vastgelegdDoorId: g.id,
            },
          },
        },
      });
    } catch (e) {
      // Two registrations of the same BSN at once: the unique key refuses the second.
      if (isUniekFout(e)) return veldFouten({ bsn: DUBBEL_BSN });
      throw e;
    }
    audit.betrokkene = inwoner.id;
    return gelukt({ melding: "De inwoner is geregistreerd.", id: inwoner.id });
  },
});
