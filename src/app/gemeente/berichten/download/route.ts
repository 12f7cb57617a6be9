import { downloadRoute, naarBerichtenRoute } from "@/app/berichten-routes";

export async function POST(req: Request) {
  return downloadRoute(req, "/gemeente/berichten");
}

export function GET(req: Request) {
  return naarBerichtenRoute(req, "/gemeente/berichten");
}
