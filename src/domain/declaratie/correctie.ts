import { parseUren, type DeclaratieToewijzing, type Lijnstatus, type Weigering } from "./regels";

// Corrections and reversals as one unit (issue 21 items 1, 2, 5, 6; docs/decisions/0029). Pure
// rules; src/server/declaraties stores what they decide.
//
// - A line is never edited. It is cancelled by a credit line (same period, unit and tariff, the
//   volume and amount negated). A credit line and the line that replaces it form ONE unit
//   (`correctieId`): approved, sent back and paid together. A credit without a replacement is a
//   reversal: the aanbieder's (a unit that the gemeente checks) or the gemeente's (decided at once).
// - The portal's form and an imported WMO323 credit by the same rule (`magCrediteren`): any line
//   that is approved or paid and still counts, hours and fixed price alike.

/**
 * May this line be credited (corrected or reversed)? `telt`: the line still holds its R-DEC-3 key
 * (it was not credited by a credit that is waiting or accepted).
 */
export function magCrediteren(status: Lijnstatus, o: { isCredit: boolean; telt: boolean }): true | Weigering {
  if (o.isCredit) return { ok: false, melding: "Een creditregel wordt niet gecorrigeerd." };
  // Item 5: a rejected line had no effect; nothing to cancel, the month is declared again.
  if (status === "AFGEWEZEN") {
    return {
      ok: false,
      melding: "Deze regel is afgewezen en telt niet mee: er valt niets te corrigeren. Declareer de maand opnieuw in het maandoverzicht.",
    };
  }
  if (status === "INGEDIEND") {
    return { ok: false, melding: "Deze regel wacht nog op de controle van de gemeente en kan nu niet gecorrigeerd worden." };
  }
  if (!o.telt) return { ok: false, melding: "Deze regel is al gecorrigeerd of teruggedraaid; corrigeer de nieuwste regel." };
  return true;
}

/** The hours of a correction: 0 means "nothing was worked": the line is reversed as a whole. */
export function parseCorrectieUren(invoer: string): { ok: true; uren: number } | Weigering {
  if (/^\s*0+\s*$/.test(invoer)) return { ok: true, uren: 0 };
  return parseUren(invoer);
}

export const REDEN_MIN = 5;

/** The reason of a reversal: the other side reads it. */
export function parseReden(invoer: string): { ok: true; reden: string } | Weigering {
  const reden = invoer.trim();
  if (reden.length < REDEN_MIN) return { ok: false, melding: "Schrijf waarom de regel wordt teruggedraaid; de andere partij leest het." };
  if (reden.length > 1000) return { ok: false, melding: "Houd de reden korter dan 1000 tekens." };
  return { ok: true, reden };
}

export type BetaalLijn = {
  id: string;
  status: Lijnstatus;
  correctieId: string | null;
  creditVanId: string | null;
  beoordeeldDoorId: string | null;
};

/**
 * Which lines a payment run by `betalerId` takes: whole groups only. Lines are grouped by their
 * correction unit, and a credit line with the line it credits while that one is not paid yet (a
 * credit is never paid before the line it cancels, and a line whose credit is waiting or held
 * is not paid either). A group is paid when every line in it is approved by someone else than the
 * payer (four eyes, ADR 0019). `lijnen` must hold every line linked to an approved one (the
 * server loads the closure); rejected lines have no effect and link nothing.
 */
export function betaalbaar(lijnen: readonly BetaalLijn[], betalerId: string): { ids: string[]; wachtend: number } {
  const ouder = new Map<string, string>();
  const vind = (x: string): string => {
    let r = x;
    while (ouder.get(r) !== r) r = ouder.get(r)!;
    ouder.set(x, r);
    return r;
  };
  const bindt = (a: string, b: string) => ouder.set(vind(a), vind(b));
  const levend = lijnen.filter((l) => l.status !== "AFGEWEZEN");
  const perId = new Map(levend.map((l) => [l.id, l]));
  for (const l of levend) ouder.set(l.id, l.id);
  for (const l of levend) {
    if (l.correctieId) {
      if (!ouder.has(l.correctieId)) ouder.set(l.correctieId, l.correctieId);
      bindt(l.id, l.correctieId);
    }
    const oud = l.creditVanId ? perId.get(l.creditVanId) : undefined;
    if (oud && oud.status !== "BETAALD") bindt(l.id, oud.id);
  }
  const groepen = new Map<string, BetaalLijn[]>();
  for (const l of levend) groepen.set(vind(l.id), [...(groepen.get(vind(l.id)) ?? []), l]);
  const ids: string[] = [];
  let wachtend = 0;
  for (const g of groepen.values()) {
    const open = g.filter((l) => l.status !== "BETAALD");
    if (open.length === 0) continue;
    if (open.every((l) => l.status === "GOEDGEKEURD" && l.beoordeeldDoorId !== betalerId)) ids.push(...open.map((l) => l.id));
    else wachtend += open.filter((l) => l.status === "GOEDGEKEURD").length;
  }
  return { ids, wachtend };
}

/**
 * Item 6: a fixed price that the gemeente should look at again: the traject stopped before its
 * end date, or the price was declared before the first month was over. The stop date goes with it.
 */
export function vastePrijsVlag(
  r: { eenheid: string; creditVanId: string | null; periodeEind: Date; ingediendDag: Date },
  t: Pick<DeclaratieToewijzing, "einddatum" | "beeindigdOp">,
): { gestoptOp: Date | null; voorEindeEersteMaand: boolean } | null {
  if (r.eenheid !== "82" || r.creditVanId !== null) return null;
  const gestoptOp = t.beeindigdOp !== null && t.beeindigdOp < t.einddatum ? t.beeindigdOp : null;
  const voorEindeEersteMaand = r.ingediendDag < r.periodeEind;
  return gestoptOp || voorEindeEersteMaand ? { gestoptOp, voorEindeEersteMaand } : null;
}
