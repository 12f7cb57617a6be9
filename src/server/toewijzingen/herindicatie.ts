import "server-only";
import { isLopend } from "@/domain/toewijzing/traject-regels";
import { toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { besluitSchema, herindicatieSchema, isLaat, standaardStart } from "@/domain/herindicatie/invoer";
import { herindicatieBeletsel, wachtOpBesluit } from "@/domain/herindicatie/regels";
import { idSchema } from "@/domain/id";
import { z } from "zod";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import type { Fout } from "@/domain/toewijzing/bevinding";
import { betrokkeneVanHerindicatieverzoek, betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten, type Resultaat } from "../pipeline";
import { contactpersoonTekst, meldAanbieder, meldContactpersoon, portaalLink } from "./intern/traject-berichten";
import { TRAJECT_NIET_GEVONDEN, magOpvolgen, trajectVanAanbieder } from "./intern/traject-toegang";
import { berichtenBijHerindicatie, MET_BERICHTEN } from "../iwmo/intern/uitgaand";
import { geefToewijzingAf } from "./toewijzingen";

// The herindicatie (R-TOE-5, RULES §11, issue 11, docs/decisions/0016). The aanbieder asks for a
// follow-up at the latest 6 weeks before the end (a later request is accepted and shown as late);
// one open request at a time. The contact person decides: a verlenging (a linked period, R-TOE-4)
// or another product, both issued by the same use case as every toewijzing (geefToewijzingAf:
// mandate R-TOE-1 and every rule of regels.ts), or no follow-up (the toewijzing ends on its end
// date; nothing about it changes). The aanbieder sees the decision in the portal and by e-mail.

async function laadTraject(id: string) {
  return db.toewijzing.findUnique({
    where: { id },
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } },
      product: { select: { code: true, korteNaam: true, categorie: true, verlenging: true, duurIsMaximum: true, duurMaanden: true } },
      aanbieder: { select: { naam: true } },
      contactpersoon: { select: { naam: true, email: true } },
      verlenging: { select: { id: true, nummer: true } },
      herindicatieverzoeken: {
        orderBy: { createdAt: "desc" },
        include: {
          nieuweToewijzing: {
            select: { id: true, nummer: true, startdatum: true, einddatum: true, product: { select: { korteNaam: true } } },
          },
        },
      },
    },
  });
}

/** The products a follow-up may be: maatwerk of the programme (not the oriëntatie, an algemene voorziening). */
export const vervolgProducten = defineQuery({
  activiteit: "vervolgproducten-bekijken",
  bron: "/gemeente/toewijzingen/[id]/herindicatie",
  toegang: "ingelogd",
  schema: z.object({}),
  laad: () =>
    db.product.findMany({
      where: { soort: "MAATWERK" },
      orderBy: { volgorde: "asc" },
      select: { code: true, korteNaam: true, categorie: true },
    }),
});

/** The aanbieders another product may go to (R-PRD-3), for staff who may issue. */
export const vervolgAanbieders = defineQuery({
  activiteit: "vervolgaanbieders-bekijken",
  bron: "/gemeente/toewijzingen/[id]/herindicatie",
  toegang: "toewijzing:afgeven",
  wie: "gemeente",
  schema: z.object({}),
  laad: () => db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
});

function weergave(t: NonNullable<Awaited<ReturnType<typeof laadTraject>>>) {
  const { inwoner, ...rest } = t;
  const einde = t.beeindigdOp ?? t.einddatum;
  return {
    ...rest,
    inwonerId: inwoner.id,
    inwonerNaam: volledigeNaam(inwoner),
    geboortejaar: inwoner.geboortedatum.getUTCFullYear(),
    voorgesteldeStart: standaardStart(einde),
    openVerzoek: t.herindicatieverzoeken.find(wachtOpBesluit) ?? null,
    verzoekMogelijk: isLopend(t) && !t.verlenging,
    laatVerzoek: (h: { createdAt: Date }) => isLaat(vandaagInNederland(h.createdAt), t.einddatum, t.startdatum),
  };
}

export type HerindicatieWeergave = ReturnType<typeof weergave>;

export const herindicatieVoorAanbieder = defineQuery({
  activiteit: "herindicatie-bekijken-aanbieder",
  bron: "/aanbieder/toewijzingen/[id]/herindicatie",
  toegang: "traject:rapporteren",
  wie: "aanbieder",
  schema: idSchema,
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  betrokkenen: (t: HerindicatieWeergave) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker, invoer: { id } }) {
    const t = (await trajectVanAanbieder(gebruiker, id)) ? await laadTraject(id) : null;
    return t ? weergave(t) : null;
  },
});

