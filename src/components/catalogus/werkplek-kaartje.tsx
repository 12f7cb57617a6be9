"use client";

// A client component only to keep the page light: its data travels once, as props, instead of
// twice (as HTML and again as the server-component payload).
import Link from "next/link";
import { formatAfstand } from "@/domain/afstand";
import type { Zoekresultaat } from "@/server/werkplekken/zoeken";
import { tredeLabels } from "./trede-labels";

type Werkplek = Zoekresultaat["werkplekken"][number];

export function WerkplekKaartje({ w }: { w: Werkplek }) {
  const samenvatting = w.samenvatting.length > 180 ? `${w.samenvatting.slice(0, 177).trimEnd()}…` : w.samenvatting;
  return (
    <article className="bg-[var(--kleur-vlak)] border border-rand-licht rounded-lg p-4">
      <h3 className="text-lg font-bold leading-snug">
        <Link href={`/werkplekken/${w.slug}`}>{w.titel}</Link>
      </h3>
      <p className="text-tekst-zacht">
        {w.aanbieder.naam} · {w.plaats}
        {w.afstandKm !== null && (
          <>
            {" "}
            ·{" "}
            <strong className="text-[var(--kleur-tekst)]" data-afstand>
              {formatAfstand(w.afstandKm)}
            </strong>
          </>
        )}
      </p>
      <p className="mt-2">{samenvatting}</p>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Kenmerken">
        <li className="rounded bg-accent-licht px-2 py-0.5">{w.branche.naam}</li>
        {tredeLabels(w).map((l) => (
          <li key={l} className="rounded bg-accent-licht px-2 py-0.5">
            {l}
          </li>
        ))}
      </ul>
    </article>
  );
}
