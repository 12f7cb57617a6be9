import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { metrieken } from "@/server/metriek";
import { registreerPortaalMetrieken } from "@/server/portaalmetrieken";

// Prometheus scrapes this (issue 23, docs/decisions/0040), with `Authorization: Bearer
// <METRICS_TOKEN>`. Without METRICS_TOKEN the endpoint does not exist (404); a missing or wrong
// token is 401. nginx does not pass /metrics from outside (deploy/nginx): Prometheus scrapes
// each instance directly on the internal network.
export const dynamic = "force-dynamic";

const GEEN_CACHE = { "Cache-Control": "no-store" };

/** Constant time, whatever the lengths: both sides are hashed to 32 bytes first. */
function zelfdeToken(gegeven: string, verwacht: string): boolean {
  const a = createHash("sha256").update(gegeven).digest();
  const b = createHash("sha256").update(verwacht).digest();
  return timingSafeEqual(a, b);
}

export async function GET(request: Request) {
  const token = env.METRICS_TOKEN;
  if (!token)
    return new Response("Niet gevonden", { status: 404, headers: { ...GEEN_CACHE, "Content-Type": "text/plain; charset=utf-8" } });
  const kop = /^Bearer (.+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!kop || !zelfdeToken(kop[1]!.trim(), token)) {
    return new Response("Geen of een onjuist token", {
      status: 401,
      headers: { ...GEEN_CACHE, "Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  registreerPortaalMetrieken();
  const tekst = await metrieken.registry.metrics();
  return new Response(tekst, { headers: { ...GEEN_CACHE, "Content-Type": metrieken.registry.contentType } });
}
