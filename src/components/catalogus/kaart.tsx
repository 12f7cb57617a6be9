"use client";

import { useEffect, useRef } from "react";
import "leaflet/dist/leaflet.css";

export type KaartPunt = { slug: string; titel: string; plaats: string; latitude: number; longitude: number };

type Props = {
  punten: KaartPunt[];
  centrum: { latitude: number; longitude: number } | null;
  tegelUrl: string;
  tegelBron: string;
  /** The heading and the sentence under it; the catalogue's by default. */
  titel?: string;
  uitleg?: string;
  /** A smaller map (the detail page), zoomed in on its one point. */
  klein?: boolean;
};

const APELDOORN = { latitude: 52.2112, longitude: 5.9699 };

/**
 * The map is an extra: the list beside it is the primary, accessible view and holds every
 * werkplek on the map. Leaflet is loaded in the browser only; without JavaScript the map is
 * simply absent. Tiles come from a configurable URL (PDOK BRT-Achtergrondkaart by default).
 */
export function Kaart({
  punten,
  centrum,
  tegelUrl,
  tegelBron,
  titel = "Kaart",
  uitleg = "De werkplekken van deze pagina op de kaart. Ze staan ook allemaal in de lijst.",
  klein = false,
}: Props) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let kaart: import("leaflet").Map | undefined;
    let afgebroken = false;
    void import("leaflet").then((L) => {
      if (afgebroken || !element.current) return;
      const midden = centrum ?? (klein && punten[0] ? punten[0] : APELDOORN);
      kaart = L.map(element.current, { scrollWheelZoom: false }).setView([midden.latitude, midden.longitude], klein ? 14 : 11);
      L.tileLayer(tegelUrl, { attribution: tegelBron, maxZoom: 19 }).addTo(kaart);
      const lagen = punten.map((p) =>
        L.circleMarker([p.latitude, p.longitude], {
          radius: 8,
          color: "#003c48",
          weight: 2,
          fillColor: "#00596b",
          fillOpacity: 0.85,
        }).bindPopup(() => {
          const a = document.createElement("a");
          a.href = `/werkplekken/${encodeURIComponent(p.slug)}`;
          a.textContent = `${p.titel} (${p.plaats})`;
          return a;
        }),
      );
      if (centrum)
        lagen.push(
          L.circleMarker([centrum.latitude, centrum.longitude], {
            radius: 6,
            color: "#1a1a1a",
            fillColor: "#ffbf47",
            fillOpacity: 1,
          }).bindTooltip("Jouw postcode"),
        );
      const groep = L.featureGroup(lagen).addTo(kaart);
      if (lagen.length > 1) kaart.fitBounds(groep.getBounds(), { padding: [24, 24], maxZoom: 14 });
    });
    return () => {
      afgebroken = true;
      kaart?.remove();
    };
  }, [punten, centrum, tegelUrl, tegelBron, klein]);

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
      />
    </section>
  );
}
