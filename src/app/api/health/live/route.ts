// Liveness probe: the process answers. It touches nothing else, so a database outage never makes
// an orchestrator restart healthy instances (that is what ../ready is for).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
