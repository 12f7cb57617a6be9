// What the map shell (kaart.tsx) hands to Leaflet (kaart-leaflet.tsx): its own module, so the
// lazily loaded chunk does not import the shell that loads it.

export type KaartPunt = { slug: string; titel: string; plaats: string; latitude: number; longitude: number };

export type KaartProps = {
  punten: KaartPunt[];
  centrum: { latitude: number; longitude: number } | null;
  tegelUrl: string;
  tegelBron: string;
  /** A smaller map (the detail page), zoomed in on its one point. */
  klein?: boolean;
};
