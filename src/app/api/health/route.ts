import { gezondheid } from "@/server/gezondheid";

// For load balancers and monitoring: 200 when this instance can reach the database, 503 when not,
// with the version and commit of the build. No personal data and no settings in the answer.
// The Kubernetes-style probes are ./live and ./ready.
export const dynamic = "force-dynamic";

export async function GET() {
  const g = await gezondheid();
  return Response.json(g, { status: g.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
