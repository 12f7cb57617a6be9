import type { Coordinaat } from "@/domain/afstand";
import type { Postcode } from "@/domain/postcode";

export type Locatie = Coordinaat & { plaats: string; bron: string };

/**
 * Turns a postcode into coordinates. The default reads the GeoNames PC4 file shipped with the
 * project (offline, CC BY 4.0); production may plug in PDOK's Locatieserver for full postcodes.
 */
export interface Geocoder {
  zoek(postcode: Postcode): Promise<Locatie | null>;
}
