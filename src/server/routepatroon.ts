import fs from "node:fs";
import path from "node:path";

// The route label of the request metrics (docs/decisions/0040): the Next route pattern a path
// belongs to ("/gemeente/inwoners/[id]"), never the path itself, which holds ids, slugs and
// whatever a scanner tries. The patterns are read from the build's routes manifest (what
// `next build` wrote: every page and route handler with its regex); a path that matches none is
// "[onbekend]", so the number of label values is bounded by the number of routes in the build.
// No "server-only": it runs in the HTTP server hook (src/server/verzoekmeting.ts).

export type Route = { page: string; regex: string };
type Patroon = { page: string; re: RegExp };

export const ONBEKEND = "[onbekend]";

export function maakPatronen(routes: { staticRoutes?: Route[]; dynamicRoutes?: Route[] }): Patroon[] {
  // Static routes first: "/gemeente/inwoners/nieuw" is no "/gemeente/inwoners/[id]".
  return [...(routes.staticRoutes ?? []), ...(routes.dynamicRoutes ?? [])].flatMap((r) => {
    try {
      return [{ page: r.page, re: new RegExp(r.regex) }];
    } catch {
      return [];
    }
  });
}

/** The pattern of a path (query string and Next's `.rsc` suffix ignored), or "[onbekend]". */
export function routePatroon(url: string, patronen: readonly Patroon[]): string {
  const pad = (url.split("?")[0] ?? "/").replace(/\.rsc$/, "") || "/";
  if (pad.startsWith("/_next/static/")) return "/_next/static";
  if (pad.startsWith("/_next/image")) return "/_next/image";
  for (const p of patronen) if (p.re.test(pad)) return p.page;
  return ONBEKEND;
}

let geladen: Patroon[] | null = null;

/** The patterns of the build this process serves (`.next/routes-manifest.json`); none without a build. */
export function patronenVanBuild(map = path.resolve(".next")): Patroon[] {
  if (geladen) return geladen;
  for (const bestand of [path.join(map, "routes-manifest.json"), path.join(map, "dev", "routes-manifest.json")]) {
    try {
      return (geladen = maakPatronen(JSON.parse(fs.readFileSync(bestand, "utf8")) as { staticRoutes?: Route[]; dynamicRoutes?: Route[] }));
    } catch {
      // not there (no build yet): try the next
    }
  }
  return [];
}
