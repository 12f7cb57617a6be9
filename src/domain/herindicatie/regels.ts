// The rules a herindicatieverzoek must meet, whether it comes from the portal's form or as a
// WMO317 (issue 21, item 11; ADR 0016): one open request at a time, on a running toewijzing, on
// the last period of a chain.

import { looptNog } from "../toewijzing/status";

export type HerindicatieDoel = {
  status: string;
  /** The verlenging that continues this period, when there is one. */
  verlenging: { nummer: string } | null;
  /** Whether a request on it still waits for a decision. */
  openVerzoek: boolean;
  /** The end date and today (Europe/Amsterdam): after its end date a toewijzing no longer runs (item 18). */
  einddatum: Date;
  vandaag: Date;
};

/** Why no herindicatie can be requested on this toewijzing, or null when it can. */
export function herindicatieBeletsel(t: HerindicatieDoel): string | null {
  if (t.verlenging) return `Deze toewijzing is al verlengd met ${t.verlenging.nummer}. Vraag een herindicatie aan bij de laatste periode.`;
  if (!looptNog(t, t.vandaag))
    return "Een herindicatie vraag je aan voor een lopende toewijzing. Na een stop beslist de gemeente over een nieuwe toewijzing.";
  if (t.openVerzoek) return "Er is al een herindicatieverzoek dat op een besluit wacht. Er kan er maar één tegelijk open staan.";
  return null;
}

/** A herindicatieverzoek still waiting for the gemeente's decision. */
export function wachtOpBesluit(h: { status: string }): boolean {
  return h.status === "INGEDIEND";
}
