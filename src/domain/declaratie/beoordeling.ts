import type { TariefRij } from "../toewijzing/tarief";
import { actiefSleutel, creditVan, opTredeRegel, vastePrijsRegel, type DeclaratieToewijzing, type Regel } from "./regels";

// Judging one new declaratie line and cancelling one (R-DEC-1…3, R-TAR-2/3): the month form, a
// correction and an imported WMO323 all go through these two functions. Pure: the server loads the
// toewijzing, the tariffs and the lines already declared, and stores what comes back.

/** What a line needs to know of a stored toewijzing (the server's toewijzingSelect). */
export type ToewijzingVoorDeclaratie = {
  id: string;
  aanbiederId: string;
  productCode: string;
  status: DeclaratieToewijzing["status"];
  startdatum: Date;
  einddatum: Date;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  urenPerWeek: number | null;
  verlengingVanId: string | null;
  product: { korteNaam: string; categorie: DeclaratieToewijzing["categorie"] };
};

export function alsDeclaratieToewijzing(t: Omit<ToewijzingVoorDeclaratie, "id" | "aanbiederId">): DeclaratieToewijzing {
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

export type NieuweRegel = Regel & { toewijzingId: string; aanbiederId: string; productCode: string };

/** What is declared on one line: hours of a month (op-trede) or the fixed price of a traject. */
export type RegelAanvraag = { soort: "uren"; maand: string; uren: number; reden: string } | { soort: "vasteprijs" };
export type RegelOmgeving = { tarieven: readonly TariefRij[]; vandaag: Date; bezet: ReadonlySet<string | null> };

/**
 * The one place a new line is judged (R-DEC-1…3, R-TAR-2/3), for the month form and for an
 * imported WMO323 alike: the line to store with its R-DEC-3 key, or why it cannot be declared.
 */
export function beoordeelRegel(
  t: ToewijzingVoorDeclaratie,
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

// The life-cycle question of the gemeente's check (issue 12, 22), asked by both the queue page and
// the use cases that approve or reject: does this line still wait for a decision?

/** A submitted line waits for the gemeente's decision; approved, rejected and paid lines do not. */
export function wachtOpBeoordeling(status: string): boolean {
  return status === "INGEDIEND";
}

/** How a line was submitted: its number and R-DEC-3 key, what it cancels or belongs to, by whom and when. */
export type Indiening = {
  nummer: string;
  actiefSleutel: string | null;
  creditVanId?: string | null;
  /** ADR 0029: the correction unit the line belongs to. */
  correctieId?: string | null;
  /** A portal user, or null for a line that arrived in an imported WMO323. */
  ingediendDoorId: string | null;
  ingediendOp: Date;
};

/**
 * The columns of a new declaratieregel: the line as judged plus how it was submitted. One factory
 * for the use cases that store lines (src/server/declaraties/intern/opslag.ts) and for the demo
 * seed (prisma/seed/declaraties.ts), so both write the same row; a review comes on top.
 */
export function regelRij(r: NieuweRegel, i: Indiening) {
  return {
    nummer: i.nummer,
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
    actiefSleutel: i.actiefSleutel,
    creditVanId: i.creditVanId ?? null,
    correctieId: i.correctieId ?? null,
    ingediendDoorId: i.ingediendDoorId,
    ingediendOp: i.ingediendOp,
  };
}
