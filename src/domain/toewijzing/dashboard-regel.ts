import { telt, vraagtAandacht, type Termijn } from "./termijnen";

// One row of the gemeente's deadline list (issue 4, issue 11; R-TOE-5, R-EV-1; ADR 0015) and the
// questions the page and the query both ask of it.

/** A start reported more than this many days after the planned start counts as late. */
export const LAAT_GESTART_DAGEN = 14;

/** The summary of a toewijzing's deadlines: late, due within 6 weeks, later, or nothing left. */
export type TermijnStatus = "verlopen" | "binnenkort" | "later" | "gedaan";

export type DashboardRegel = {
  id: string;
  nummer: string;
  inwonerId: string;
  inwoner: string;
  product: string;
  aanbieder: string;
  contactpersoon: string | null;
  startdatum: Date;
  einddatum: Date;
  status: string;
  /** The eindverantwoording's due day (after an early stop possibly earlier, ADR 0015). */
  termijn: Date;
  termijnStatus: TermijnStatus;
  termijnen: Termijn[];
  eindigtBinnenkort: boolean;
  signaal: "nooit-gestart" | "laat-gestart" | null;
};

export function samenvatting(termijnen: Termijn[], vandaag: Date): TermijnStatus {
  if (termijnen.some((t) => t.toestand === "te-laat")) return "verlopen";
  if (termijnen.some((t) => vraagtAandacht(t, vandaag))) return "binnenkort";
  if (termijnen.some(telt)) return "later";
  return "gedaan";
}

/** Does this row need someone now: a late or soon-due deadline, a toewijzing ending soon with work open, or a signal? */
export function vraagtAandachtRegel(r: DashboardRegel): boolean {
  return (
    r.termijnStatus === "verlopen" ||
    r.termijnStatus === "binnenkort" ||
    r.signaal !== null ||
    (r.eindigtBinnenkort && r.termijnStatus !== "gedaan")
  );
}
