import { daysBetween } from "../kalender";

// The life-cycle questions of a toewijzing after it is issued (issue 11, issue 22): one function
// per question, asked by the page (what to offer) and by the use case (what to accept) alike.

type Stand = { status: string; startdatum: Date; einddatum: Date; beeindigdOp: Date | null; gestartOp: Date | null };

/** R-EV-4: a melding may be made only while the toewijzing is gestart, from its start up to its (actual) end. */
export function magMelden(t: Stand, vandaag: Date): boolean {
  if (t.status !== "GESTART") return false;
  const einde = t.beeindigdOp ?? t.einddatum;
  return daysBetween(vandaag, einde) >= 0 && daysBetween(t.gestartOp ?? t.startdatum, vandaag) >= 0;
}

/** Is this toewijzing still running (toegewezen or gestart), so that work on its traject goes on? */
export function isLopend(t: { status: string }): boolean {
  return t.status === "TOEGEWEZEN" || t.status === "GESTART";
}

/** Why no evaluatiegesprek can be planned now, or null when it can. */
export function redenGeenGesprek(t: { status: string; evaluatiegesprekken: { status: string }[] }): string | null {
  if (!isLopend(t)) return "Deze toewijzing is beëindigd; er is geen evaluatiegesprek meer nodig.";
  if (t.evaluatiegesprekken.some((e) => e.status === "VOORGESTELD")) {
    return "Er staat al een voorstel voor het evaluatiegesprek open. Wacht op het antwoord van de contactpersoon.";
  }
  if (t.evaluatiegesprekken.some((e) => e.status === "GEACCEPTEERD" || e.status === "AFGEROND")) {
    return "Het evaluatiegesprek is al gepland en geaccepteerd.";
  }
  return null;
}

/** ADR 0015: the evaluatiegesprek counts as planned once a moment is accepted (or it was held). */
export function gesprekGeaccepteerd(e: { status: string }): boolean {
  return e.status === "GEACCEPTEERD" || e.status === "AFGEROND";
}

/** The gesprek the page shows: the newest that is neither "another moment" nor cancelled. */
export function huidigGesprek<E extends { status: string }>(gesprekken: readonly E[]): E | null {
  return [...gesprekken].reverse().find((e) => e.status !== "ANDER_MOMENT" && e.status !== "GEANNULEERD") ?? null;
}

/** May the contact person answer this proposal (accept, or ask another moment)? */
export function wachtOpAntwoord(e: { status: string }): boolean {
  return e.status === "VOORGESTELD";
}

/** May the outcome of this gesprek be recorded: accepted, and its moment has come. */
export function uitkomstVastTeLeggen(e: { status: string; moment: Date }, nu: Date): boolean {
  return e.status === "GEACCEPTEERD" && e.moment.getTime() <= nu.getTime();
}

export const PLAN_CONFLICT =
  "Iemand anders heeft het ondersteuningsplan intussen gewijzigd. Vernieuw de pagina; je wijziging staat er nog niet in.";

/** Which report the aanbieder can make now: the start while toegewezen, the stop while gestart. */
export function volgendeMelding(t: { status: string }): "start" | "stop" | null {
  if (t.status === "TOEGEWEZEN") return "start";
  if (t.status === "GESTART") return "stop";
  return null;
}

/** The start is not reported yet: no eindverantwoording before the traject began. */
export function startNogTeMelden(t: { status: string }): boolean {
  return volgendeMelding(t) === "start";
}

/** The aanbieder reported the stop (possibly before the end date). */
export function isGestopt(t: { status: string }): boolean {
  return t.status === "BEEINDIGD";
}

/** Only a toewijzing that has not started can be withdrawn; a started one is stopped instead. */
export function magIntrekken(t: { status: string }): boolean {
  return t.status === "TOEGEWEZEN";
}

/** May the page offer an extension: not ingetrokken and not extended already (R-TOE-4, defect 5). */
export function magVerlengen(t: { status: string; verlenging: unknown }): boolean {
  return t.status !== "INGETROKKEN" && !t.verlenging;
}

/** The newest gesprek for which the contact person asked another moment, if any. */
export function laatsteAnderMoment<E extends { status: string }>(gesprekken: readonly E[]): E | null {
  return [...gesprekken].reverse().find((e) => e.status === "ANDER_MOMENT") ?? null;
}

/** Accepted, but its moment has not come yet: the outcome is recorded after the gesprek. */
export function gesprekNogTeHouden(e: { status: string; moment: Date }, nu: Date): boolean {
  return e.status === "GEACCEPTEERD" && e.moment.getTime() > nu.getTime();
}
