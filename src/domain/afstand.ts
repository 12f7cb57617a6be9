// Distances on the earth's surface for "werkplekken binnen N km" (R-WP-3, R-WP-4: as local as
// possible). A PC4 centre is within 1–3 km of any address in it: good enough, not for routing.

export type Coordinaat = { latitude: number; longitude: number };

export const AARDSTRAAL_KM = 6371.0088;

const rad = (graden: number) => (graden * Math.PI) / 180;

/** Great-circle distance (haversine) in kilometres. */
export function afstandKm(a: Coordinaat, b: Coordinaat): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The smallest latitude/longitude box that contains every point within `km` of `centrum`. */
export function omhullendeRechthoek(centrum: Coordinaat, km: number) {
  const dLat = (km / AARDSTRAAL_KM) * (180 / Math.PI);
  const dLon = dLat / Math.cos(rad(centrum.latitude));
  return {
    minLatitude: centrum.latitude - dLat,
    maxLatitude: centrum.latitude + dLat,
    minLongitude: centrum.longitude - dLon,
    maxLongitude: centrum.longitude + dLon,
  };
}

const kmFormat = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2,3 km"; under 100 m reads "minder dan 0,1 km". */
export function formatAfstand(km: number): string {
  if (km < 0.05) return "minder dan 0,1 km";
  return `${kmFormat.format(km)} km`;
}
