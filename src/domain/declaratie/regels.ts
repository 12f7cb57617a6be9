import { formatDatum } from "../format";
import { addDays, assertCalendarDate, calendarDate, daysBetween } from "../kalender";
import { geenTariefMelding, tariefVoorDatum, type TariefRij } from "../toewijzing/tarief";

// Declaraties (issue 12, RULES §3 and §6, docs/decisions/0019). Pure rules; the server loads the
// toewijzing, the tariffs and the lines already declared, and stores what these functions return.
//
// A line is one WMO323 prestatie: one toewijzing, one period inside ONE calendar month (so it can
// never span two years, and one tariff year always applies), a whole volume of one iWmo unit
// (WJ756: 04 uur for op-trede, 82 stuks for ontwikkeling) and amount = volume × tariff in cents.

export const EENHEID_UUR = "04";
export const EENHEID_STUKS = "82";

const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMaand(s: string): boolean {
  return MAAND.test(s);
}

/** The first and last day of a calendar month "YYYY-MM". */
export function maandGrenzen(maand: string): { eerste: Date; laatste: Date } {
  const m = MAAND.exec(maand);
  if (!m) throw new Error(`Geen maand: ${maand}`);
  const eerste = calendarDate(`${m[1]}-${m[2]}-01`);
  const volgende =
    Number(m[2]) === 12
      ? calendarDate(`${Number(m[1]) + 1}-01-01`)
      : calendarDate(`${m[1]}-${String(Number(m[2]) + 1).padStart(2, "0")}-01`);
  return { eerste, laatste: addDays(volgende, -1) };
}

/** The month "YYYY-MM" of a calendar date. */
export function maandVan(d: Date): string {
  assertCalendarDate(d);
  return d.toISOString().slice(0, 7);
}

/** "2026-03" → "maart 2026". */
export function maandNaam(maand: string): string {
  const { eerste } = maandGrenzen(maand);
  return formatDatum(eerste).replace(/^1 /, "");
}

