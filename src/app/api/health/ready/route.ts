import { gereedheid } from "@/server/gezondheid";

// Readiness probe: 200 when this instance can take requests (database reachable, migrations
// applied, not shutting down), else 503, so the load balancer sends the work elsewhere.
export const dynamic = "force-dynamic";

export async function GET() {
  const g = await gereedheid();
  return Response.json(g, { status: g.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
