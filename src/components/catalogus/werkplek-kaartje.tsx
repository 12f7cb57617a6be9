"use client";

import Link from "next/link";
import { formatAfstand } from "@/domain/afstand";

// A client component only to keep the page light: its data travels once, as these few props,
// instead of twice (as HTML and again as the server-component payload).

export type Kaartje = {
  slug: string;
  titel: string;
  /** At most 180 characters, cut by the page. */
  samenvatting: string;
  /** "Aanbieder · Plaats" */
  bij: string;
  /** Branche first, then trede and ontwikkeling. */
  kenmerken: string[];
  afstandKm: number | null;
};

export function WerkplekKaartje({ w }: { w: Kaartje }) {
  return (
    <article className="kaartje">
      <h3 className="text-lg font-bold leading-snug">
        <Link href={`/werkplekken/${w.slug}`}>{w.titel}</Link>
      </h3>
      <p className="text-tekst-zacht">
        {w.bij}
        {w.afstandKm !== null && (
          <>
            {" · "}
            <strong className="text-[var(--kleur-tekst)]" data-afstand>
              {formatAfstand(w.afstandKm)}
            </strong>
          </>
        )}
      </p>
      <p className="mt-2">{w.samenvatting}</p>
      <ul className="kenmerken" aria-label="Kenmerken">
        {w.kenmerken.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </article>
  );
}
