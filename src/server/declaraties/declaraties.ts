import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/datum";
import {
  actiefSleutel,
  creditVan,
  isMaand,
  maakDeclaratienummer,
  omvangInUren,
  opTredeRegel,
  parseUren,
  periodeInMaand,
  vastePrijsRegel,
  type DeclaratieToewijzing,
  type Regel,
} from "@/domain/declaratie/regels";
import { magCrediteren } from "@/domain/declaratie/correctie";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import type { TariefRij } from "@/domain/toewijzing/tarief";
import type { Prisma } from "@/generated/prisma/client";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db, isUniekFout } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { TRAJECT_NIET_GEVONDEN } from "../toewijzingen/intern/traject-toegang";

// Declaring (issue 12, R-DEC-1…3, R-TAR-2/3): the aanbieder's side. Only the caller's own
// organisation's started toewijzingen (the rule of trajectVanAanbieder: own aanbieder, not
// ingetrokken); any other id is "not found". Lines are never edited: a correction is a credit line
// plus a new line (src/domain/declaratie/regels.ts). The unique `actiefSleutel` makes R-DEC-3 hold
// under concurrency: two submits for one month store one line.

const BRON = "/aanbieder/declaraties";

export const toewijzingSelect = {
  id: true,
  nummer: true,
  inwonerId: true,
  productCode: true,
  aanbiederId: true,
  status: true,
  startdatum: true,
  einddatum: true,
  gestartOp: true,
  beeindigdOp: true,
  urenPerWeek: true,
  verlengingVanId: true,
  product: { select: { korteNaam: true, categorie: true } },
  inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
} as const;
export type ToewijzingRij = Prisma.ToewijzingGetPayload<{ select: typeof toewijzingSelect }>;

export function alsDeclaratieToewijzing(t: ToewijzingRij): DeclaratieToewijzing {
  return {
    productCode: t.productCode,
    productNaam: t.product.korteNaam,
    categorie: t.product.categorie,
    status: t.status,
    startdatum: t.startdatum,
    einddatum: t.einddatum,
    gestartOp: t.gestartOp,
    beeindigdOp: t.beeindigdOp,
    urenPerWeek: t.urenPerWeek,
    isVerlenging: t.verlengingVanId !== null,
  };
}

/** The started (or stopped) toewijzingen of the caller's organisation: what can be declared. */
async function gestarteToewijzingen(aanbiederId: string) {
  return db.toewijzing.findMany({
    where: { aanbiederId, status: { in: ["GESTART", "BEEINDIGD"] }, gestartOp: { not: null } },
    select: toewijzingSelect,
    orderBy: [{ nummer: "asc" }],
  });
}

export const tarieven = (tx: Prisma.TransactionClient = db) =>
  tx.tarief.findMany({ select: { productCode: true, jaar: true, bedragCent: true } });

export type NieuweRegel = Regel & { toewijzingId: string; aanbiederId: string; productCode: string };

/** What is declared on one line: hours of a month (op-trede) or the fixed price of a traject. */
export type RegelAanvraag = { soort: "uren"; maand: string; uren: number; reden: string } | { soort: "vasteprijs" };
export type RegelOmgeving = { tarieven: readonly TariefRij[]; vandaag: Date; bezet: ReadonlySet<string | null> };

/**
 * The one place a new line is judged (R-DEC-1…3, R-TAR-2/3), for the month form and for an
 * imported WMO323 alike: the line to store with its R-DEC-3 key, or why it cannot be declared.
 */
export function beoordeelRegel(
  t: ToewijzingRij,
  a: RegelAanvraag,
  o: RegelOmgeving,
): { ok: true; regel: NieuweRegel; sleutel: string } | { ok: false; melding: string } {
  const d = alsDeclaratieToewijzing(t);
  const sleutel = actiefSleutel(d.categorie, t.id, a.soort === "uren" ? a.maand : "");
  const r =
    a.soort === "uren"
      ? opTredeRegel({
          toewijzing: d,
          maand: a.maand,
          uren: a.uren,
          reden: a.reden,
          tarieven: o.tarieven,
          vandaag: o.vandaag,
          alGedeclareerd: o.bezet.has(sleutel),
        })
      : vastePrijsRegel({ toewijzing: d, tarieven: o.tarieven, alGedeclareerd: o.bezet.has(sleutel) });
  if (!r.ok) return r;
  const { ok: _ok, ...regel } = r;
  return { ok: true, sleutel, regel: { ...regel, toewijzingId: t.id, aanbiederId: t.aanbiederId, productCode: t.productCode } };
}

