import "server-only";
import { toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { periodeInMaand } from "@/domain/declaratie/regels";
import { vergoedingSchema, vergoedingWaarschuwingen, type Waarschuwing } from "@/domain/declaratie/vrijwilligersvergoeding";
import { formatEuro } from "@/domain/format";
import { idVeld } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { z } from "zod";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { defineUseCase, gelukt, veldFouten } from "../pipeline";
import { TRAJECT_NIET_GEVONDEN, magOpvolgen } from "../toewijzingen/intern/traject-toegang";
import { defineQuery } from "../pipeline";

// R-VV-1/2 (issue 12): the aanbieder records what it paid an inwoner per month; the portal warns
// before saving what would pass that year's limits, and saves only after a confirmation (a second
// submit with bevestigd=ja: works without JavaScript). The limits are counted per inwoner over
// this aanbieder's own payments (ADR 0019); the contact person sees the totals of all aanbieders.

const BRON = "/aanbieder/declaraties/vrijwilligersvergoeding";

/** The toewijzingen a payment can be recorded for, and what was recorded (newest first). */
export const vergoedingenVanAanbieder = defineQuery({
  activiteit: "vrijwilligersvergoeding-bekijken",
  bron: BRON,
  toegang: "declaratie:indienen",
  wie: "aanbieder",
  schema: z.object({}),
  laad: ({ gebruiker: g }) => laadVergoedingen(g.aanbiederId),
  betrokkenen: (v) => v.inwoners,
});

async function laadVergoedingen(aanbiederId: string) {
  const [toewijzingen, vergoedingen] = await Promise.all([
    db.toewijzing.findMany({
      where: { aanbiederId, status: { in: ["GESTART", "BEEINDIGD"] } },
      orderBy: { nummer: "asc" },
      select: { id: true, nummer: true, inwonerId: true, inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
    }),
    db.vrijwilligersvergoeding.findMany({
      where: { aanbiederId },
      orderBy: [{ maand: "desc" }, { createdAt: "desc" }],
      take: 100,
      include: {
        toewijzing: { select: { nummer: true, inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } } },
      },
    }),
  ]);
  return {
    inwoners: toewijzingen.map((t) => t.inwonerId),
    toewijzingen: toewijzingen.map((t) => ({ id: t.id, label: `${volledigeNaam(t.inwoner)} (${t.nummer})` })),
    vergoedingen: vergoedingen.map((v) => ({
      id: v.id,
      maand: v.maand,
      soort: v.soort,
      bedragCent: v.bedragCent,
      uren: v.uren,
      naam: `${volledigeNaam(v.toewijzing.inwoner)} (${v.toewijzing.nummer})`,
    })),
  };
}

type Extra = { waarschuwingen: Waarschuwing[] };

export const legVergoedingVast = defineUseCase({
  activiteit: "vrijwilligersvergoeding-vastleggen",
  bron: BRON,
  schema: vergoedingSchema,
  toegang: "declaratie:indienen",
  betrokkene: ({ toewijzingId }) => betrokkeneVanToewijzing({ id: toewijzingId }),
  wie: "aanbieder",
  laad: ({ gebruiker: g, invoer }) =>
    db.toewijzing.findFirst({
      where: { id: invoer.toewijzingId, aanbiederId: g.aanbiederId, status: { in: ["GESTART", "BEEINDIGD"] } },
      include: { inwoner: { select: { id: true, geboortedatum: true, uitkering: true } } },
    }),
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  nietGevondenVeld: "toewijzingId",
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    if (!periodeInMaand(t, f.maand)) return veldFouten<Extra>({ maand: "In deze maand liep de toewijzing niet." });
    const jaar = Number(f.maand.slice(0, 4));
    const [grens, maand, jaarSom] = await Promise.all([
      db.vrijwilligersvergoedingGrens.findUnique({ where: { jaar } }),
      db.vrijwilligersvergoeding.aggregate({
        where: { inwonerId: t.inwonerId, aanbiederId: t.aanbiederId, maand: f.maand, soort: "ALGEMEEN" },
        _sum: { bedragCent: true },
      }),
      db.vrijwilligersvergoeding.aggregate({
        where: { inwonerId: t.inwonerId, aanbiederId: t.aanbiederId, maand: { gte: `${jaar}-01`, lte: `${jaar}-12` }, soort: "ALGEMEEN" },
        _sum: { bedragCent: true },
      }),
    ]);
    const betaaldOp = f.betaaldOp ?? vandaagInNederland(nu);
    const waarschuwingen = vergoedingWaarschuwingen({
      maand: f.maand,
      soort: f.soort,
      bedragCent: f.bedrag,
      uren: f.uren,
      grens,
      alInMaandCent: Number(maand._sum.bedragCent ?? 0),
      alInJaarCent: Number(jaarSom._sum.bedragCent ?? 0),
      inwoner: t.inwoner,
      betaaldOp,
    });
    if (waarschuwingen.length && f.bevestigd !== "ja") {
      // Not saved yet: the form shows the warnings and asks to confirm.
      return veldFouten<Extra>({}, "Controleer de waarschuwingen. Sla de vergoeding alleen op als ze toch klopt.", { waarschuwingen });
    }
    await db.vrijwilligersvergoeding.create({
      data: {
        toewijzingId: t.id,
        aanbiederId: t.aanbiederId,
        inwonerId: t.inwonerId,
        maand: f.maand,
        soort: f.soort,
        bedragCent: f.bedrag,
        uren: f.uren,
        vastgelegdDoorId: g.id,
      },
    });
    audit.toelichting = `${t.nummer} ${f.maand}: ${formatEuro(f.bedrag)} (${f.soort}, betaald op ${toIsoDate(betaaldOp)})${waarschuwingen.length ? " na waarschuwing" : ""}`;
    return gelukt({ melding: `De vergoeding van ${formatEuro(f.bedrag)} is vastgelegd.`, waarschuwingen });
  },
});

