import fs from "node:fs";
import path from "node:path";
import type { Postcode } from "@/domain/postcode";
import type { Geocoder, Locatie } from "./geocoder";

export const PC4_BRON = "GeoNames (CC BY 4.0)";

/** Reads "pc4,place,lat,lon" once; 4,064 rows fit comfortably in memory. */
export function leesPc4Bestand(bestand: string): Map<string, Locatie> {
  const regels = fs.readFileSync(path.resolve(bestand), "utf8").split(/\r?\n/);
  const tabel = new Map<string, Locatie>();
  for (const regel of regels.slice(1)) {
    const [pc4, plaats, lat, lon] = regel.split(",");
    if (!pc4 || !plaats || !lat || !lon) continue;
    tabel.set(pc4, { plaats, latitude: Number(lat), longitude: Number(lon), bron: PC4_BRON });
  }
  return tabel;
}

export class Pc4Geocoder implements Geocoder {
  private tabel: Map<string, Locatie> | null = null;
  constructor(private readonly bestand: string) {}

  /** Synchronous lookup, for the seed and for bulk work. */
  zoekPc4(pc4: string): Locatie | null {
    this.tabel ??= leesPc4Bestand(this.bestand);
    return this.tabel.get(pc4) ?? null;
  }

  async zoek(postcode: Postcode): Promise<Locatie | null> {
    return this.zoekPc4(postcode.pc4);
  }

  alle(): Map<string, Locatie> {
    this.tabel ??= leesPc4Bestand(this.bestand);
    return this.tabel;
  }
}
