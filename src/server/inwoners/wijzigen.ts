import "server-only";
import { contactpersoonFout, contactpersoonRol, contactpersoonRolNaam } from "@/domain/inwoner/contactpersoon";
import { contactpersoonSchema, inwonerWijzigSchema, ladderSchema } from "@/domain/inwoner/invoer";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { bestaandeInwoner, kiesContactpersoon } from "./intern";

// Changing an inwoner's ladder, contact person, address and uitkering (issues 4 and 11).

/** R-LAD-3: a new trede (and optionally a perspectief) on a date, with who recorded it. */
export const legTredeVast = defineUseCase({
  activiteit: "ladder-vastleggen",
  bron: "/gemeente/inwoners/[id]#ladder",
  schema: ladderSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de trede van een inwoner niet vastleggen.",
  betrokkene: (l) => l.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: l, doel, gebruiker: g, audit }) {
    // Issue 21 item 25: a closed inwoner's history is kept as it was.
    if (doel.afgeslotenOp) return formFout("Deze inwoner is afgesloten. Heropen het dossier om een trede vast te leggen.");
    await db.ladderRegel.create({
      data: {
        inwonerId: l.id,
        datum: l.datum,
        trede: l.trede,
        perspectiefTrede: l.perspectiefTrede,
        perspectiefDatum: l.perspectiefTrede ? l.datum : null,
        toelichting: l.toelichting || null,
        vastgelegdDoorId: g.id,
      },
    });
    audit.toelichting = `trede ${l.trede}${l.perspectiefTrede ? `, perspectief ${l.perspectiefTrede}` : ""}`;
    return gelukt({ melding: "De trede is vastgelegd." });
  },
});

/** R-TOE-2: staff may change the proposed contact person. */
export const wijzigContactpersoon = defineUseCase({
  activiteit: "contactpersoon-wijzigen",
  bron: "/gemeente/inwoners/[id]#contactpersoon",
  schema: contactpersoonSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de contactpersoon niet wijzigen.",
  betrokkene: (c) => c.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: { id, contactpersoonId }, doel, gebruiker: g }) {
    // R-TOE-2 (defect 3): only an active colleague with the role the uitkering asks for.
    const contact = await kiesContactpersoon(g, contactpersoonRol(doel.uitkering), contactpersoonId);
    if (!contact.ok) return veldFouten({ contactpersoonId: contact.melding });
    await db.inwoner.update({ where: { id }, data: { contactpersoonId: contact.id } });
    return gelukt({ melding: `${contact.naam} is nu de contactpersoon.` });
  },
});

/**
 * Issue 11: change the inwoner's address and uitkering. The uitkering decides the contact person
 * (R-TOE-2): the current one stays when active and of the role the new uitkering asks for; else
 * the chosen one (checked, defect 3) or the rule's proposal. A new contact person also becomes the
 * contact person on the inwoner's running Werkt Mee toewijzingen (the aanbieder sees the name;
 * begeleiding groep keeps its Wmo-consulent). Audit: which parts changed, never the values.
 */
export const wijzigInwoner = defineUseCase({
  activiteit: "inwoner-wijzigen",
  bron: "/gemeente/inwoners/[id]#gegevens",
  schema: inwonerWijzigSchema,
  toegang: "inwoner:registreren",
  geenToegang: "Je mag de gegevens van inwoners niet wijzigen.",
  betrokkene: (i) => i.id,
  laad: ({ invoer }) =>
    db.inwoner.findUnique({
      where: { id: invoer.id },
      include: { contactpersoon: { select: { id: true, naam: true, rol: true, actief: true } } },
    }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: w, doel: i, gebruiker: g, audit }) {
    const vereist = contactpersoonRol(w.uitkering);
    const huidigPast = i.contactpersoon && !contactpersoonFout(vereist, i.contactpersoon);
    const contact =
      w.contactpersoonId || !huidigPast
        ? await kiesContactpersoon(g, vereist, w.contactpersoonId || null)
        : { ok: true as const, id: i.contactpersoon!.id, naam: i.contactpersoon!.naam };
    if (!contact.ok) return veldFouten({ contactpersoonId: contact.melding });

    const gewijzigd: string[] = [];
    if (w.straat !== i.straat || w.huisnummer !== i.huisnummer || w.postcode !== i.postcode || w.plaats !== i.plaats)
      gewijzigd.push("adres");
    if (w.uitkering !== i.uitkering) gewijzigd.push("uitkering");
    const nieuweContact = contact.id !== i.contactpersoonId;
    if (nieuweContact) gewijzigd.push("contactpersoon");
    if (gewijzigd.length === 0) return gelukt({ melding: "Er is niets gewijzigd." });

    const lopend = await db.$transaction(async (tx) => {
      await tx.inwoner.update({
        where: { id: i.id },
        data: {
          straat: w.straat,
          huisnummer: w.huisnummer,
          postcode: w.postcode,
          plaats: w.plaats,
          uitkering: w.uitkering,
          contactpersoonId: contact.id,
        },
      });
      if (!nieuweContact) return 0;
      const r = await tx.toewijzing.updateMany({
        where: {
          inwonerId: i.id,
          status: { in: ["TOEGEWEZEN", "GESTART"] },
          product: { categorie: { not: "BEGELEIDING_GROEP" } },
        },
        data: { contactpersoonId: contact.id },
      });
      return r.count;
    });
    audit.toelichting = `gewijzigd: ${gewijzigd.join(", ")}${lopend ? `; contactpersoon op ${lopend} lopende toewijzing(en)` : ""}`;
    const delen = ["De gegevens zijn gewijzigd."];
    if (nieuweContact) {
      delen.push(`${contact.naam} is nu de contactpersoon (${contactpersoonRolNaam(vereist)}).`);
      if (lopend) delen.push(`Ook op ${lopend === 1 ? "de lopende toewijzing" : `${lopend} lopende toewijzingen`}.`);
    }
    return gelukt({ melding: delen.join(" ") });
  },
});
