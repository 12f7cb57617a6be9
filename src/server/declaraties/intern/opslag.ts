import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { maakDeclaratienummer } from "@/domain/declaratie/regels";
import type { Prisma } from "@/generated/prisma/client";
import { db, isUniekFout } from "../../db";
import { berichtenBijDeclaratie, MET_BERICHTEN } from "../../iwmo/intern/uitgaand";
import { creditRegel, regelRij, type NieuweRegel } from "@/domain/declaratie/beoordeling";

// Storing declaratie lines (issue 12, ADR 0029): the next free number, the retry after a unique
// violation, the reversal a new line completes, and the credit line that cancels a line. Called by the use cases of this directory and
// by the WMO323 import, with a caller that was already checked.

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
  const regel = await tx.declaratieregel.create({
    data: {
      ...regelRij(r, {
        nummer: maakDeclaratienummer(jaar, volgnummer),
        actiefSleutel: extra.actiefSleutel,
        creditVanId: extra.creditVanId,
        correctieId: extra.correctieId,
        ingediendDoorId: extra.ingediendDoorId,
        ingediendOp: extra.nu,
      }),
      ...(extra.doorGemeente && {
        doorGemeente: true,
        status: "GOEDGEKEURD" as const,
        beoordeeldDoorId: extra.doorGemeente.doorId,
        beoordeeldOp: extra.nu,
      }),
      iwmoBerichtId: extra.iwmoBerichtId ?? null,
    },
    select: { id: true, nummer: true },
  });
  // The month's unsent 323 is made again with this line, in the same transaction (issue 22).
  await berichtenBijDeclaratie(tx, { ...r, ...extra }, extra.nu);
  return regel;
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
      return await db.$transaction((tx) => werk(tx, poging), MET_BERICHTEN);
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
export const bewaarLos = (r: NieuweRegel, extra: RegelExtra) =>
  opnieuw(extra.actiefSleutel, async (tx, poging) =>
    bewaarRegel(tx, r, { ...extra, correctieId: await openTerugdraaiing(tx, r.toewijzingId, r.maand) }, poging),
  );

type TeCrediteren = Omit<NieuweRegel, "omvang"> & { id: string; nummer: string; actiefSleutel: string | null };

/**
 * The credit line of `oud`, as the first line of a new unit; null when someone credited it in the
 * meantime (its key is gone). The key is released: the month can be declared again, and the new
 * line joins this unit while it waits (openTerugdraaiing).
 */
export async function crediteer(
  tx: Prisma.TransactionClient,
  oud: TeCrediteren,
  o: {
    reden: string;
    ingediendDoorId: string | null;
    iwmoBerichtId?: string | null;
    doorGemeente?: { doorId: string };
    nu: Date;
  },
  poging: number,
): Promise<{ id: string; nummer: string } | null> {
  if (oud.actiefSleutel === null) return null;
  const vrij = await tx.declaratieregel.updateMany({
    where: { id: oud.id, actiefSleutel: oud.actiefSleutel },
    data: { actiefSleutel: null },
  });
  if (vrij.count !== 1) return null;
  const credit = await bewaarRegel(
    tx,
    { ...creditRegel({ ...oud, omvang: null }), reden: o.reden.slice(0, 1000) },
    {
      actiefSleutel: null,
      creditVanId: oud.id,
      ingediendDoorId: o.ingediendDoorId,
      iwmoBerichtId: o.iwmoBerichtId ?? null,
      doorGemeente: o.doorGemeente,
      nu: o.nu,
    },
    poging,
  );
  await tx.declaratieregel.update({ where: { id: credit.id }, data: { correctieId: credit.id } });
  return credit;
}
