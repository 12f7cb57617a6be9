"use client";

import { useEffect, useRef } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { KaartProps } from "./kaart-props";

const APELDOORN = { latitude: 52.2112, longitude: 5.9699 };

/**
 * Leaflet itself, with its stylesheet: a separate chunk that the shell in kaart.tsx loads only
 * when the map comes into view, so a page whose map is never seen never downloads it.
 */
export default function KaartLeaflet({ punten, centrum, tegelUrl, tegelBron, klein = false }: KaartProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const midden = centrum ?? (klein && punten[0] ? punten[0] : APELDOORN);
    const kaart = L.map(element.current, { scrollWheelZoom: false }).setView([midden.latitude, midden.longitude], klein ? 14 : 11);
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
    return () => {
      kaart.remove();
    };
  }, [punten, centrum, tegelUrl, tegelBron, klein]);

  return <div ref={element} className="h-full w-full rounded-lg" />;
}
