import { NextResponse, type NextRequest } from "next/server";

// Only headers live here: a Content-Security-Policy with a fresh nonce for every page. This file
// is never an authorisation check (CVE-2025-29927); those sit in every server action and data
// function.
const tegelHost = (() => {
  try {
    return new URL((process.env.MAP_TILE_URL ?? "https://service.pdok.nl/x").replaceAll(/[{}]/g, "")).origin;
  } catch {
    return "https://service.pdok.nl";
  }
})();

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
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
  // Next.js reads the nonce for its own scripts from the request's CSP header. On Next 16.4.5 that
  // header makes multipart POSTs (forms posted without JavaScript) hang, so it is only passed
  // where a page is rendered for reading; a POST's response still carries the policy below.
  if (request.method === "GET" || request.method === "HEAD") headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // A `missing` condition here (e.g. skipping prefetches) made Next 16.4.5 hang on every POST body.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
