// What a rule check reports. `regel` is the id from shared/domain/RULES.md, so a message on screen,
// a log line and the rule text can be matched. A Fout blocks the toewijzing; a Waarschuwing is
// shown but does not block.

export type RegelId =
  | "R-LAD-3" // the inwoner's current trede
  | "R-PRD" // the product table of RULES §2: duration, verlenging kind
  | "R-PRD-1" // 18 up to the AOW age
  | "R-PRD-2" // start trede
  | "R-PRD-3" // combinations and overlaps
  | "R-AOW-1" // AOW table
  | "R-TAR-1" // tariff per product per year
  | "R-TAR-2" // tariff of the year of delivery
  | "R-TOE-1" // mandate
  | "R-TOE-3" // dates and extent of a toewijzing
  | "R-TOE-4" // verlenging
  | "R-IWMO"; // iWmo mapping

/** The form field a Fout belongs to; absent for a problem with the toewijzing as a whole. */
export type ToewijzingVeld = "productCode" | "startdatum" | "einddatum" | "urenPerWeek" | "werkplekId" | "aanbiederId";

export type Fout = { regel: RegelId; veld?: ToewijzingVeld; melding: string };
export type Waarschuwing = { regel: RegelId; melding: string };

/** [2] → "2", [2, 3] → "2 of 3", [2, 3, 4] → "2, 3 of 4" */
export function opsomming(items: readonly (string | number)[], laatsteVoegwoord = "of"): string {
  const teksten = items.map(String);
  if (teksten.length <= 1) return teksten.join("");
  return `${teksten.slice(0, -1).join(", ")} ${laatsteVoegwoord} ${teksten.at(-1)}`;
}
