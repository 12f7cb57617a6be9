import { downloadRoute } from "@/server/iwmo/routes";

export async function POST(req: Request) {
  return downloadRoute(req, "/gemeente/berichten");
}