/** The credit line that cancels `oud` (R-DEC: a line is never edited). */
export function creditRegel(oud: NieuweRegel & { nummer: string }): NieuweRegel {
  return {
    ...creditVan({ ...oud, omvang: null }),
    toewijzingId: oud.toewijzingId,
    aanbiederId: oud.aanbiederId,
    productCode: oud.productCode,
    bovenOmvang: false,
    reden: `Correctie van ${oud.nummer}`,
  };
}
/** Who submitted the line: a portal user, or (`iwmoBerichtId`, no user) the imported WMO323 it arrived in. */
export type RegelExtra = {
  actiefSleutel: string | null;
  creditVanId?: string | null;
  /** ADR 0029: the correction unit the line belongs to. */
  correctieId?: string | null;
  /** ADR 0029: a reversal by the gemeente, decided (approved) when made. */
  doorGemeente?: { doorId: string };
  ingediendDoorId: string | null;
  iwmoBerichtId?: string | null;
  nu: Date;
};
const POGINGEN = 8;

/**
 * Stores one line with the next free number of the year (`poging` skips numbers a parallel
 * request took). A unique violation is not caught here: on PostgreSQL it ends the transaction, so
 * the caller retries the whole transaction (see `opnieuw`).
 */
export async function bewaarRegel(tx: Prisma.TransactionClient, r: NieuweRegel, extra: RegelExtra, poging: number) {
  const jaar = vandaagInNederland(extra.nu).getUTCFullYear();
  const volgnummer = (await tx.declaratieregel.count({ where: { nummer: { startsWith: `DR-${jaar}-` } } })) + 1 + poging;
  return tx.declaratieregel.create({
    data: {
      nummer: maakDeclaratienummer(jaar, volgnummer),
      toewijzingId: r.toewijzingId,
      aanbiederId: r.aanbiederId,
      productCode: r.productCode,
      maand: r.maand,
      periodeStart: r.periodeStart,
      periodeEind: r.periodeEind,
      volume: r.volume,
      eenheid: r.eenheid,
      tariefCent: r.tariefCent,
      bedragCent: r.bedragCent,
      bovenOmvang: r.bovenOmvang,
      reden: r.reden,
      actiefSleutel: extra.actiefSleutel,
      creditVanId: extra.creditVanId ?? null,
      correctieId: extra.correctieId ?? null,
      ...(extra.doorGemeente && {
        doorGemeente: true,
        status: "GOEDGEKEURD" as const,
        beoordeeldDoorId: extra.doorGemeente.doorId,
        beoordeeldOp: extra.nu,
      }),
      ingediendDoorId: extra.ingediendDoorId,
      iwmoBerichtId: extra.iwmoBerichtId ?? null,
      ingediendOp: extra.nu,
    },
    select: { id: true, nummer: true },
  });
}

/**
 * Runs `werk` in a transaction, again after a unique violation: "bezet" when the key `sleutel`
 * (R-DEC-3) was taken by a parallel request, otherwise a number collision and the next try.
 */
export async function opnieuw<T>(
  sleutel: string | null,
  werk: (tx: Prisma.TransactionClient, poging: number) => Promise<T>,
): Promise<T | "bezet"> {
  for (let poging = 0; poging < POGINGEN; poging++) {
    try {
      return await db.$transaction((tx) => werk(tx, poging));
    } catch (e) {
      if (!isUniekFout(e)) throw e;
      if (sleutel && (await db.declaratieregel.count({ where: { actiefSleutel: sleutel } }))) return "bezet";
    }
  }
  throw new Error("Geen vrij declaratienummer");
}

/**
 * ADR 0029: the reversal still waiting for the gemeente's check that a new line for this
 * toewijzing and month completes: the credit line alone in its unit. The new line joins that unit
 * (a credit and its replacement are judged and paid together), whether it comes from the month
 * form or an imported WMO323.
 */
export async function openTerugdraaiing(tx: Prisma.TransactionClient, toewijzingId: string, maand: string): Promise<string | null> {
  const c = await tx.declaratieregel.findFirst({
    where: { toewijzingId, maand, status: "INGEDIEND", creditVanId: { not: null }, doorGemeente: false },
    orderBy: { nummer: "desc" },
    select: { correctieId: true },
  });
  if (!c?.correctieId) return null;
  return (await tx.declaratieregel.count({ where: { correctieId: c.correctieId } })) === 1 ? c.correctieId : null;
}