/**
 * The totals per year for the inwoner's page: for staff who read the dossier. The reading is
 * logged; the contact person (or whoever may follow all trajecten) also sees them per month.
 */
export const vergoedingTotalen = defineQuery({
  activiteit: "vrijwilligersvergoeding-totalen-bekijken",
  bron: "/gemeente/inwoners/[id]",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: z.object({ inwonerId: idVeld }),
  laad: async ({ gebruiker: g, invoer }) => {
    const inwoner = await db.inwoner.findUnique({ where: { id: invoer.inwonerId }, select: { contactpersoonId: true } });
    if (!inwoner) return null;
    return { ...(await laadTotalen(invoer.inwonerId)), magDetails: magOpvolgen(g, inwoner) };
  },
  betrokkenen: (_t, invoer) => invoer.inwonerId,
});

async function laadTotalen(inwonerId: string) {
  const rijen = await db.vrijwilligersvergoeding.findMany({
    where: { inwonerId },
    orderBy: { maand: "desc" },
    select: { maand: true, soort: true, bedragCent: true },
  });
  const grenzen = await db.vrijwilligersvergoedingGrens.findMany({
    where: { jaar: { in: [...new Set(rijen.map((r) => Number(r.maand.slice(0, 4))))] } },
  });
  const perJaar = new Map<number, { algemeen: number; kosten: number; maanden: Map<string, number> }>();
  for (const r of rijen) {
    const jaar = Number(r.maand.slice(0, 4));
    const j = perJaar.get(jaar) ?? { algemeen: 0, kosten: 0, maanden: new Map() };
    if (r.soort === "ALGEMEEN") {
      j.algemeen += r.bedragCent;
      j.maanden.set(r.maand, (j.maanden.get(r.maand) ?? 0) + r.bedragCent);
    } else j.kosten += r.bedragCent;
    perJaar.set(jaar, j);
  }
  return {
    jaren: [...perJaar.entries()].map(([jaar, j]) => {
      const grens = grenzen.find((x) => x.jaar === jaar) ?? null;
      return {
        jaar,
        algemeenCent: j.algemeen,
        kostenCent: j.kosten,
        grensJaarCent: grens?.perJaarCent ?? null,
        maandBovenGrens: grens ? [...j.maanden.entries()].filter(([, c]) => c > grens.perMaandCent).map(([m]) => m) : [],
        maanden: [...j.maanden.entries()].sort(([a], [b]) => a.localeCompare(b)),
      };
    }),
  };
}