/** The month before / after "YYYY-MM". */
export function volgendeMaand(maand: string, stap: number): string {
  const [j, m] = maand.split("-").map(Number) as [number, number];
  const n = j * 12 + (m - 1) + stap;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** What the rules need of a toewijzing. Dates are calendar dates. */
export type DeclaratieToewijzing = {
  productCode: string;
  productNaam: string;
  categorie: "ONTWIKKELING" | "OP_TREDE" | "ORIENTATIE" | "BEGELEIDING_GROEP";
  status: "TOEGEWEZEN" | "GESTART" | "BEEINDIGD" | "INGETROKKEN";
  startdatum: Date;
  einddatum: Date;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  urenPerWeek: number | null;
  /** R-TOE-4: an extension period of an earlier one. */
  isVerlenging: boolean;
};

export type Periode = { periodeStart: Date; periodeEind: Date; dagen: number };

export type Weigering = { ok: false; melding: string };

/**
 * R-DEC-3 and R-TOE-3: the part of the month inside the toewijzing, from the reported start (never
 * before it) to the stop or the end date. Null when nothing of the month lies inside.
 */
export function periodeInMaand(
  t: Pick<DeclaratieToewijzing, "startdatum" | "einddatum" | "gestartOp" | "beeindigdOp">,
  maand: string,
): Periode | null {
  const { eerste, laatste } = maandGrenzen(maand);
  const begin = t.gestartOp && t.gestartOp > t.startdatum ? t.gestartOp : t.startdatum;
  const eind = t.beeindigdOp && t.beeindigdOp < t.einddatum ? t.beeindigdOp : t.einddatum;
  const periodeStart = begin > eerste ? begin : eerste;
  const periodeEind = eind < laatste ? eind : laatste;
  if (periodeStart > periodeEind) return null;
  return { periodeStart, periodeEind, dagen: daysBetween(periodeStart, periodeEind) + 1 };
}

/**
 * R-DEC-1: the allocated extent for a period of `dagen` consecutive days (ADR 0030): the most a
 * regular weekly schedule within the hours per week can reach in it. In n days every weekday occurs
 * ⌊n/7⌋ or ⌈n/7⌉ times, so a schedule with at most `urenPerWeek` a week reaches at most
 * urenPerWeek × ⌈n/7⌉ (all hours on a weekday that occurs most often), and that schedule reaches it.
 * So a regular week within the allocation is never flagged, and no hour above it goes unflagged.
 * The portal's form, the WMO323 import and the outgoing 323 all use this one computation.
 */
export function omvangInUren(urenPerWeek: number, dagen: number): number {
  return Math.floor(urenPerWeek * Math.ceil(dagen / 7));
}

/** Whole hours typed in a field: "12" → 12; a half hour, text or a negative number → a message. */
export function parseUren(invoer: string): { ok: true; uren: number } | Weigering {
  const t = invoer.trim();
  if (/^\d+[,.]\d+$/.test(t)) {
    return { ok: false, melding: "Vul hele uren in. Declareer alleen volledig gewerkte uren (de eenheid van de toewijzing is uur)." };
  }
  if (!/^\d+$/.test(t)) return { ok: false, melding: "Vul het aantal gewerkte uren in als heel getal, bijvoorbeeld 40." };
  const uren = Number(t);
  if (uren === 0) return { ok: false, melding: "Vul meer dan 0 uur in, of laat het veld leeg als er niet is gewerkt." };
  // A month has at most 31 × 24 hours; anything above is a typing error.
  if (uren > 744) return { ok: false, melding: "Zoveel uren passen niet in één maand." };
  return { ok: true, uren };
}

export type Regel = {
  maand: string;
  periodeStart: Date;
  periodeEind: Date;
  volume: number;
  eenheid: string;
  tariefCent: number;
  bedragCent: number;
  bovenOmvang: boolean;
  reden: string | null;
  omvang: number | null;
};

/** Can anything be declared for this toewijzing yet? Only after its start was reported. */
function gestart(t: DeclaratieToewijzing): Weigering | null {
  if (t.status === "INGETROKKEN") return { ok: false, melding: "Deze toewijzing is ingetrokken; er valt niets te declareren." };
  if (!t.gestartOp || t.status === "TOEGEWEZEN")
    return { ok: false, melding: "Meld eerst de start van deze toewijzing; daarna kun je declareren." };
  return null;
}

/**
 * R-DEC-1, R-DEC-3, R-TAR-2: one op-trede line for one month. `vandaag` is the Dutch calendar day:
 * a month can be declared once its last day in the toewijzing has come (hours actually worked).
 * `alGedeclareerd`: a line for this toewijzing and month still counts (not rejected, not credited).
 */
export function opTredeRegel(o: {
  toewijzing: DeclaratieToewijzing;
  maand: string;
  uren: number;
  reden: string;
  tarieven: readonly TariefRij[];
  vandaag: Date;
  alGedeclareerd: boolean;
}): ({ ok: true } & Regel) | Weigering {
  const { toewijzing: t, maand, uren } = o;
  if (t.categorie !== "OP_TREDE") return { ok: false, melding: "Uren declareer je alleen bij een werkplek op trede 3 of 4." };
  const niet = gestart(t);
  if (niet) return niet;
  const periode = periodeInMaand(t, maand);
  if (!periode) return { ok: false, melding: "Deze maand valt buiten de periode van de toewijzing." }; // R-DEC-3
  if (periode.periodeEind > o.vandaag) {
    return { ok: false, melding: `Declareer deze maand vanaf ${formatDatum(periode.periodeEind)}, als de uren gewerkt zijn.` };
  }
  if (o.alGedeclareerd) {
    return { ok: false, melding: "Voor deze maand is al gedeclareerd. Corrigeer de ingediende regel als er iets niet klopt." }; // R-DEC-3
  }
  // R-TAR-2: the year of the month (a line is one month, so one year).
  const tarief = tariefVoorDatum(o.tarieven, t.productCode, periode.periodeStart);
  if (!tarief) {
    const jaar = periode.periodeStart.getUTCFullYear();
    return {
      ok: false,
      melding: `${geenTariefMelding(jaar, t.productNaam)} Uren uit ${jaar} kunnen pas gedeclareerd worden als dat tarief er is.`,
    };
  }
  const omvang = t.urenPerWeek === null ? null : omvangInUren(t.urenPerWeek, periode.dagen);
  const bovenOmvang = omvang !== null && uren > omvang;
  const reden = o.reden.trim();
  if (bovenOmvang && reden.length < 5) {
    return {
      ok: false,
      melding: `${uren} uur is meer dan de toegewezen ${omvang} uur voor deze periode. Geef een reden; de gemeente ziet de regel dan gemarkeerd.`,
    }; // R-DEC-1
  }
  return {
    ok: true,
    maand,
    ...periode,
    volume: uren,
    eenheid: EENHEID_UUR,
    tariefCent: tarief.bedragCent,
    bedragCent: uren * tarief.bedragCent,
    bovenOmvang,
    reden: bovenOmvang ? reden.slice(0, 1000) : null,
    omvang,
  };
}

/**
 * R-DEC-2: the fixed price of an ontwikkeling traject, once per traject. An extension period
 * declares nothing: the price is "voor het gehele traject" and the one extension (R-TOE-4) is part
 * of it (ADR 0019). The line's period is the start month; the tariff is the start year's (the
 * traject is priced when it starts, see src/domain/toewijzing/tarief.ts).
 */
export function vastePrijsRegel(o: {
  toewijzing: DeclaratieToewijzing;
  tarieven: readonly TariefRij[];
  alGedeclareerd: boolean;
}): ({ ok: true } & Regel) | Weigering {
  const t = o.toewijzing;
  if (t.categorie !== "ONTWIKKELING") return { ok: false, melding: "Een vaste prijs declareer je alleen bij een ontwikkeltraject." };
  if (t.isVerlenging) {
    return {
      ok: false,
      melding: "Een verlenging van een ontwikkeltraject wordt niet apart gedeclareerd: de vaste prijs geldt voor het hele traject.",
    };
  }
  const niet = gestart(t);
  if (niet) return niet;
  if (o.alGedeclareerd) return { ok: false, melding: "De vaste prijs van dit traject is al gedeclareerd. Dat kan één keer per traject." };
  const start = t.gestartOp!;
  const maand = maandVan(start);
  const periode = periodeInMaand(t, maand)!;
  const tarief = tariefVoorDatum(o.tarieven, t.productCode, start);
  if (!tarief) {
    const jaar = start.getUTCFullYear();
    return {
      ok: false,
      melding: `${geenTariefMelding(jaar, t.productNaam)} De vaste prijs kan pas gedeclareerd worden als dat tarief er is.`,
    };
  }
  return {
    ok: true,
    maand,
    ...periode,
    volume: 1,
    eenheid: EENHEID_STUKS,
    tariefCent: tarief.bedragCent,
    bedragCent: tarief.bedragCent,
    bovenOmvang: false,
    reden: null,
    omvang: null,
  };
}

/** The unique key of the line that counts (R-DEC-3): one per toewijzing and month, one per traject. */
export function actiefSleutel(categorie: DeclaratieToewijzing["categorie"], toewijzingId: string, maand: string): string {
  return categorie === "ONTWIKKELING" ? `traject:${toewijzingId}` : `${toewijzingId}:${maand}`;
}

export type Lijnstatus = "INGEDIEND" | "GOEDGEKEURD" | "AFGEWEZEN" | "BETAALD";

/** The credit line of a line: the same period, unit and tariff, the volume and amount negated. */
export function creditVan<T extends { volume: number; tariefCent: number; bedragCent: number }>(r: T): T {
  return { ...r, volume: -r.volume, bedragCent: -r.bedragCent };
}

/** "DR-2026-000001": the line's iWmo reference. */
export function maakDeclaratienummer(jaar: number, volgnummer: number): string {
  return `DR-${jaar}-${String(volgnummer).padStart(6, "0")}`;
}

/** "BR-2026-0001": a payment run's reference. */
export function maakBetaalrunReferentie(jaar: number, volgnummer: number): string {
  return `BR-${jaar}-${String(volgnummer).padStart(4, "0")}`;
}

/** What the gemeente's queue flags, checked again at review time against the toewijzing as it is now. */
export function vlaggen(
  r: { periodeStart: Date; periodeEind: Date; bovenOmvang: boolean; volume: number },
  t: Pick<DeclaratieToewijzing, "startdatum" | "einddatum" | "gestartOp" | "beeindigdOp">,
): { bovenOmvang: boolean; buitenPeriode: boolean; naStop: boolean } {
  const begin = t.gestartOp && t.gestartOp > t.startdatum ? t.gestartOp : t.startdatum;
  return {
    bovenOmvang: r.bovenOmvang,
    buitenPeriode: r.periodeStart < begin || r.periodeEind > t.einddatum,
    naStop: t.beeindigdOp !== null && r.periodeEind > t.beeindigdOp && t.beeindigdOp < t.einddatum,
  };
}

export const STATUS_NAAM: Record<Lijnstatus, string> = {
  INGEDIEND: "Ingediend",
  GOEDGEKEURD: "Goedgekeurd",
  AFGEWEZEN: "Afgewezen",
  BETAALD: "Betaald",
};
