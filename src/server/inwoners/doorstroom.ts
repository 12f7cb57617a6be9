import "server-only";
import { z } from "zod";
import { huidigJaar } from "@/domain/beheer/jaar";
import { bestandsnaam, naarCsv } from "@/domain/declaratie/csv";
import {
  doorstroomIn,
  jaarperiode,
  perGroep,
  perInwoner,
  tredeOp,
  tredenOp,
  TREDEN,
  type Ladderstap,
  type TrajectUitkomst,
} from "@/domain/inwoner/doorstroom";
import { vandaagInNederland } from "@/domain/datum";
import { mag } from "@/domain/permissies";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { defineUseCase, gelukt } from "../pipeline";

// The doorstroom report (R-LAD-3, docs/decisions/0023): counts from the ladder history and the
// trajecten, per year. No name, BSN or id of an inwoner leaves this module.

const BRON = "/gemeente/doorstroom";
export const EERSTE_RAPPORTJAAR = 2020;

/** ?jaar=2026: a year from 2020 up to this year; anything else is this year. */
export function rapportjaar(invoer: unknown, nu = new Date()): number {
  const dit = huidigJaar(nu);
  const r = z.coerce
    .number()
    .int()
    .min(EERSTE_RAPPORTJAAR)
    .max(dit)
    .safeParse(typeof invoer === "string" ? invoer : undefined);
  return r.success ? r.data : dit;
}

/** The report for those allowed to see it (null for anyone else); the read is audit-logged. */
export async function doorstroomRapport(g: Ingelogd, jaar: number, nu = new Date()) {
  if (!mag(g.rol, "rapportage:doorstroom")) return null;
  const rapport = await berekenRapport(jaar, nu);
  await audit({ gebruikerId: g.id, activiteit: "doorstroom-lezen", bron: BRON, uitkomst: "gelukt", toelichting: String(jaar) });
  return rapport;
}

/** The figures alone: callers check the permission and write their own audit line. */
async function berekenRapport(jaar: number, nu: Date) {
  const periode = jaarperiode(jaar);
  const vandaag = vandaagInNederland(nu);
  // The trede "now" is on the last day of a past year, or today in this year.
  const peildag = periode.tot.getTime() < vandaag.getTime() ? periode.tot : vandaag;
  const [stappen, toewijzingen] = await Promise.all([
    db.ladderRegel.findMany({ select: { inwonerId: true, datum: true, trede: true, createdAt: true, toewijzingId: true } }),
    db.toewijzing.findMany({
      where: { ingetrokkenOp: null },
      select: {
        id: true,
        startdatum: true,
        einddatum: true,
        beeindigdOp: true,
        verlengingVanId: true,
        product: { select: { naam: true } },
        aanbieder: { select: { naam: true } },
        eindverantwoording: { select: { stapGemaakt: true } },
        verlenging: { select: { id: true } },
      },
    }),
  ]);
  const histories = perInwoner(stappen.map((s): Ladderstap => ({ ...s, vastgelegdOp: s.createdAt })));
  const perId = new Map(toewijzingen.map((t) => [t.id, t]));
  const beginVanKeten = (id: string) => {
    let t = perId.get(id);
    for (let i = 0; t?.verlengingVanId && perId.has(t.verlengingVanId) && i < 50; i++) t = perId.get(t.verlengingVanId);
    return t?.startdatum ?? null;
  };

  // Trajecten whose trede after the traject was recorded in the period.
  const productUitkomsten: TrajectUitkomst[] = [];
  const aanbiederUitkomsten: TrajectUitkomst[] = [];
  const metTrede = new Set<string>();
  for (const s of stappen) {
    if (!s.toewijzingId) continue;
    metTrede.add(s.toewijzingId);
    const t = perId.get(s.toewijzingId);
    if (!t || s.datum < periode.van || s.datum > periode.tot) continue;
    const start = beginVanKeten(t.id);
    const eerder = (histories.get(s.inwonerId) ?? []).filter((x) => x.toewijzingId !== t.id);
    const uitkomst = {
      bijStart: start ? tredeOp(eerder, start) : null,
      na: s.trede,
      stapGemaakt: t.eindverantwoording?.stapGemaakt ?? null,
    };
    productUitkomsten.push({ ...uitkomst, groep: t.product.naam });
    aanbiederUitkomsten.push({ ...uitkomst, groep: t.aanbieder.naam });
  }
  // Ended in the period (and not continued by a verlenging) without a trede recorded after it.
  const zonderTrede = toewijzingen.filter((t) => {
    const einde = t.beeindigdOp ?? t.einddatum;
    return !t.verlenging && !metTrede.has(t.id) && einde >= periode.van && einde <= periode.tot && einde <= vandaag;
  }).length;

  return {
    jaar,
    peildag,
    treden: tredenOp(histories, peildag),
    doorstroom: doorstroomIn(histories, { van: periode.van, tot: peildag }),
    lopend: peildag !== periode.tot,
    perProduct: perGroep(productUitkomsten),
    perAanbieder: perGroep(aanbiederUitkomsten),
    zonderTrede,
  };
}

export type DoorstroomRapport = Awaited<ReturnType<typeof berekenRapport>>;

/** The report's tables in one CSV (for a spreadsheet in Dutch settings, like the declaraties exports). */
export const exporteerDoorstroom = defineUseCase({
  activiteit: "doorstroom-exporteren",
  bron: `${BRON}/export`,
  schema: z.object({ jaar: z.string().regex(/^\d{4}$/, "Kies een jaar.") }),
  toegang: "rapportage:doorstroom",
  magGebruiker: (g) => !g.aanbiederId,
  async uitvoeren({ invoer }) {
    const jaar = rapportjaar(invoer.jaar);
    // The pipeline checked the permission and writes this export's one audit line.
    const r = await berekenRapport(jaar, new Date());
    const rijen: (string | number)[][] = [
      ...TREDEN.map((t) => ["Inwoners op trede", "", `Trede ${t}`, r.treden[t - 1]!]),
      ...TREDEN.flatMap((van) =>
        TREDEN.map((naar) => ["Doorstroom", `Van trede ${van}`, `Naar trede ${naar}`, r.doorstroom.matrix[van - 1]![naar - 1]!]),
      ),
      ...(["perProduct", "perAanbieder"] as const).flatMap((soort) =>
        r[soort].flatMap((rij) =>
          (["aantal", "omhoog", "gelijk", "omlaag", "onbekend", "stapGemaakt", "stapNietGemaakt"] as const).map((k) => [
            soort === "perProduct" ? "Trajecten per product" : "Trajecten per aanbieder",
            rij.groep,
            KOLOM[k],
            rij[k],
          ]),
        ),
      ),
      ["Beëindigd zonder trede na traject", "", "Aantal", r.zonderTrede],
    ];
    const csv = naarCsv(
      ["Jaar", "Onderdeel", "Groep", "Maat", "Aantal"],
      rijen.map((x) => [String(jaar), ...x]),
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`doorstroom-${jaar}`) });
  },
});

export const KOLOM = {
  aantal: "Trajecten met trede na traject",
  omhoog: "Hoger dan bij de start",
  gelijk: "Gelijk",
  omlaag: "Lager",
  onbekend: "Trede bij start onbekend",
  stapGemaakt: "Stap gemaakt (ontwikkeling)",
  stapNietGemaakt: "Stap niet gemaakt (ontwikkeling)",
} as const;
