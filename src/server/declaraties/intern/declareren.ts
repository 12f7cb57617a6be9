import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db";

// Declaring (issue 12, R-DEC-1…3, R-TAR-2/3): the aanbieder's side. Only the caller's own
// organisation's started toewijzingen (the rule of trajectVanAanbieder: own aanbieder, not
// ingetrokken); any other id is "not found". Lines are never edited: a correction is a credit line
// plus a new line (src/domain/declaratie/regels.ts). The unique `actiefSleutel` makes R-DEC-3 hold
// under concurrency: two submits for one month store one line.
//
// This module holds the shape of a toewijzing to declare on and the tariffs; the rules that judge a
// new line are pure (src/domain/declaratie/beoordeling.ts); storing lines is in ./opslag.ts, the
// month view in ../maand-overzicht.ts and the month form in ../maand-indienen.ts.

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

export const tarieven = (tx: Prisma.TransactionClient = db) =>
  tx.tarief.findMany({ select: { productCode: true, jaar: true, bedragCent: true } });
