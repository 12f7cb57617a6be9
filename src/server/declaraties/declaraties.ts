import "server-only";
import { actiefSleutel, creditVan, opTredeRegel, vastePrijsRegel, type DeclaratieToewijzing, type Regel } from "@/domain/declaratie/regels";
import type { TariefRij } from "@/domain/toewijzing/tarief";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

// Declaring (issue 12, R-DEC-1…3, R-TAR-2/3): the aanbieder's side. Only the caller's own
// organisation's started toewijzingen (the rule of trajectVanAanbieder: own aanbieder, not
// ingetrokken); any other id is "not found". Lines are never edited: a correction is a credit line
// plus a new line (src/domain/declaratie/regels.ts). The unique `actiefSleutel` makes R-DEC-3 hold
// under concurrency: two submits for one month store one line.
//
// This module holds the shape of a toewijzing to declare on and the rules that judge a new line;
// storing lines is in ./intern/opslag.ts, the month view in ./maand-overzicht.ts and the month
// form in ./maand-indienen.ts.

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
