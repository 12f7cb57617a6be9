import { gezondheid } from "@/server/gezondheid";

// For load balancers and monitoring: 200 when this instance can reach the database, 503 when not.
// No personal data and no settings in the answer.
export const dynamic = "force-dynamic";

export async function GET() {
  const g = await gezondheid();
  return Response.json(g, { status: g.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