export const herindicatieVoorGemeente = defineQuery({
  activiteit: "herindicatie-bekijken",
  bron: "/gemeente/toewijzingen/[id]/herindicatie",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: idSchema,
  betrokkenen: (t: HerindicatieWeergave & { magBeslissen: boolean; magAfgeven: boolean }) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker: g, invoer: { id } }) {
    const t = await laadTraject(id);
    return t ? { ...weergave(t), magBeslissen: magOpvolgen(g, t), magAfgeven: mag(g.rol, "toewijzing:afgeven") } : null;
  },
});

// ---------------------------------------------------------------------------------------------

export const vraagHerindicatieAan = defineUseCase({
  activiteit: "herindicatie-aanvragen",
  bron: "/aanbieder/toewijzingen/[id]/herindicatie",
  schema: herindicatieSchema,
  toegang: "traject:rapporteren",
  betrokkene: betrokkeneVanToewijzing,
  wie: "aanbieder",
  laad: async ({ gebruiker, invoer }) => ((await trajectVanAanbieder(gebruiker, invoer.id)) ? laadTraject(invoer.id) : null),
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  async uitvoeren({ invoer: h, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const w = weergave(t);
    const beletsel = herindicatieBeletsel({
      status: t.status,
      verlenging: t.verlenging,
      openVerzoek: Boolean(w.openVerzoek),
      einddatum: t.einddatum,
      vandaag: vandaagInNederland(nu),
    });
    if (beletsel) return formFout(beletsel);
    const product = await db.product.findFirst({ where: { code: h.productCode, soort: "MAATWERK" } });
    if (!product) return veldFouten({ productCode: "Kies een product." });
    if (product.categorie === "OP_TREDE" && !h.urenPerWeek) {
      return veldFouten({ urenPerWeek: "Vul het aantal uren per week in: een werkplek op trede heeft een omvang in uren." });
    }
    if (product.categorie !== "OP_TREDE" && h.urenPerWeek !== null) {
      return veldFouten({ urenPerWeek: "Uren per week horen alleen bij een werkplek op trede. Laat dit veld leeg." });
    }
    if (h.voorgesteldeStart <= t.startdatum) {
      return veldFouten({ voorgesteldeStart: `Het vervolg begint na de start van de huidige toewijzing (${formatDatum(t.startdatum)}).` });
    }
    const verzoek = await db.herindicatieverzoek.create({
      data: {
        toewijzingId: t.id,
        reden: h.reden,
        productCode: product.code,
        voorgesteldeStart: h.voorgesteldeStart,
        voorgesteldeEind: h.voorgesteldeEind,
        urenPerWeek: h.urenPerWeek,
        ingediendDoorId: g.id,
      },
    });
    const laat = isLaat(vandaagInNederland(nu), t.einddatum, t.startdatum);
    audit.toelichting = `${t.nummer}: herindicatie aangevraagd${laat ? " (te laat)" : ""}`;
    await meldContactpersoon(t.contactpersoonId, `Herindicatieverzoek voor ${t.nummer}`, [
      `${t.aanbieder.naam} vraagt een herindicatie aan voor toewijzing ${t.nummer}: ${product.korteNaam}.${laat ? " Het verzoek is later dan 6 weken voor het einde ingediend." : ""}`,
      `Beslis erover in het portaal: ${portaalLink(`/gemeente/toewijzingen/${t.id}/herindicatie`)}`,
    ]);
    return gelukt({
      id: verzoek.id,
      melding: laat
        ? "Het verzoek is ingediend, later dan 6 weken voor het einde van de toewijzing. De contactpersoon beslist er zo snel mogelijk over."
        : "Het verzoek is ingediend. De contactpersoon van de gemeente beslist erover; je ziet het besluit hier en krijgt een e-mail.",
    });
  },
});

type RegelFouten = { regelFouten: Fout[] };
type BesluitUitkomst = Resultaat<{ melding: string; toewijzingId: string; nieuweToewijzingId: string | null }, RegelFouten>;

export const besluitOverHerindicatie = defineUseCase({
  activiteit: "herindicatie-besluiten",
  bron: "/gemeente/toewijzingen/[id]/herindicatie",
  schema: besluitSchema,
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanHerindicatieverzoek,
  wie: "gemeente",
  laad: async ({ gebruiker, invoer }) => {
    const v = await db.herindicatieverzoek.findUnique({ where: { id: invoer.id }, select: { toewijzingId: true } });
    const t = v ? await laadTraject(v.toewijzingId) : null;
    return t && magOpvolgen(gebruiker, t) ? { t, verzoek: t.herindicatieverzoeken.find((h) => h.id === invoer.id)! } : null;
  },
  nietGevonden: "Dit verzoek bestaat niet, of alleen de contactpersoon van de inwoner (of de teammanager) beslist erover.",
  async uitvoeren({ invoer: b, doel: { t, verzoek }, gebruiker: g, audit, nu }): Promise<BesluitUitkomst> {
    audit.betrokkene = t.inwonerId;
    if (!wachtOpBesluit(verzoek)) return formFout<RegelFouten>("Over dit verzoek is al besloten.");
    let nieuw: { id: string; nummer: string; bij: string | null } | null = null;
    if (b.besluit !== "BEEINDIGEN") {
      // R-TOE-1: a new period or product is a toewijzing; issuing needs the mandate.
      if (!mag(g.rol, "toewijzing:afgeven")) return formFout<RegelFouten>("Je hebt geen mandaat om toewijzingen af te geven.");
      const verlengen = b.besluit === "VERLENGD";
      const productCode = verlengen ? t.productCode : b.productCode;
      // R-PRD-3: another product may be delivered by another aanbieder; a verlenging stays with it.
      const aanbiederId = !verlengen && b.aanbiederId ? b.aanbiederId : t.aanbiederId;
      if (aanbiederId !== t.aanbiederId && !(await db.aanbieder.findUnique({ where: { id: aanbiederId }, select: { id: true } })))
        return veldFouten<RegelFouten>({ aanbiederId: "Kies een aanbieder." });
      const vast = verlengen ? t.product.duurMaanden !== null && !t.product.duurIsMaximum : false;
      const einddatum = b.einddatum ?? (verlengen && !vast ? verzoek.voorgesteldeEind : null);
      const afgifte = await geefToewijzingAf(
        g,
        {
          inwonerId: t.inwonerId,
          productCode,
          aanbiederId,
          werkplekId: verlengen ? (t.werkplekId ?? "") : "",
          // R-TOE-4: a verlenging starts on the day after the period ends.
          startdatum: toIsoDate(verlengen ? standaardStart(t.beeindigdOp ?? t.einddatum) : b.startdatum!),
          einddatum: einddatum ? toIsoDate(einddatum) : "",
          urenPerWeek: String(b.urenPerWeek ?? (verlengen ? (verzoek.urenPerWeek ?? t.urenPerWeek ?? "") : "")),
          verlengingVanId: verlengen ? t.id : "",
        },
        { nu },
      );
      if (!afgifte.ok) {
        return veldFouten<RegelFouten>(afgifte.fieldErrors, afgifte.formError ?? "Deze toewijzing kan zo niet worden afgegeven.", {
          regelFouten: afgifte.regelFouten ?? [],
        });
      }
      const ander =
        aanbiederId !== t.aanbiederId ? await db.aanbieder.findUnique({ where: { id: aanbiederId }, select: { naam: true } }) : null;
      nieuw = { id: afgifte.id, nummer: afgifte.nummer, bij: ander?.naam ?? null };
    }
    const r = await db.$transaction(async (tx) => {
      const r = await tx.herindicatieverzoek.updateMany({
        where: { id: verzoek.id, status: "INGEDIEND" },
        data: {
          status: b.besluit,
          besluitOp: nu,
          besluitDoorId: g.id,
          besluitToelichting: b.toelichting,
          nieuweToewijzingId: nieuw?.id ?? null,
        },
      });
      if (r.count) await berichtenBijHerindicatie(tx, nieuw?.id ?? null, nu);
      return r;
    }, MET_BERICHTEN);
    if (r.count === 0) {
      // Someone decided at the same moment: the toewijzing just issued is not wanted.
      if (nieuw) await db.toewijzing.delete({ where: { id: nieuw.id } });
      return formFout<RegelFouten>("Over dit verzoek is intussen al besloten.");
    }
    audit.toelichting = `${t.nummer}: herindicatie ${b.besluit}${nieuw ? ` → ${nieuw.nummer}` : ""}`;
    const uitkomst =
      b.besluit === "VERLENGD"
        ? `De toewijzing is verlengd met ${nieuw!.nummer}.`
        : b.besluit === "ANDER_PRODUCT"
          ? `Er is een nieuwe toewijzing ${nieuw!.nummer} afgegeven voor een ander product${nieuw!.bij ? ` bij ${nieuw!.bij}` : ""}.`
          : `Er komt geen vervolg: de toewijzing eindigt op ${formatDatum(t.beeindigdOp ?? t.einddatum)}.`;
    await meldAanbieder(
      t.aanbiederId,
      `Besluit over de herindicatie van ${t.nummer}`,
      [
        `Er is besloten over het herindicatieverzoek voor toewijzing ${t.nummer}. ${uitkomst}`,
        `Toelichting: ${b.toelichting}`,
        `Uw contactpersoon bij de gemeente is ${await contactpersoonTekst(t.contactpersoonId ?? g.id)}.`,
        `Het besluit staat in het portaal: ${portaalLink(`/aanbieder/toewijzingen/${t.id}/herindicatie`)}`,
      ],
      `${g.naam}, Apeldoorn Werkt Mee`,
    );
    return gelukt({
      melding: `Het besluit is vastgelegd. ${uitkomst} De aanbieder krijgt een e-mail.`,
      toewijzingId: t.id,
      nieuweToewijzingId: nieuw?.id ?? null,
    });
  },
});
