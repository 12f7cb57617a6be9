import "server-only";
import { vandaagInNederland, nederlandsMoment, daysBetween } from "@/domain/kalender";
import { formatDatum, formatTijdstip } from "@/domain/format";
import { evaluatieAntwoordSchema, evaluatiePlanSchema, evaluatieUitkomstSchema } from "@/domain/toewijzing/traject-invoer";
import { redenGeenGesprek } from "@/domain/toewijzing/traject-regels";
import { betrokkeneVanGesprek } from "../betrokkene";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { link, mailAanbieder, mailContactpersoon } from "./intern/traject-mail";
import { ALLEEN_CONTACTPERSOON, magOpvolgen, rapporteur, trajectVanAanbieder } from "./intern/traject-toegang";
import { termijnenVan, termijnInclude } from "./intern/termijnen";
import type { AanbiederGebruiker } from "@/domain/gebruiker";

// The evaluatiegesprek (R-TOE-5, issue 11, ADR 0015): the aanbieder proposes a moment, the
// contact person accepts it or asks another, and records the outcome afterwards.

/**
 * R-TOE-5: the aanbieder plans the evaluatiegesprek. ADR 0015: "uiterlijk 6 weken voor het einde"
 * is about planning it: planning after that day is accepted but counts (and is said) as late. The
 * moment itself lies in the future and on or before the einddatum.
 */
export const planGesprek = defineUseCase({
  ...rapporteur,
  laad: async ({ gebruiker, invoer }: { gebruiker: AanbiederGebruiker; invoer: { id: string } }) => {
    const t = await trajectVanAanbieder(gebruiker, invoer.id);
    return t
      ? db.toewijzing.findUnique({ where: { id: t.id }, include: { ...termijnInclude, contactpersoon: { select: { naam: true } } } })
      : null;
  },
  activiteit: "evaluatiegesprek-plannen",
  bron: "/aanbieder/toewijzingen/[id]#evaluatiegesprek",
  schema: evaluatiePlanSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const waarom = redenGeenGesprek(t);
    if (waarom) return formFout(waarom);
    const moment = nederlandsMoment(f.datum, f.tijd);
    if (moment.getTime() <= nu.getTime()) return veldFouten({ datum: "Kies een moment in de toekomst." });
    if (daysBetween(f.datum, t.einddatum) < 0) {
      return veldFouten({ datum: `Het gesprek is uiterlijk op de laatste dag van de toewijzing (${formatDatum(t.einddatum)}).` });
    }
    await db.evaluatiegesprek.create({ data: { toewijzingId: t.id, moment, plaats: f.plaats, voorgesteldDoorId: g.id } });
    const evaluatie = termijnenVan(t, vandaagInNederland(nu)).find((x) => x.soort === "evaluatiegesprek")!;
    const teLaat = daysBetween(evaluatie.uiterlijk, vandaagInNederland(nu)) > 0;
    await mailContactpersoon(t.contactpersoonId, `Evaluatiegesprek voorgesteld voor ${t.nummer}`, [
      `${g.naam} stelt voor het evaluatiegesprek van toewijzing ${t.nummer} te houden op ${formatTijdstip(moment)}, ${f.plaats}.`,
      "Accepteer het moment of stel een ander moment voor in het portaal:",
      link(`/gemeente/toewijzingen/${t.id}#evaluatiegesprek`),
    ]);
    audit.toelichting = `${t.nummer}: evaluatiegesprek voorgesteld`;
    const wie = t.contactpersoon?.naam ?? "De contactpersoon";
    return gelukt({
      melding:
        `Het evaluatiegesprek is voorgesteld voor ${formatTijdstip(moment)}. ${wie} krijgt een e-mail en accepteert het of stelt een ander moment voor.` +
        (teLaat
          ? ` Let op: de termijn om het gesprek te plannen was ${formatDatum(evaluatie.uiterlijk)}; het telt als te laat gepland.`
          : ""),
    });
  },
});

const gesprekLaden = ({ invoer }: { invoer: { id: string } }) =>
  db.evaluatiegesprek.findUnique({
    where: { id: invoer.id },
    include: {
      toewijzing: {
        select: { id: true, nummer: true, inwonerId: true, contactpersoonId: true, eindverantwoording: { select: { ingediendOp: true } } },
      },
    },
  });

/** The contact person's side of a gesprek: on the gemeente's toewijzing page, for whoever may follow the traject. */
const doorContactpersoon = {
  bron: "/gemeente/toewijzingen/[id]#evaluatiegesprek",
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanGesprek,
  wie: "gemeente",
  laad: gesprekLaden,
  nietGevonden: "Dit evaluatiegesprek bestaat niet.",
} as const;

