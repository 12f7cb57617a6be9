import Holidays from "date-holidays";
import { addDays, toIsoDate } from "../kalender";

// Working days for the iWmo reply times (standards/iwmo-3.2/regels/reactietermijnen.md): weekends
// and Dutch public holidays are skipped. The holidays come from date-holidays (a maintained data
// set, docs/decisions/0020), only the ones it types "public": Nieuwjaarsdag, Pasen, Koningsdag,
// Hemelvaart, Pinksteren, Kerst. Goede Vrijdag and Bevrijdingsdag are not (the package types them
// "school"): working days, as in most collective agreements outside the lustrum years.

const nl = new Holidays("NL");
const perJaar = new Map<number, Set<string>>();

function feestdagen(jaar: number): Set<string> {
  let s = perJaar.get(jaar);
  if (!s) {
    s = new Set((nl.getHolidays(jaar) ?? []).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    perJaar.set(jaar, s);
  }
  return s;
}

/** Is this calendar date (UTC midnight) a Dutch working day? */
export function isWerkdag(d: Date): boolean {
  const dag = d.getUTCDay();
  if (dag === 0 || dag === 6) return false;
  return !feestdagen(d.getUTCFullYear()).has(toIsoDate(d));
}

/** The date `n` working days after `d` (the day itself does not count). */
export function werkdagenNa(d: Date, n: number): Date {
  let dag = d;
  let over = n;
  while (over > 0) {
    dag = addDays(dag, 1);
    if (isWerkdag(dag)) over--;
  }
  return dag;
}

/** Reply times in working days (reactietermijnen.md). */
export const TERMIJN = {
  /** 305 after the real start; 307 after the real end. */
  START_STOP: 5,
  /** 301 or 319 after receiving a 315/317. */
  ANTWOORD_VERZOEK: 5,
  /** The 325 (declaratie-antwoord, OP090x4) after receiving a 323. */
  DECLARATIE_ANTWOORD: 10,
} as const;

/** "In onderzoek": the final answer within 8 weeks of the verzoek's dagtekening. */
export const ONDERZOEK_WEKEN = 8;

/**
 * The 305's deadline (reactietermijnen.md): 5 working days after the real start or, when the
 * toewijzing reached the aanbieder only later (retroactive), after the 301 was sent (item 13: the
 * day it was sent, in the Netherlands, not the day it was made). `verzonden301`: null while the
 * 301 waits to be sent (then there is no deadline yet); undefined when the toewijzing has no 301.
 */
export function uiterlijk305(gestartOp: Date, verzonden301: Date | null | undefined): Date | null {
  if (verzonden301 === null) return null;
  const basis = verzonden301 && verzonden301 > gestartOp ? verzonden301 : gestartOp;
  return werkdagenNa(basis, TERMIJN.START_STOP);
}

/**
 * The last day of the gemeente's answer to a verzoek (315/317): the day set when it came in (5
 * working days), or, once it is in onderzoek, 8 weeks after the message's dagtekening. One rule for
 * the Berichten page and the reminders (issue 23).
 */
export function verzoekUiterlijk(v: { status: string; uiterlijkAntwoordOp: Date; dagtekening: Date }): Date {
  return v.status === "IN_ONDERZOEK" ? addDays(v.dagtekening, ONDERZOEK_WEKEN * 7) : v.uiterlijkAntwoordOp;
}
