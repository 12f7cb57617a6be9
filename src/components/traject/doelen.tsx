import { DOEL_SOORT_NAAM } from "@/domain/toewijzing/traject-invoer";

/** The goals of an ondersteuningsplan, read-only (issue 11). */
export function Doelen({ doelen }: { doelen: { id: string; soort: keyof typeof DOEL_SOORT_NAAM; omschrijving: string }[] }) {
  if (doelen.length === 0) return <p>Er zijn geen doelen vastgelegd.</p>;
  return (
    <ol className="list-decimal pl-6 mb-4">
      {doelen.map((d) => (
        <li key={d.id}>
          <strong>{DOEL_SOORT_NAAM[d.soort]}</strong>: {d.omschrijving}
        </li>
      ))}
    </ol>
  );
}
