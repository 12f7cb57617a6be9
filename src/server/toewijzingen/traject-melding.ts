import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { MELDING_SOORT_NAAM, meldingSchema } from "@/domain/toewijzing/traject-invoer";
import { magMelden } from "@/domain/toewijzing/traject-regels";
import { betrokkeneVanMelding } from "../betrokkene";
import { db } from "../db";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { link, mailContactpersoon } from "./intern/traject-mail";
import { ALLEEN_CONTACTPERSOON, magOpvolgen, rapporteur } from "./intern/traject-toegang";

// Meldingen (R-EV-4, issue 11): the aanbieder reports a calamity or results at risk while the
// toewijzing runs; the contact person reads them.

/** R-EV-4: a calamiteit or results at risk, only while gestart; the contact person gets an e-mail. */
export const meldGebeurtenis = defineUseCase({
  ...rapporteur,
  activiteit: "melding-doen",
  bron: "/aanbieder/toewijzingen/[id]#meldingen",
  schema: meldingSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    if (!magMelden(t, vandaagInNederland(nu))) {
      return formFout("Een melding kan alleen zolang de toewijzing gestart is, tussen de start en het einde.");
    }
    await db.melding.create({
      data: { toewijzingId: t.id, soort: f.soort, watGebeurde: f.watGebeurde, aanpak: f.aanpak, gemeldDoorId: g.id },
    });
    const contact = t.contactpersoonId
      ? await db.gebruiker.findUnique({ where: { id: t.contactpersoonId }, select: { naam: true } })
      : null;
    await mailContactpersoon(t.contactpersoonId, `Nieuwe melding bij ${t.nummer}: ${MELDING_SOORT_NAAM[f.soort].toLowerCase()}`, [
      `${g.naam} heeft een melding gedaan bij toewijzing ${t.nummer} (${MELDING_SOORT_NAAM[f.soort].toLowerCase()}).`,
      "Lees de melding in het portaal en markeer hem als gelezen:",
      link(`/gemeente/toewijzingen/${t.id}#meldingen`),
    ]);
    audit.toelichting = `${t.nummer}: melding ${f.soort}`;
    return gelukt({
      melding: `De melding is verstuurd. ${contact ? `${contact.naam} (contactpersoon)` : "De contactpersoon"} krijgt een e-mail.`,
    });
  },
});

/** The contact person marks a melding as read; it leaves their dashboard. */
export const markeerMeldingGelezen = defineUseCase({
  activiteit: "melding-gelezen",
  bron: "/gemeente/toewijzingen/[id]#meldingen",
  schema: idSchema,
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanMelding,
  wie: "gemeente",
  laad: ({ invoer }) => db.melding.findUnique({ where: { id: invoer.id }, include: { toewijzing: true } }),
  nietGevonden: "Deze melding bestaat niet.",
  async uitvoeren({ invoer, doel: m, gebruiker: g, audit, nu }) {
    audit.betrokkene = m.toewijzing.inwonerId;
    if (!magOpvolgen(g, m.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    const r = await db.melding.updateMany({ where: { id: invoer.id, gelezenOp: null }, data: { gelezenOp: nu, gelezenDoorId: g.id } });
    if (r.count === 0) return formFout("Deze melding is al als gelezen gemarkeerd.");
    audit.toelichting = `${m.toewijzing.nummer}: melding gelezen`;
    return gelukt({ melding: "De melding is als gelezen gemarkeerd.", toewijzingId: m.toewijzingId });
  },
});
