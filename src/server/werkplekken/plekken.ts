import "server-only";
import { vrijePlekkenSchema, vrijePlekkenTekst } from "@/domain/vrije-plekken";
import { db } from "../db";
import { gelukt, defineUseCase } from "../pipeline";
import { parseRevisie } from "./intern/inhoud";

// The free places of a werkplek, changed in one step from the aanbieder's list (issue 10). No
// content check: the number is live at once, also for a published werkplek. It raises the
// werkplek's version, so someone editing the full form at the same moment gets the usual
// "changed by someone else" message instead of silently putting the old number back; a pending
// revision gets the new number too, so its approval does not undo it either.

export const werkVrijePlekkenBij = defineUseCase({
  activiteit: "werkplek-vrije-plekken",
  bron: "/aanbieder#plekken",
  schema: vrijePlekkenSchema,
  toegang: "werkplek:beheren",
  geenToegang: "Je hebt geen toegang tot het beheer van werkplekken.",
  wie: "aanbieder",
  laad: ({ gebruiker, invoer }) =>
    db.werkplek.findFirst({
      where: { id: invoer.id, aanbiederId: gebruiker.aanbiederId, status: { not: "GEARCHIVEERD" } },
      select: { id: true, slug: true, titel: true, plaatsenBeschikbaar: true, revisie: { select: { id: true, inhoud: true } } },
    }),
  nietGevonden: "Deze werkplek bestaat niet of hoort niet bij jouw organisatie.",
  async uitvoeren({ invoer: { id, plaatsenBeschikbaar }, doel: w, gebruiker, audit, nu }) {
    await db.$transaction(async (tx) => {
      await tx.werkplek.update({
        where: { id },
        data: { plaatsenBeschikbaar, plaatsenBijgewerktOp: nu, versie: { increment: 1 }, gewijzigdDoorId: gebruiker.id },
      });
      if (w.revisie) {
        const inhoud = { ...parseRevisie(w.revisie.inhoud), plaatsenBeschikbaar };
        await tx.werkplekRevisie.update({ where: { id: w.revisie.id }, data: { inhoud: JSON.stringify(inhoud) } });
      }
    });
    audit.toelichting = `${w.slug}: vrije plekken ${w.plaatsenBeschikbaar} → ${plaatsenBeschikbaar}`;
    return gelukt({ melding: `${w.titel}: ${vrijePlekkenTekst(plaatsenBeschikbaar).toLowerCase()}.` });
  },
});