/** One new line that holds its key (and completes a waiting reversal of its month, if any). */
const bewaarLos = (r: NieuweRegel, extra: RegelExtra) =>
  opnieuw(extra.actiefSleutel, async (tx, poging) =>
    bewaarRegel(tx, r, { ...extra, correctieId: await openTerugdraaiing(tx, r.toewijzingId, r.maand) }, poging),
  );

// ---------------------------------------------------------------------------------------------
// The month view
// ---------------------------------------------------------------------------------------------

export type MaandRij = {
  id: string;
  nummer: string;
  inwonerNaam: string;
  product: string;
  categorie: string;
  urenPerWeek: number | null;
  periode: { periodeStart: Date; periodeEind: Date; dagen: number } | null;
  omvang: number | null;
  /** The line that counts for this month (or for the traject), if any. */
  actief: { nummer: string; volume: number; eenheid: string; status: string; bedragCent: number; maand: string } | null;
  isVerlenging: boolean;
};

/** The month view of the caller's organisation: every started toewijzing, with this month's line. */
export async function maandOverzicht(g: Ingelogd | null, maand: string) {
  if (!g?.aanbiederId || !mag(g.rol, "declaratie:indienen") || !isMaand(maand)) return null;
  const lijst = await gestarteToewijzingen(g.aanbiederId);
  const ids = lijst.map((t) => t.id);
  const [regels, actieveTrajecten] = await Promise.all([
    db.declaratieregel.findMany({
      where: { aanbiederId: g.aanbiederId, maand },
      orderBy: [{ createdAt: "asc" }],
      include: {
        toewijzing: {
          select: { nummer: true, inwonerId: true, inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
        },
        creditVan: { select: { nummer: true } },
        credits: { where: { status: { not: "AFGEWEZEN" } }, select: { nummer: true } },
      },
    }),
    db.declaratieregel.findMany({
      where: { toewijzingId: { in: ids }, actiefSleutel: { startsWith: "traject:" } },
      select: { toewijzingId: true, nummer: true, volume: true, eenheid: true, status: true, bedragCent: true, maand: true },
    }),
  ]);
  const rijen: MaandRij[] = [];
  for (const t of lijst) {
    const d = alsDeclaratieToewijzing(t);
    const periode = periodeInMaand(d, maand);
    const isOntw = d.categorie === "ONTWIKKELING";
    if (!isOntw && !periode) continue;
    const actief = isOntw
      ? (actieveTrajecten.find((r) => r.toewijzingId === t.id) ?? null)
      : (regels.find((r) => r.toewijzingId === t.id && r.actiefSleutel !== null) ?? null);
    rijen.push({
      id: t.id,
      nummer: t.nummer,
      inwonerNaam: volledigeNaam(t.inwoner),
      product: t.product.korteNaam,
      categorie: d.categorie,
      urenPerWeek: t.urenPerWeek,
      periode,
      omvang: periode && t.urenPerWeek !== null ? omvangInUren(t.urenPerWeek, periode.dagen) : null,
      actief: actief && {
        nummer: actief.nummer,
        volume: actief.volume,
        eenheid: actief.eenheid,
        status: actief.status,
        bedragCent: actief.bedragCent,
        maand: actief.maand,
      },
      isVerlenging: d.isVerlenging,
    });
  }
  const inwoners = new Set([...lijst.map((t) => t.inwonerId)]);
  for (const i of inwoners) await logVerwerking(g, "declaraties-bekijken", BRON, i);
  return {
    rijen,
    historie: regels.map((r) => ({
      id: r.id,
      nummer: r.nummer,
      toewijzingNummer: r.toewijzing.nummer,
      inwonerNaam: volledigeNaam(r.toewijzing.inwoner),
      periodeStart: r.periodeStart,
      periodeEind: r.periodeEind,
      volume: r.volume,
      eenheid: r.eenheid,
      tariefCent: r.tariefCent,
      bedragCent: r.bedragCent,
      status: r.status,
      bovenOmvang: r.bovenOmvang,
      reden: r.reden,
      afwijsreden: r.afwijsreden,
      creditVan: r.creditVan?.nummer ?? null,
      gecrediteerdDoor: r.credits[0]?.nummer ?? null,
      telt: r.actiefSleutel !== null,
      /** ADR 0029: part of a correction (a credit and its replacement, or a reversal). */
      inCorrectie: r.correctieId !== null,
      doorGemeente: r.doorGemeente,
      // One rule for hours and fixed prices, the portal and the WMO323 (ADR 0029).
      terugdraaibaar: magCrediteren(r.status, { isCredit: r.creditVanId !== null, telt: r.actiefSleutel !== null }) === true,
      corrigeerbaar:
        magCrediteren(r.status, { isCredit: r.creditVanId !== null, telt: r.actiefSleutel !== null }) === true && r.eenheid === "04",
    })),
  };
}

const maandSchema = z.looseObject({ maand: z.string().refine(isMaand, "Kies een maand.") });

type MaandUitkomst = { melding: string; ingediend: string[] };

/**
 * The month form: `uren_<toewijzingId>` (and `reden_<id>`) per op-trede line, `vasteprijs_<id>`
 * for an ontwikkeling traject. Each line is validated and stored on its own: one bad line never
 * loses the others; the errors come back per field.
 */
export const dienMaandIn = defineUseCase({
  activiteit: "declaratie-indienen",
  bron: BRON,
  schema: maandSchema,
  toegang: "declaratie:indienen",
  magGebruiker: (g) => Boolean(g.aanbiederId),
  async uitvoeren({ invoer, gebruiker: g, nu, audit }) {
    const { maand } = invoer;
    const ruw = invoer as Record<string, unknown>;
    const tekst = (k: string) => (typeof ruw[k] === "string" ? (ruw[k] as string) : "");
    const urenIds = Object.keys(ruw)
      .filter((k) => k.startsWith("uren_") && tekst(k).trim() !== "")
      .map((k) => k.slice(5));
    const prijsIds = Object.keys(ruw)
      .filter((k) => k.startsWith("vasteprijs_") && tekst(k) === "ja")
      .map((k) => k.slice(11));
    if (urenIds.length + prijsIds.length === 0) return formFout("Vul bij minstens één toewijzing de gewerkte uren in.");
    const eigen = new Map((await gestarteToewijzingen(g.aanbiederId!)).map((t) => [t.id, t]));
    const [tariefRijen, bestaand] = await Promise.all([
      tarieven(),
      db.declaratieregel.findMany({
        where: { toewijzingId: { in: [...eigen.keys()] }, actiefSleutel: { not: null } },
        select: { actiefSleutel: true },
      }),
    ]);
    const bezet = new Set(bestaand.map((b) => b.actiefSleutel));
    const vandaag = vandaagInNederland(nu);
    const fouten: Record<string, string> = {};
    const ingediend: string[] = [];
    const omgeving: RegelOmgeving = { tarieven: tariefRijen, vandaag, bezet };
    const verwerk = async (id: string, veld: string, aanvraag: RegelAanvraag) => {
      const t = eigen.get(id);
      if (!t) {
        fouten[veld] = TRAJECT_NIET_GEVONDEN;
        return;
      }
      const r = beoordeelRegel(t, aanvraag, omgeving);
      if (!r.ok) {
        fouten[veld] = r.melding;
        return;
      }
      const opgeslagen = await bewaarLos(r.regel, { actiefSleutel: r.sleutel, ingediendDoorId: g.id, nu });
      if (opgeslagen === "bezet") {
        fouten[veld] = "Voor deze maand is al gedeclareerd. Corrigeer de ingediende regel als er iets niet klopt.";
        return;
      }
      ingediend.push(opgeslagen.nummer);
      await logVerwerking(g, "declaratie-indienen", BRON, t.inwonerId, "gelukt", `${opgeslagen.nummer} bij ${t.nummer}`);
    };
    for (const id of urenIds) {
      const uren = parseUren(tekst(`uren_${id}`));
      if (!uren.ok) {
        fouten[`uren_${id}`] = uren.melding;
        continue;
      }
      await verwerk(id, `uren_${id}`, { soort: "uren", maand, uren: uren.uren, reden: tekst(`reden_${id}`) });
    }
    for (const id of prijsIds) await verwerk(id, `vasteprijs_${id}`, { soort: "vasteprijs" });
    audit.toelichting = ingediend.length ? `${maand}: ${ingediend.join(", ")}` : null;
    const aantal = ingediend.length;
    if (Object.keys(fouten).length) {
      const n = Object.keys(fouten).length;
      return veldFouten<MaandUitkomst>(
        fouten,
        `${aantal === 0 ? "Er is niets ingediend." : `${aantal} ${aantal === 1 ? "regel is" : "regels zijn"} ingediend (${ingediend.join(", ")}).`} ${n === 1 ? "Eén regel heeft" : `${n} regels hebben`} een fout: verbeter ${n === 1 ? "die" : "ze"} en dien opnieuw in.`,
        { ingediend },
      );
    }
    return gelukt({ melding: `${aantal === 1 ? "De regel is" : `${aantal} regels zijn`} ingediend: ${ingediend.join(", ")}.`, ingediend });
  },
});
