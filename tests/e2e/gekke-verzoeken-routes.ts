import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inE2eDb } from "../fixtures/e2e-db";

// What tests/e2e/gekke-verzoeken.spec.ts requests, derived from the source tree when it runs, so a
// new page, query parameter or server action is swept without anyone adding it to a list.

const APP = "src/app";

export type Route = { patroon: string; soort: "pagina" | "route"; bron: string };

/** Every page.tsx and route.ts under src/app as its URL pattern: groups like (publiek) dropped. */
export function alleRoutes(map = APP): Route[] {
  const uit: Route[] = [];
  for (const naam of readdirSync(map, { withFileTypes: true })) {
    const pad = path.join(map, naam.name);
    if (naam.isDirectory()) uit.push(...alleRoutes(pad));
    else if (naam.name === "page.tsx" || naam.name === "route.ts") {
      const delen = path
        .relative(APP, map)
        .split(path.sep)
        .filter((d) => d && !/^\(.*\)$/.test(d));
      uit.push({ patroon: "/" + delen.join("/"), soort: naam.name === "page.tsx" ? "pagina" : "route", bron: pad });
    }
  }
  return uit.sort((a, b) => a.patroon.localeCompare(b.patroon));
}

const LEZERS = [
  /\b(?:zoek|sp|ruw)\.([a-zA-Z]\w*)/g, // zoek.gedaan, sp.hersteld, ruw.postcode
  /\(await searchParams\)\.([a-zA-Z]\w*)/g, // (await searchParams).maand
  /searchParams\.get\("([^"]+)"\)/g, // route handlers: new URL(req.url).searchParams.get("x")
];

function namenIn(bron: string): string[] {
  const uit = LEZERS.flatMap((re) => [...bron.matchAll(re)].map((m) => m[1]!));
  // const { aanbieder, download } = await searchParams
  for (const m of bron.matchAll(/const \{([^}]*)\} = await searchParams/g))
    uit.push(...m[1]!.split(",").map((n) => n.trim().split(":")[0]!));
  // export const AUDIT_PARAMETERS = ["activiteit", …] (a parser that reads ruw[k] for each)
  for (const m of bron.matchAll(/_PARAMETERS = \[([^\]]*)\]/g)) uit.push(...[...m[1]!.matchAll(/"(\w+)"/g)].map((n) => n[1]!));
  return uit.filter((n) => n && n !== "length");
}

/** The files a page reads its query from: itself and the @/ modules it imports that parse one. */
function bronnenVan(bestand: string): string[] {
  const bron = readFileSync(bestand, "utf8");
  const uit = [bron];
  for (const m of bron.matchAll(/from "@\/([^"]+)"/g)) {
    const kandidaat = [`src/${m[1]}.ts`, `src/${m[1]}.tsx`, `src/${m[1]}/index.ts`].find((p) => existsSync(p));
    if (!kandidaat) continue;
    const tekst = readFileSync(kandidaat, "utf8");
    if (/RuweParameters|searchParams/.test(tekst)) uit.push(tekst);
  }
  return uit;
}

/** Whether a page or route handler can see its query string at all (no client component reads it). */
export function leestQuery(r: Route): boolean {
  return /searchParams|req(uest)?\.url|nextUrl/.test(readFileSync(r.bron, "utf8"));
}

/** The query parameter names one page or route handler reads. */
export function parameterNamen(r: Route): string[] {
  return [...new Set(bronnenVan(r.bron).flatMap(namenIn))].sort();
}

/** One real value per dynamic segment, where the e2e database has one, so the page renders its body. */
export async function echteWaarden(): Promise<Record<string, string | undefined>> {
  const w = await inE2eDb("echteWaarden");
  const uit: Record<string, string | undefined> = {
    "/aanbieder/toewijzingen/[id]": w.toewijzingVanEerste,
    "/aanbieder/werkplekken/[id]": w.werkplekVanEerste,
    "/werkplekken/[slug]": w.gepubliceerdeSlug,
    "/gemeente/inhoudscheck/[id]": w.ingediendeWerkplek,
    "/gemeente/inwoners/[id]": w.inwoner,
    "/gemeente/orientaties/[id]": w.orientatie,
    "/gemeente/beheer/branches/[id]": w.branche,
    "/aanbieder/berichten/[id]": w.berichtVanEerste,
    "/gemeente/berichten/[id]": w.bericht,
    "/gemeente/declaraties/export/betaalrun/[id]": w.betaalrun,
    "/api/auth/[...nextauth]": "callback/credentials", // signing in with the password form
    "/fotos/[bestand]": w.foto,
  };
  uit["/gemeente/toewijzingen/[id]"] = uit["/aanbieder/toewijzingen/[id]"];
  return uit;
}

/** The server actions of the build: id, export name and the page that uses it. */
export function serverActies(): { id: string; naam: string; bestand: string; pagina: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const worker = Object.keys(a.workers).sort()[0]!; // "app/(publiek)/werkplekken/[slug]/page"
    const pagina =
      "/" +
      worker
        .replace(/^app\//, "")
        .replace(/\/?page$/, "")
        .split("/")
        .filter((d) => d && !/^\(.*\)$/.test(d))
        .join("/");
    return { id, naam: a.exportedName, bestand: a.filename, pagina };
  });
}

/**
 * What an answer must not show: a stack frame, a file of the server, or the text of an error that
 * Next.js or React threw while reading a crafted request.
 */
const LEK = [
  /\n\s+at \S/,
  /\(\/[^)]*:\d+:\d+\)/,
  /node_modules|\.next\/server|\/src\//,
  /SyntaxError|TypeError|RangeError|Unexpected end of JSON|is not valid JSON|Connection closed|could not be parsed|Cannot read prop/,
];

/** Null when the answer leaks nothing, else what it leaked (for the report). */
export function lek(tekst: string): string | null {
  for (const re of LEK) {
    const m = re.exec(tekst);
    if (m) return `lekt "${tekst.slice(Math.max(0, m.index - 40), m.index + 80).replace(/\s+/g, " ")}"`;
  }
  return null;
}
