import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { alsDeclaratieToewijzing, type NieuweRegel } from "@/domain/declaratie/beoordeling";
import { magCrediteren, parseCorrectieUren, parseReden } from "@/domain/declaratie/correctie";
import { opTredeRegel } from "@/domain/declaratie/regels";
import { idVeld } from "@/domain/id";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { tarieven, toewijzingSelect } from "./intern/declareren";
import { bewaarRegel, crediteer, opnieuw } from "./intern/opslag";

// Corrections and reversals (issue 21 items 1 and 2, docs/decisions/0029). A line is cancelled by
// a credit line; the credit and the line that replaces it share `correctieId` and are judged and
// paid as one unit (beoordelen.ts). A credit alone is a reversal: the aanbieder's waits for the
// gemeente's check (a new line for the month, from the form or a WMO323, completes it into a
// correction); the gemeente's is decided when made and its reason is shown to the aanbieder.

const BRON = "/aanbieder/declaraties";

/** The aanbieder's side of a correction: who may, and the caller's own line (any other id is "not found"). */
const eigenRegel = {
  toegang: "declaratie:indienen",
  wie: "aanbieder",
  laad: ({ gebruiker: g, invoer }: { gebruiker: { aanbiederId: string }; invoer: { id: string } }) =>
    db.declaratieregel.findFirst({
      where: { id: invoer.id, aanbiederId: g.aanbiederId, toewijzing: { status: { not: "INGETROKKEN" } } },
      include: { toewijzing: { select: toewijzingSelect } },
    }),
  nietGevonden: "Deze declaratieregel bestaat niet of hoort niet bij jouw organisatie.",
} as const;

const correctieSchema = z.object({
  id: idVeld,
  uren: z.string({ error: "Vul de juiste uren in." }),
  reden: z.string().max(1000).optional().default(""),
});

/**
 * Corrects an approved or paid hour line: a credit line cancels it and a new line takes its place,
 * in one transaction and one unit. 0 hours is a reversal (nothing was worked): the credit alone.
 */
export const corrigeerRegel = defineUseCase({
  activiteit: "declaratie-corrigeren",
  bron: `${BRON}#corrigeren`,
  schema: correctieSchema,
  ...eigenRegel,
  async uitvoeren({ invoer, doel: oud, gebruiker: g, nu, audit }) {
    audit.betrokkene = oud.toewijzing.inwonerId;
    const mag = magCrediteren(oud.status, { isCredit: oud.creditVanId !== null, telt: oud.actiefSleutel !== null });
    if (mag !== true) return formFout(mag.melding);
    if (oud.eenheid !== "04") return formFout("Een vaste prijs corrigeer je niet met uren: draai de regel terug als hij niet klopt.");
    const uren = parseCorrectieUren(invoer.uren);
    if (!uren.ok) return veldFouten({ uren: uren.melding });
    const basis = { toewijzingId: oud.toewijzingId, aanbiederId: oud.aanbiederId, productCode: oud.productCode };
    let nieuw: NieuweRegel | null = null;
    if (uren.uren > 0) {
      const r = opTredeRegel({
        toewijzing: alsDeclaratieToewijzing(oud.toewijzing),
        maand: oud.maand,
        uren: uren.uren,
        reden: invoer.reden,
        tarieven: await tarieven(),
        vandaag: vandaagInNederland(nu),
        alGedeclareerd: false,
      });
      if (!r.ok) return veldFouten({ uren: r.melding });
      const { ok: _ok, ...regel } = r;
      nieuw = { ...regel, ...basis };
    }
    const reden = nieuw ? `Correctie van ${oud.nummer}` : invoer.reden.trim() || `Gecorrigeerd naar 0 uur: ${oud.nummer} vervalt`;
    const uitkomst = await opnieuw(null, async (tx, poging) => {
      const credit = await crediteer(tx, oud, { reden, ingediendDoorId: g.id, nu }, poging);
      if (!credit) return null;
      if (!nieuw) return { credit: credit.nummer, nieuw: null };
      // The credit line took the next number; the new line the one after it.
      const vervanging = await bewaarRegel(
        tx,
        nieuw,
        { actiefSleutel: oud.actiefSleutel, correctieId: credit.id, ingediendDoorId: g.id, nu },
        poging,
      );
      return { credit: credit.nummer, nieuw: vervanging.nummer };
    });
    if (!uitkomst || uitkomst === "bezet") return formFout("Deze regel is net al gecorrigeerd. Vernieuw de pagina.");
    if (!uitkomst.nieuw) {
      audit.toelichting = `${oud.nummer}: teruggedraaid met creditregel ${uitkomst.credit} (0 uur)`;
      return gelukt({
        melding: `${oud.nummer} wordt teruggedraaid met creditregel ${uitkomst.credit} (0 uur). De gemeente beoordeelt de terugdraaiing.`,
      });
    }
    audit.toelichting = `${oud.nummer}: creditregel ${uitkomst.credit}, nieuwe regel ${uitkomst.nieuw}`;
    return gelukt({
      melding: `${oud.nummer} is gecorrigeerd: creditregel ${uitkomst.credit} en nieuwe regel ${uitkomst.nieuw} zijn ingediend. De gemeente beoordeelt ze samen.`,
    });
  },
});

