import { exporteerOverzicht } from "@/server/declaraties/export";
import { csvAntwoord } from "../../../csv-antwoord";

/** ?soort=aanbieder&maand=2026-03 or ?soort=product&jaar=2026 */
export async function GET(req: Request) {
  return csvAntwoord(exporteerOverzicht, Object.fromEntries(new URL(req.url).searchParams));
}
