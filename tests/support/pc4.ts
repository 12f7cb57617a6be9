import fs from "node:fs";

/** Reads the shipped GeoNames PC4 file independently of the app's geocoder, for test oracles. */
export function pc4Tabel(): Map<string, { plaats: string; latitude: number; longitude: number }> {
  const tabel = new Map<string, { plaats: string; latitude: number; longitude: number }>();
  for (const regel of fs.readFileSync("data/nl-pc4.csv", "utf8").split("\n").slice(1)) {
    const [pc4, plaats, lat, lon] = regel.trim().split(",");
    if (pc4 && plaats && lat && lon) tabel.set(pc4, { plaats, latitude: Number(lat), longitude: Number(lon) });
  }
  return tabel;
}

/** Haversine written out again on purpose: the oracle must not share code with the app. */
export function kmTussen(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = (x: number) => (x * Math.PI) / 180;
  const h =
    Math.sin(r(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(r(a.latitude)) * Math.cos(r(b.latitude)) * Math.sin(r(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
