import "server-only";
import { env } from "../env";
import type { Geocoder } from "./geocoder";
import { Pc4Geocoder } from "./pc4-geocoder";

export type { Geocoder, Locatie } from "./geocoder";

// The one place that chooses the geocoder; a PDOK Locatieserver implementation would go here.
export const geocoder: Geocoder = new Pc4Geocoder(env.PC4_CSV_PATH);
