import { vandaagInNederland } from "../kalender";
import { TERMIJN, werkdagenNa } from "../iwmo/werkdagen";

// The gemeente's answer to a declaratie line (issue 21 item 4, ADR 0030): the WMO325 answer is due
// 10 working days after the 323 was received (standards/iwmo-3.2/regels/reactietermijnen.md,
// OP090x4; the table says "na ontvangst van het 325-bericht", which can only mean the 323 it
// answers). The portal's answer is the line's status (ADR 0020), so a line still INGEDIEND is
// unanswered; the clock starts on the Dutch calendar day the line was received (ingediendOp).

/** The last day the gemeente can approve or reject a line received at `ingediendOp`. */
export function antwoordUiterlijk(ingediendOp: Date): Date {
  return werkdagenNa(vandaagInNederland(ingediendOp), TERMIJN.DECLARATIE_ANTWOORD);
}

/** Late: today (a Dutch calendar day) is past the last day. */
export function isTeLaat(uiterlijk: Date, vandaag: Date): boolean {
  return vandaag > uiterlijk;
}

export type OpenMaand = { maand: string; aantal: number; teLaat: number; eersteUiterlijk: Date };

/** The open lines of every month, oldest month first, with the earliest deadline and how many are late. */
export function openPerMaand(regels: readonly { maand: string; ingediendOp: Date }[], vandaag: Date): OpenMaand[] {
  const per = new Map<string, OpenMaand>();
  for (const r of regels) {
    const uiterlijk = antwoordUiterlijk(r.ingediendOp);
    const m = per.get(r.maand) ?? { maand: r.maand, aantal: 0, teLaat: 0, eersteUiterlijk: uiterlijk };
    m.aantal++;
    if (isTeLaat(uiterlijk, vandaag)) m.teLaat++;
    if (uiterlijk < m.eersteUiterlijk) m.eersteUiterlijk = uiterlijk;
    per.set(r.maand, m);
  }
  return [...per.values()].sort((a, b) => a.maand.localeCompare(b.maand));
}
