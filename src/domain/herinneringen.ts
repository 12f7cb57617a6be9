import { daysBetween, toIsoDate } from "./kalender";
import { formatDatum } from "./format";

// Deadline reminders (issue 23, docs/decisions/0042). The deadlines themselves are computed where
// they always were (src/domain/toewijzing/termijnen.ts, src/domain/declaratie/termijn.ts, the iWmo
// reactietermijnen); this file only says which reminder stage a due day is in and how the daily
// digest reads. A reminder names the toewijzing's number or the message's description, never an
// inwoner.

/** Two weeks before: 1 to 14 days ahead. */
export const VOORAF_DAGEN = 14;

export type Fase = "twee-weken" | "vandaag" | "te-laat";

export const FASE_TEKST: Record<Fase, string> = {
  "te-laat": "Te laat",
  vandaag: "Vandaag de laatste dag",
  "twee-weken": "Binnen twee weken",
};

/** The stage of a deadline due on `uiterlijk` (a calendar day) on `vandaag`; null: too far ahead. */
export function faseVan(vandaag: Date, uiterlijk: Date): Fase | null {
  const dagen = daysBetween(vandaag, uiterlijk);
  if (dagen < 0) return "te-laat";
  if (dagen === 0) return "vandaag";
  return dagen <= VOORAF_DAGEN ? "twee-weken" : null;
}

export type HerinneringRegel = { fase: Fase; wat: string; uiterlijk: Date; pad: string };

/** The digest of one person's reminders of one day: late first, then today, then the coming two weeks. */
export function digestTekst(naam: string, regels: readonly HerinneringRegel[], link: (pad: string) => string): string {
  const volgorde: Fase[] = ["te-laat", "vandaag", "twee-weken"];
  const delen: string[] = [`Beste ${naam},`, "", "Dit zijn de termijnen in het Werkt Mee-portaal die je aandacht vragen."];
  for (const fase of volgorde) {
    const bij = regels.filter((r) => r.fase === fase).sort((a, b) => a.uiterlijk.getTime() - b.uiterlijk.getTime());
    if (!bij.length) continue;
    delen.push("", `${FASE_TEKST[fase]}:`);
    for (const r of bij) delen.push(`- ${r.wat}, uiterlijk ${formatDatum(r.uiterlijk)}: ${link(r.pad)}`);
  }
  delen.push(
    "",
    "Je krijgt van elke termijn twee weken vooraf, op de dag zelf en als hij verlopen is één herinnering, en hoogstens één e-mail per dag.",
    `Wil je deze e-mails niet meer? Zet ze uit op ${link("/mijn/herinneringen")}.`,
    "",
    "Met vriendelijke groet,",
    "Apeldoorn Werkt Mee",
  );
  return delen.join("\n");
}

export function digestOnderwerp(regels: readonly HerinneringRegel[]): string {
  const teLaat = regels.filter((r) => r.fase === "te-laat").length;
  const n = regels.length;
  const basis = `Werkt Mee: ${n} ${n === 1 ? "termijn vraagt" : "termijnen vragen"} je aandacht`;
  return teLaat ? `${basis} (${teLaat} te laat)` : basis;
}

/** A stable key of a calendar day, for deadlines keyed by their due day. */
export const dagSleutel = (d: Date) => toIsoDate(d);
