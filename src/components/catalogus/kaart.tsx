"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { KaartProps } from "./kaart-props";

type Props = KaartProps & {
  /** The heading and the sentence under it; the catalogue's by default. */
  titel?: string;
  uitleg?: string;
};

const KaartLeaflet = dynamic(() => import("./kaart-leaflet"), { ssr: false });

/**
 * The map is an extra: the list beside it is the primary, accessible view and holds every
 * werkplek on the map. Without JavaScript the map is simply absent. Leaflet (script and
 * stylesheet) is loaded only once the map area enters the viewport, so neither the first paint
 * nor the first seconds of a page wait for it (on a phone the detail page's map sits just below
 * the first screen: a margin of 200 px loaded Leaflet during the page load, a 140 ms task). Tiles come from a configurable URL (PDOK BRT-Achtergrondkaart by
 * default).
 */
export function Kaart({
  titel = "Kaart",
  uitleg = "De werkplekken van deze pagina op de kaart. Ze staan ook allemaal in de lijst.",
  klein = false,
  ...kaart
}: Props) {
  const element = useRef<HTMLDivElement>(null);
  const [inBeeld, setInBeeld] = useState(false);

  useEffect(() => {
    const el = element.current;
    if (!el || inBeeld) return;
    const waarnemer = new IntersectionObserver(
      (waarnemingen) => {
        if (waarnemingen.some((w) => w.isIntersecting)) {
          setInBeeld(true);
          waarnemer.disconnect();
        }
      },
      { rootMargin: "0px" },
    );
    waarnemer.observe(el);
    return () => waarnemer.disconnect();
  }, [inBeeld]);

  return (
    <section aria-labelledby="kaart-titel" className="niet-printen">
      <h2 id="kaart-titel" className="font-bold mb-1">
        {titel}
      </h2>
      <p className="text-sm text-tekst-zacht mb-2">{uitleg}</p>
      <div
        ref={element}
        className={`${klein ? "h-48" : "h-80"} w-full rounded-lg border border-rand-licht bg-accent-licht`}
        role="region"
        aria-label="Kaart met werkplekken"
      >
        {inBeeld && <KaartLeaflet {...kaart} klein={klein} />}
      </div>
    </section>
  );
}