/** The contact person accepts the proposed moment or asks for another one; the aanbieder gets an e-mail. */
export const beantwoordGesprek = defineUseCase({
  activiteit: "evaluatiegesprek-beantwoorden",
  ...doorContactpersoon,
  schema: evaluatieAntwoordSchema,
  async uitvoeren({ invoer: f, doel: e, gebruiker: g, audit, nu }) {
    audit.betrokkene = e.toewijzing.inwonerId;
    if (!magOpvolgen(g, e.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    const accepteren = f.antwoord === "accepteren";
    // Issue 21 item 22: a moment that has passed cannot be accepted any more.
    if (accepteren && e.status === "VOORGESTELD" && e.moment.getTime() <= nu.getTime()) {
      return formFout(`Het voorgestelde moment (${formatTijdstip(e.moment)}) is al voorbij. Vraag de aanbieder om een ander moment.`);
    }
    const r = await db.evaluatiegesprek.updateMany({
      where: { id: e.id, status: "VOORGESTELD" },
      data: {
        status: accepteren ? "GEACCEPTEERD" : "ANDER_MOMENT",
        tegenvoorstel: accepteren ? null : f.tegenvoorstel,
        beantwoordOp: nu,
        beantwoordDoorId: g.id,
      },
    });
    if (r.count === 0) return formFout("Op dit voorstel is al geantwoord.");
    await mailAanbieder(
      e.voorgesteldDoorId,
      g.naam,
      accepteren
        ? `Evaluatiegesprek ${e.toewijzing.nummer} geaccepteerd`
        : `Ander moment gevraagd voor evaluatiegesprek ${e.toewijzing.nummer}`,
      accepteren
        ? [
            `${g.naam} (contactpersoon) accepteert het evaluatiegesprek van ${e.toewijzing.nummer} op ${formatTijdstip(e.moment)}, ${e.plaats}.`,
          ]
        : [
            `${g.naam} (contactpersoon) vraagt een ander moment voor het evaluatiegesprek van ${e.toewijzing.nummer}:`,
            f.tegenvoorstel,
            "Plan het gesprek opnieuw in het portaal:",
            link(`/aanbieder/toewijzingen/${e.toewijzing.id}#evaluatiegesprek`),
          ],
    );
    audit.toelichting = `${e.toewijzing.nummer}: evaluatiegesprek ${accepteren ? "geaccepteerd" : "ander moment"}`;
    return gelukt({
      melding: accepteren
        ? "Het evaluatiegesprek is geaccepteerd. De aanbieder krijgt een e-mail."
        : "Je voorstel voor een ander moment is verstuurd. De aanbieder plant het gesprek opnieuw.",
      toewijzingId: e.toewijzingId,
    });
  },
});

/** After the gesprek the contact person records its outcome; the aanbieder gets an e-mail. */
export const legGesprekUitkomstVast = defineUseCase({
  activiteit: "evaluatiegesprek-uitkomst",
  ...doorContactpersoon,
  schema: evaluatieUitkomstSchema,
  async uitvoeren({ invoer: f, doel: e, gebruiker: g, audit, nu }) {
    audit.betrokkene = e.toewijzing.inwonerId;
    if (!magOpvolgen(g, e.toewijzing)) return formFout(ALLEEN_CONTACTPERSOON);
    if (e.status !== "GEACCEPTEERD") return formFout("Leg de uitkomst vast van een geaccepteerd gesprek.");
    if (e.moment.getTime() > nu.getTime())
      return formFout(`Het gesprek is pas op ${formatTijdstip(e.moment)}; leg de uitkomst daarna vast.`);
    // Issue 21 item 22: the eindverantwoording is the basis of the gesprek.
    if (!e.toewijzing.eindverantwoording?.ingediendOp)
      return formFout(
        "De aanbieder heeft de eindverantwoording nog niet ingediend. Die is de basis van het evaluatiegesprek; leg de uitkomst vast als hij er is.",
      );
    const r = await db.evaluatiegesprek.updateMany({
      where: { id: e.id, status: "GEACCEPTEERD" },
      data: { status: "AFGEROND", uitkomst: f.uitkomst, uitkomstOp: nu, uitkomstDoorId: g.id },
    });
    if (r.count === 0) return formFout("De uitkomst is al vastgelegd.");
    await mailAanbieder(e.voorgesteldDoorId, g.naam, `Uitkomst evaluatiegesprek ${e.toewijzing.nummer}`, [
      `${g.naam} (contactpersoon) heeft de uitkomst van het evaluatiegesprek van ${e.toewijzing.nummer} vastgelegd.`,
      "Lees hem in het portaal:",
      link(`/aanbieder/toewijzingen/${e.toewijzing.id}#evaluatiegesprek`),
    ]);
    audit.toelichting = `${e.toewijzing.nummer}: evaluatiegesprek afgerond`;
    return gelukt({ melding: "De uitkomst van het evaluatiegesprek is vastgelegd.", toewijzingId: e.toewijzingId });
  },
});
