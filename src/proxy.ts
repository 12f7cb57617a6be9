import { NextResponse, type NextRequest } from "next/server";
import { env } from "./server/env";
import { log } from "./server/log";
import {
  eigenVorigePagina,
  NIET_GEVONDEN_PAD,
  onleesbaarAdresAntwoord,
  onleesbaarPad,
  teGrootAntwoord,
  teGrootVerzoek,
} from "./server/verzoekgrenzen";

// Only what is standard and does not depend on one Next.js version (docs/decisions/0036): a
// Content-Security-Policy with a fresh nonce for every page, the refusal of cross-site POSTs (CSRF,
// defence in depth), the request id, the upload size limit with its Dutch 413 page, and the
// portal's own 404 for an address that cannot be decoded. Odd methods, Range and preconditions,
// header and body limits belong to the reverse proxy in front (deploy/nginx). This file is never
// an authorisation check (CVE-2025-29927); those sit in every server action and data function.
const tegelHost = (() => {
  try {
    return new URL(env.MAP_TILE_URL.replaceAll(/[{}]/g, "")).origin;
  } catch {
    return "https://service.pdok.nl";
  }
})();

/**
 * A state-changing request from another site is refused with a plain 403 before anything runs.
 * Next.js refuses cross-origin server actions too, but with a 500; this gives a clear answer and
 * covers route handlers as well. Browsers send Origin (and Sec-Fetch-Site) on every POST.
 */
function andereSite(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A request id from the load balancer is kept when it looks like one; otherwise a new one. */
function verzoekId(request: NextRequest): string {
  const binnen = request.headers.get("x-request-id");
  return binnen && /^[A-Za-z0-9._:-]{8,128}$/.test(binnen) ? binnen : crypto.randomUUID();
}

/**
 * The probes and /metrics (docs/decisions/0040): machines ask them every few seconds. They need no
 * session, no nonce and no CSP (JSON and plain text, no page), and they are not logged: a probe per
 * instance every few seconds would drown the lines that matter. They answer GET only.
 */
function isBedieningsPad(pad: string): boolean {
  return pad === "/metrics" || pad === "/api/health" || pad.startsWith("/api/health/");
}

export async function proxy(request: NextRequest) {
  if (isBedieningsPad(request.nextUrl.pathname)) return NextResponse.next();
  const reqId = verzoekId(request);
  // The path only: a query string may hold what someone typed (a name in a search box).
  log.info({ reqId, method: request.method, path: request.nextUrl.pathname }, "verzoek");
  if (andereSite(request)) {
    return new NextResponse("Dit verzoek komt van een andere website en is geweigerd.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Requests a browser can send that Next.js would answer with a bare 500 (src/server/verzoekgrenzen.ts, ADR 0011).
  if (await teGrootVerzoek(request)) return teGrootAntwoord(eigenVorigePagina(request));
  const onleesbaar = onleesbaarPad(request.nextUrl.pathname);
  if (onleesbaar && request.method !== "GET" && request.method !== "HEAD") return onleesbaarAdresAntwoord();

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tegelHost}`,
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", reqId);
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  headers.set("Content-Security-Policy", csp);
  // An unreadable address gets the portal's own "page does not exist" (404), in its layout.
  const response = onleesbaar
    ? NextResponse.rewrite(new URL(NIET_GEVONDEN_PAD, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", reqId);
  return response;
}

export const config = {
  // Prefetches get no page of their own: they need no nonce (Next.js' documented matcher).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
