import { daysBetween } from "../kalender";
import type { ToewijzingStatus } from "./overlap";

/**
 * Issue 21 item 18 (ADR 0033): a toewijzing ends at its end date, whether or not the aanbieder
 * reported a stop. "Afgelopen" is derived from the date (Europe/Amsterdam today), never stored:
 * the stored status stays toegewezen or gestart, so the aanbieder can still report the start and
 * stop that happened, and an iWmo 305/307 for it is still accepted.
 */
export type WeergaveStatus = ToewijzingStatus | "AFGELOPEN";

export const STATUS_TOEWIJZING: Record<WeergaveStatus, string> = {
  TOEGEWEZEN: "Toegewezen, nog niet gestart",
  GESTART: "Gestart",
  BEEINDIGD: "Beëindigd",
  INGETROKKEN: "Ingetrokken",
  AFGELOPEN: "Afgelopen (de einddatum is voorbij)",
};

/** Still running on `vandaag`: toegewezen or gestart, and its end date not passed. */
export function looptNog(t: { status: string; einddatum: Date }, vandaag: Date): boolean {
  return (t.status === "TOEGEWEZEN" || t.status === "GESTART") && daysBetween(t.einddatum, vandaag) <= 0;
}

/** The status to show and to filter on: toegewezen or gestart after the end date is afgelopen. */
export function weergaveStatus<S extends ToewijzingStatus>(t: { status: S; einddatum: Date }, vandaag: Date): S | "AFGELOPEN" {
  return (t.status === "TOEGEWEZEN" || t.status === "GESTART") && !looptNog(t, vandaag) ? "AFGELOPEN" : t.status;
}
