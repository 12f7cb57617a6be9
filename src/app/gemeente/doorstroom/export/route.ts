import { exporteerDoorstroom } from "@/server/inwoners/doorstroom";
import { csvAntwoord } from "../../csv-antwoord";

/** ?jaar=2026 */
export async function GET(req: Request) {
  return csvAntwoord(exporteerDoorstroom, Object.fromEntries(new URL(req.url).searchParams));
}
