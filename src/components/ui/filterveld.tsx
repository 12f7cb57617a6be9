import type { ReactNode } from "react";

/**
 * One labelled field of a GET filter form (month, year, aanbieder, status): the label above the
 * field, and never wider than the screen, however long an option is.
 */
export function Filterveld({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 max-w-full">
      <label htmlFor={id} className="block font-bold mb-1">
        {label}
      </label>
      {children}
    </div>
  );
}