const terugSchema = z.object({
  id: idVeld,
  reden: z.string({ error: "Schrijf waarom de regel wordt teruggedraaid." }).max(1000, "Houd de reden korter dan 1000 tekens."),
});

/** The aanbieder reverses an approved or paid line (hours or fixed price): a credit line alone. */
export const draaiTerug = defineUseCase({
  activiteit: "declaratie-terugdraaien",
  bron: `${BRON}#terugdraaien`,
  schema: terugSchema,
  ...eigenRegel,
  async uitvoeren({ invoer, doel: oud, gebruiker: g, nu, audit }) {
    audit.betrokkene = oud.toewijzing.inwonerId;
    const mag = magCrediteren(oud.status, { isCredit: oud.creditVanId !== null, telt: oud.actiefSleutel !== null });
    if (mag !== true) return formFout(mag.melding);
    const reden = parseReden(invoer.reden);
    if (!reden.ok) return veldFouten({ reden: reden.melding });
    const credit = await opnieuw(null, (tx, poging) => crediteer(tx, oud, { reden: reden.reden, ingediendDoorId: g.id, nu }, poging));
    if (!credit || credit === "bezet") return formFout("Deze regel is net al gecorrigeerd. Vernieuw de pagina.");
    audit.toelichting = `${oud.nummer}: teruggedraaid met creditregel ${credit.nummer}`;
    return gelukt({
      melding: `${oud.nummer} wordt teruggedraaid met creditregel ${credit.nummer}. De gemeente beoordeelt de terugdraaiing.`,
    });
  },
});

/**
 * The gemeente reverses an approved or paid line (e.g. a fixed price paid on the wrong traject, or
 * for a traject that stopped early: item 6): a credit line, approved at once by the reviewer, with
 * a reason the aanbieder reads. A colleague pays it (four eyes): the next run nets it.
 */
export const draaiTerugDoorGemeente = defineUseCase({
  activiteit: "declaratie-terugdraaien-gemeente",
  bron: "/gemeente/declaraties#terugdraaien",
  schema: terugSchema,
  toegang: "declaratie:beoordelen",
  wie: "gemeente",
  geenToegang: "Je hebt geen toestemming om declaraties te beoordelen.",
  laad: ({ invoer }) => db.declaratieregel.findUnique({ where: { id: invoer.id }, include: { toewijzing: { select: toewijzingSelect } } }),
  nietGevonden: "Deze declaratieregel bestaat niet.",
  async uitvoeren({ invoer, doel: oud, gebruiker: g, nu, audit }) {
    audit.betrokkene = oud.toewijzing.inwonerId;
    const mag = magCrediteren(oud.status, { isCredit: oud.creditVanId !== null, telt: oud.actiefSleutel !== null });
    if (mag !== true) {
      return formFout(
        oud.status === "INGEDIEND"
          ? `${oud.nummer} is nog niet beoordeeld: wijs de regel af in plaats van hem terug te draaien.`
          : mag.melding,
      );
    }
    const reden = parseReden(invoer.reden);
    if (!reden.ok) return veldFouten({ reden: reden.melding });
    const credit = await opnieuw(null, (tx, poging) =>
      crediteer(tx, oud, { reden: reden.reden, ingediendDoorId: g.id, doorGemeente: { doorId: g.id }, nu }, poging),
    );
    if (!credit || credit === "bezet") return formFout(`${oud.nummer} is net al gecorrigeerd of teruggedraaid.`);
    audit.toelichting = `${oud.nummer}: teruggedraaid door de gemeente met creditregel ${credit.nummer}`;
    return gelukt({
      melding: `${oud.nummer} is teruggedraaid met creditregel ${credit.nummer}. De aanbieder ziet de reden; een collega verrekent het in de volgende betaalrun.`,
    });
  },
});
