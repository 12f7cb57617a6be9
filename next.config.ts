import type { NextConfig } from "next";
import { MAX_VERZOEK_MB } from "./src/domain/verzoekgrens";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Photos may be 5 MB (issue 3). The limit is much higher so that a larger photo (straight from a
  // phone) still reaches the server action and gets a Dutch field message with the form kept; the
  // browser checks the size first when JavaScript runs. Anything above the limit is refused by
  // src/proxy.ts with a Dutch 413 page. The proxy's copy of the body is kept a little beyond the
  // limit, so that it can count a body sent without Content-Length (docs/decisions/0011).
  experimental: {
    serverActions: { bodySizeLimit: `${MAX_VERZOEK_MB}mb` },
    proxyClientMaxBodySize: `${MAX_VERZOEK_MB + 1}mb`,
  },
  serverExternalPackages: ["sharp", "xmllint-wasm", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // Security headers that do not depend on the request; the CSP (with its per-request nonce) is
  // set in src/proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

export default nextConfig;
