import { bestandRoute } from "@/app/berichten-routes";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return bestandRoute((await params).id, "/aanbieder/berichten/[id]");
}
