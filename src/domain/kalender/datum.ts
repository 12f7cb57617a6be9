import { z } from "zod";
import { addDays, calendarDate } from "./calendar-date";
import { inNederland } from "./zone";

// One strict date parser for every date field of the portal (issue 8, defect 7): only days that
// exist ("2026-02-30" is refused, never rolled over to 2 March), only years in a plausible range
// per field, and "today" is the calendar day in the Netherlands, not in UTC.
//
// Accepted forms: 2026-03-01 (what <input type="date"> sends) and 1-3-2026, 01-03-2026,
// 1/3/2026, 1.3.2026 (what people type when the browser shows a text field).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NL = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** The earliest and latest year any date field accepts; each field narrows this. */
export const EERSTE_JAAR = 1900;
export const LAATSTE_JAAR = 2100;

/** "2026-03-01" or "1-3-2026" → that calendar day (a Date at 00:00 UTC); null when no such day. */
export function parseDatum(invoer: string): Date | null {
  const s = invoer.trim();
  const nl = NL.exec(s);
  const iso = nl ? `${nl[3]}-${nl[2]!.padStart(2, "0")}-${nl[1]!.padStart(2, "0")}` : s;
  const m = ISO.exec(iso);
  if (!m) return null;
  const jaar = Number(m[1]);
  if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) return null;
  try {
    return calendarDate(iso);
  } catch {
    return null;
  }
}

/** Today's calendar day in the Netherlands (between 00:00 and 02:00 Dutch time UTC is still yesterday). */
export function vandaagInNederland(nu: Date = new Date()): Date {
  const k = inNederland(nu);
  return calendarDate(`${String(k.jaar).padStart(4, "0")}-${String(k.maand).padStart(2, "0")}-${String(k.dag).padStart(2, "0")}`);
}

// The year in the Netherlands: huidigJaar in ./jaar.ts.

export type DatumBereik = {
  /** The earliest day allowed (inclusive), or a function of today. */
  vanaf?: Date | ((vandaag: Date) => Date);
  /** The latest day allowed (inclusive), or a function of today. */
  totEnMet?: Date | ((vandaag: Date) => Date);
  /** Said when the day is outside the range. */
  buitenBereik: string;
};

const grens = (g: Date | ((vandaag: Date) => Date) | undefined, vandaag: Date) => (typeof g === "function" ? g(vandaag) : g);

type DatumOpties = DatumBereik & {
  /** Said when the field is empty. */
  leeg: string;
  /** Said when the text is not an existing day. */
  ongeldig?: string;
};

function datumTransform(o: DatumOpties, leegToegestaan: boolean) {
  return (v: string, ctx: z.RefinementCtx): Date | null => {
    if (v === "") {
      if (leegToegestaan) return null;
      ctx.addIssue({ code: "custom", message: o.leeg });
      return z.NEVER;
    }
    const d = parseDatum(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: o.ongeldig ?? "Vul een bestaande datum in, bijvoorbeeld 15-03-2026." });
      return z.NEVER;
    }
    const vandaag = vandaagInNederland();
    const van = grens(o.vanaf, vandaag);
    const tot = grens(o.totEnMet, vandaag);
    if ((van && d < van) || (tot && d > tot)) {
      ctx.addIssue({ code: "custom", message: o.buitenBereik });
      return z.NEVER;
    }
    return d;
  };
}

const tekst = z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().max(40).trim());

/** A required date field → a calendar day. */
export function datumVeld(o: DatumOpties) {
  return tekst.transform(datumTransform(o, false) as (v: string, ctx: z.RefinementCtx) => Date);
}

/** An optional date field → a calendar day or null when left empty. */
export function optioneleDatumVeld(o: Omit<DatumOpties, "leeg">) {
  return tekst.transform(datumTransform({ ...o, leeg: "" }, true));
}

/** Common ranges. */
export const BEREIK = {
  /** A birth date: not in the future, not before 1900. */
  geboortedatum: {
    vanaf: calendarDate("1900-01-01"),
    totEnMet: (v: Date) => v,
    buitenBereik: "Een geboortedatum ligt tussen 1900 en vandaag.",
  },
  /** Something that happened: not in the future, not before 2000. */
  verleden: { vanaf: calendarDate("2000-01-01"), totEnMet: (v: Date) => v, buitenBereik: "Deze datum kan niet in de toekomst liggen." },
  /** A date in a contract or a toewijzing: 2000 up to 2100. */
  looptijd: {
    vanaf: calendarDate("2000-01-01"),
    totEnMet: calendarDate("2100-12-31"),
    buitenBereik: "Vul een datum in tussen 2000 en 2100.",
  },
  /** Today or within the next year (a start or stop being reported). */
  rondVandaag: {
    vanaf: calendarDate("2000-01-01"),
    totEnMet: (v: Date) => addDays(v, 366),
    buitenBereik: "Deze datum ligt te ver in de toekomst.",
  },
} satisfies Record<string, DatumBereik>;
