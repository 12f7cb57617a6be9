import { exporteerBetaalrun } from "@/server/declaraties/export";
import { csvAntwoord } from "../../../../csv-antwoord";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return csvAntwoord(exporteerBetaalrun, { id: (await params).id });
}
