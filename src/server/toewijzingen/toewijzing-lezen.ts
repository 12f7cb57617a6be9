import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { REDENEN_BEEINDIGING } from "@/domain/toewijzing/reden-beeindiging";
import { weergaveStatus, type WeergaveStatus } from "@/domain/toewijzing/status";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { inwonerKern } from "../inwoners/intern";
import { defineQuery } from "../pipeline";
import { z } from "zod";
import { redenGeenBesluitOverToewijzing } from "./intern/traject-toegang";
import { wijzigingSelect, type WijzigingRegel } from "./intern/wijzigingen";

// Toewijzingen (issue 4): issued by staff with mandate under the rules of
// src/domain/toewijzing/regels.ts, read by the aanbieder of the toewijzing only, started and
// stopped by that aanbieder. Every read or change of a toewijzing is a read or change of inwoner
// data and is audit-logged with the inwoner's pseudonymous id. The changes are use cases on the
// pipeline (src/server/pipeline.ts), which checks the permission, parses the form with the schemas
// of src/domain/toewijzing and writes the audit record; the reads below check and log themselves.

const toewijzingInclude = {
  inwoner: { select: { ...inwonerKern, uitkering: true } },
  product: { select: { code: true, naam: true, korteNaam: true, categorie: true, begeleiding: true, prijsEenheid: true } },
  aanbieder: { select: { id: true, naam: true } },
  werkplek: { select: { titel: true, slug: true } },
  contactpersoon: { select: { naam: true, email: true } },
  afgegevenDoor: { select: { naam: true } },
  verlenging: { select: { id: true, nummer: true } },
  verlengingVan: { select: { id: true, nummer: true } },
  wijzigingen: {
    select: { id: true, soort: true, oudeEinddatum: true, nieuweEinddatum: true, reden: true, redenWijziging: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} as const;

type GeladenToewijzing = NonNullable<Awaited<ReturnType<typeof laadToewijzing>>>;
const laadToewijzing = (id: string) => db.toewijzing.findUnique({ where: { id }, include: toewijzingInclude });

/** One toewijzing for gemeente staff. */
export const toewijzingVoorGemeente = defineQuery({
  activiteit: "toewijzing-bekijken",
  bron: "/gemeente/toewijzingen/[id]",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: idSchema,
  betrokkenen: (t: GeladenToewijzing & { inwonerNaam: string; magBesluiten: boolean; geenBesluit: string | null }) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker: g, invoer: { id } }) {
    const t = await laadToewijzing(id);
    if (!t) return null;
    // Item 28: why this user may not end, correct or withdraw it (null: they may).
    const geenBesluit = mag(g.rol, "toewijzing:afgeven") ? redenGeenBesluitOverToewijzing(g, t, t.product, t.inwoner.uitkering) : null;
    return { ...t, inwonerNaam: volledigeNaam(t.inwoner), magBesluiten: mag(g.rol, "toewijzing:afgeven") && !geenBesluit, geenBesluit };
  },
});

// ---------------------------------------------------------------------------------------------
// The aanbieder's side: own organisation only, no BSN, only what the aanbieder needs.
// ---------------------------------------------------------------------------------------------

export type AanbiederToewijzing = {
  id: string;
  nummer: string;
  /** The inwoner's pseudonymous id, for the read audit. */
  inwonerId: string;
  inwonerNaam: string;
  geboortejaar: number;
  product: string;
  startdatum: Date;
  einddatum: Date;
  urenPerWeek: number | null;
  status: string;
  /** Issue 21 item 18: AFGELOPEN once the end date passed without a stop (derived, ADR 0033). */
  weergaveStatus: WeergaveStatus;
  contactpersoon: string | null;
  werkplek: string | null;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  redenBeeindiging: string | null;
  /** Issue 11: the gemeente's changes of the end date, oldest first. */
  wijzigingen: WijzigingRegel[];
  /**
   * Issue 21 item 21: a traject stopped "tijdelijk" and taken up again with a new toewijzing of
   * the same product at this aanbieder: the new one names the stopped one, and the reverse.
   */
  hervatVan: string | null;
  hervatIn: string | null;
};

type HervatBron = { id: string; nummer: string; inwonerId: string; productCode: string; startdatum: Date };
type HervatStop = HervatBron & { redenBeeindiging: string | null; beeindigdOp: Date | null };

/** The toewijzing that takes up `t` again after a temporary stop, and the reverse (same inwoner, product and list). */
function hervattingen(lijst: readonly HervatStop[]): Map<string, { hervatVan: string | null; hervatIn: string | null }> {
  const uit = new Map<string, { hervatVan: string | null; hervatIn: string | null }>();
  const bij = (id: string) => uit.get(id) ?? uit.set(id, { hervatVan: null, hervatIn: null }).get(id)!;
  for (const stop of lijst) {
    if (stop.redenBeeindiging !== "TIJDELIJK" || !stop.beeindigdOp) continue;
    const volgende = lijst
      .filter((n) => n.inwonerId === stop.inwonerId && n.productCode === stop.productCode && n.startdatum > stop.beeindigdOp!)
      .sort((a, b) => a.startdatum.getTime() - b.startdatum.getTime())[0];
    if (!volgende) continue;
    bij(stop.id).hervatIn = volgende.nummer;
    bij(volgende.id).hervatVan = stop.nummer;
  }
  return uit;
}

/** The aanbieder's own organisation's toewijzingen (not ingetrokken); one read record per inwoner. */
export const toewijzingenVanAanbieder = defineQuery({
  activiteit: "toewijzing-bekijken-aanbieder",
  bron: "/aanbieder/toewijzingen",
  toegang: "toewijzing:lezen-eigen",
  wie: "aanbieder",
  schema: z.object({}),
  betrokkenen: (l: AanbiederToewijzing[]) => l.map((t) => t.inwonerId),
  async laad({ gebruiker: g, nu }): Promise<AanbiederToewijzing[]> {
    const lijst = await db.toewijzing.findMany({
      where: { aanbiederId: g.aanbiederId, status: { not: "INGETROKKEN" } },
      orderBy: [{ einddatum: "asc" }],
      include: {
        inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } },
        product: { select: { korteNaam: true } },
        contactpersoon: { select: { naam: true } },
        werkplek: { select: { titel: true } },
        wijzigingen: { select: wijzigingSelect, orderBy: { createdAt: "asc" } },
      },
    });
    const vandaag = vandaagInNederland(nu);
    const hervat = hervattingen(lijst);
    return lijst.map((t) => ({
      id: t.id,
      nummer: t.nummer,
      inwonerId: t.inwoner.id,
      inwonerNaam: volledigeNaam(t.inwoner),
      geboortejaar: t.inwoner.geboortedatum.getUTCFullYear(),
      product: t.product.korteNaam,
      startdatum: t.startdatum,
      einddatum: t.einddatum,
      urenPerWeek: t.urenPerWeek,
      status: t.status,
      weergaveStatus: weergaveStatus(t, vandaag),
      contactpersoon: t.contactpersoon?.naam ?? null,
      werkplek: t.werkplek?.titel ?? null,
      gestartOp: t.gestartOp,
      beeindigdOp: t.beeindigdOp,
      redenBeeindiging: t.redenBeeindiging
        ? (REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging)?.label ?? t.redenBeeindiging)
        : null,
      wijzigingen: t.wijzigingen,
      hervatVan: hervat.get(t.id)?.hervatVan ?? null,
      hervatIn: hervat.get(t.id)?.hervatIn ?? null,
    }));
  },
});
