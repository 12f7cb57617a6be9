"use client";

import { useSyncExternalStore } from "react";

const geenAbonnement = () => () => {};

/**
 * "Afdrukken" opens the browser's print dialog (where "opslaan als pdf" is one of the printers).
 * It needs JavaScript, so without it the button is not shown at all; the text around it still
 * says the page can be printed with the browser's own menu.
 */
export function PrintKnop({ children = "Afdrukken of opslaan als pdf" }: { children?: string }) {
  const metScript = useSyncExternalStore(
    geenAbonnement,
    () => true,
    () => false,
  );
  if (!metScript) return null;
  return (
    <button type="button" className="knop knop-secundair niet-printen" onClick={() => window.print()}>
      {children}
    </button>
  );
}
