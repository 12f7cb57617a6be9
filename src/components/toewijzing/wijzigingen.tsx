import { formatDatum } from "@/domain/format";
import { redenWijzigingLabel } from "@/domain/toewijzing/wijziging";

// Issue 11: what the gemeente changed about a toewijzing's end (model ToewijzingWijziging), for
// both sides: the beschikking page and the aanbieder's list (and its detail page, which may
// include this). A server component without data access: the caller passes the rows, newest last.

export type Wijziging = {
  id: string;
  soort: "BEEINDIGD_DOOR_GEMEENTE" | "EINDDATUM_GECORRIGEERD";
  oudeEinddatum: Date;
  nieuweEinddatum: Date;
  reden: string;
  redenWijziging: string;
  createdAt: Date;
};

function zin(w: Wijziging, vandaag: Date): string {
  if (w.soort === "EINDDATUM_GECORRIGEERD") {
    return `Einddatum gecorrigeerd van ${formatDatum(w.oudeEinddatum)} naar ${formatDatum(w.nieuweEinddatum)}`;
  }
  return w.nieuweEinddatum.getTime() < vandaag.getTime()
    ? `Beëindigd door de gemeente per ${formatDatum(w.nieuweEinddatum)}`
    : `De gemeente beëindigt deze toewijzing: eindigt op ${formatDatum(w.nieuweEinddatum)}`;
}

/** Nothing when there are no changes. `vandaag`: the Dutch calendar day (vandaagInNederland). */
export function ToewijzingWijzigingen({
  wijzigingen,
  vandaag,
  label,
}: {
  wijzigingen: readonly Wijziging[];
  vandaag: Date;
  label: string;
}) {
  if (wijzigingen.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-2 space-y-2">
      {wijzigingen.map((w) => (
        <li key={w.id} className="border-l-4 border-rand-licht pl-3">
          <strong className="block">{zin(w, vandaag)}</strong>
          <span className="block text-sm">
            Reden: {redenWijzigingLabel(w.redenWijziging)} (op {formatDatum(w.createdAt)}). {w.reden}
          </span>
        </li>
      ))}
    </ul>
  );
}
