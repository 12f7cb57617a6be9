// A server-action call from JavaScript (a POST with a `Next-Action` header) carries its arguments
// in React's reply format: field "0" holds a JSON array, and strings starting with "$" point at
// other fields ("$1", "$@2", "$Q3", "$B4") or are special values ("$undefined", "$K1" for a form).
// Next.js 16.4.5 decodes that before any code of the portal runs, and answers anything it cannot
// decode with a bare HTTP 500: an empty or cut-off body, a missing field, a root that is not a list,
// a reference to a field that is not there. The proxy checks the shape first (ADR 0024) and answers
// such a request with a Dutch 400. A form posted without JavaScript is multipart that must parse,
// and an action with bound arguments names its metadata in the same format. What the fields mean
// is still up to each action's own schema. Used by the proxy only; it reads its copy of the body.

import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

type Veld = (naam: string) => FormDataEntryValue | null;

/** Typed arrays and blobs: the "$" letter is followed by the number of a file field. */
const BESTAND = new Set([..."AOoUSsLlGgMmVB"]);
/** Values that need no other field: $$ (an escaped "$"), $undefined, $Infinity, $-0, $NaN, $D…, a form ($K), a temporary reference ($T), $H. */
const LOS = new Set([..."$uI-NDKTH"]);
/** A server function ($h) or a stream as argument: no form of the portal sends one. */
const NOOIT = new Set([..."hRrXx"]);

const HEX = /^[0-9a-f]+$/i;

/** The field a reference like "$1a:foo:bar" points at: React numbers its fields in hexadecimal. */
function veldnaam(verwijzing: string): string | null {
  const hex = verwijzing.split(":")[0]!;
  return HEX.test(hex) && hex.length <= 8 ? String(parseInt(hex, 16)) : null;
}

type Model = (naam: string | null) => unknown;

/** Reads field "0" and every field it points at as React does; `wortel` judges the root value. */
function leesbaar(veld: Veld, wortel: (waarde: unknown, model: Model) => boolean): boolean {
  const gelezen = new Map<string, unknown>();
  const model: Model = (naam) => {
    if (naam === null) throw new Error("geen veld");
    if (gelezen.has(naam)) return gelezen.get(naam); // the root refers to itself for a repeated object
    const tekst = veld(naam);
    if (typeof tekst !== "string") throw new Error(`veld ${naam} ontbreekt`);
    const waarde: unknown = JSON.parse(tekst);
    gelezen.set(naam, waarde);
    controleer(waarde);
    return waarde;
  };
  const controleer = (w: unknown): void => {
    if (typeof w === "string") return tekst(w);
    if (Array.isArray(w)) return w.forEach(controleer);
    if (w !== null && typeof w === "object") Object.values(w).forEach(controleer);
  };
  const tekst = (s: string): void => {
    if (s[0] !== "$") return;
    const soort = s[1];
    if (soort === undefined || NOOIT.has(soort)) throw new Error("niet te lezen");
    if (soort === "n") {
      if (s.length > 302) throw new Error("te groot getal");
      BigInt(s.slice(2));
    } else if (BESTAND.has(soort)) {
      const naam = veldnaam(s.slice(2));
      if (naam === null || !(veld(naam) instanceof Blob)) throw new Error("geen bestand");
    } else if (soort === "Q" || soort === "W" || soort === "i" || soort === "@") {
      const lijst = model(veldnaam(s.slice(2)));
      // $Q becomes a Map, $W a Set, $i an iterator: each needs a list (of entries for a Map).
      if (soort !== "@" && !Array.isArray(lijst)) throw new Error("geen lijst");
      if (soort === "Q" && !(lijst as unknown[]).every((e) => e !== null && typeof e === "object")) throw new Error("geen paren");
    } else if (!LOS.has(soort)) model(veldnaam(s.slice(1)));
  };
  try {
    return wortel(model("0"), model);
  } catch {
    return false;
  }
}

/** Whether React's decodeReply can read these fields without throwing: the root is the argument list. */
export function antwoordVormKlopt(veld: Veld): boolean {
  return leesbaar(veld, (w) => Array.isArray(w));
}

/**
 * A form posted without JavaScript whose action has bound arguments names it in `$ACTION_REF_n`,
 * with `{ id, bound }` in field `$ACTION_n:0` in the same format (React's decodeAction, which
 * takes the last such field). The id must be text and `bound`, when it points at a field, a list.
 */
export function formulierActieKlopt(form: FormData): boolean {
  let ref: string | null = null;
  for (const naam of form.keys()) if (naam.startsWith("$ACTION_REF_")) ref = naam;
  if (ref === null) return true;
  const voorvoegsel = `$ACTION_${ref.slice("$ACTION_REF_".length)}:`;
  return leesbaar(
    (naam) => form.get(voorvoegsel + naam),
    (w, model) => {
      if (w === null || typeof w !== "object" || typeof (w as { id?: unknown }).id !== "string") return false;
      const bound = (w as { bound?: unknown }).bound;
      return typeof bound !== "string" || !bound.startsWith("$@") || Array.isArray(model(veldnaam(bound.slice(2))));
    },
  );
}

/**
 * The action a form posted without JavaScript calls: the name of its `$ACTION_ID_<id>` field, or
 * the id in the metadata of `$ACTION_REF_n` (an action with bound arguments). Null when it names
 * none (a form that is no server action) or the metadata cannot be read.
 */
export function formulierActieId(form: FormData): string | null {
  let ref: string | null = null;
  for (const naam of form.keys()) {
    if (naam.startsWith("$ACTION_ID_")) return naam.slice("$ACTION_ID_".length);
    if (naam.startsWith("$ACTION_REF_")) ref = naam;
  }
  if (ref === null) return null;
  const meta = form.get(`$ACTION_${ref.slice("$ACTION_REF_".length)}:0`);
  try {
    const id = typeof meta === "string" ? (JSON.parse(meta) as { id?: unknown }).id : null;
    return typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}

/** What the proxy knows of this build: each server action with the pages it is on, and the route handlers. */
export type Bouw = {
  /** action id → the paths of the pages that have it */
  acties: ReadonlyMap<string, readonly RegExp[]>;
  routeHandlers: readonly RegExp[];
};

/**
 * An address of the build's routes manifest as a pattern on the request path: "/werkplekken/[slug]"
 * → /werkplekken/<one segment>. Next.js has already left out route groups and slots.
 */
export function padPatroon(pad: string): RegExp {
  const delen = pad
    .split("/")
    .filter((d) => d !== "")
    .map((d) =>
      /^\[\[\.\.\.\w+\]\]$/.test(d)
        ? "(?:/.*)?"
        : /^\[\.\.\.\w+\]$/.test(d)
          ? "/.+"
          : /^\[\w+\]$/.test(d)
            ? "/[^/]+"
            : `/${d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
    );
  return new RegExp(`^${delen.join("") || "/"}$`);
}

const leesJson = <T>(bestand: string): T => JSON.parse(readFileSync(path.join(process.cwd(), ".next", bestand), "utf8")) as T;

let bouw: Bouw | null | undefined;

/** Whether a path is one of the build's route handlers (which read their own body). */
export function isRouteHandler(pad: string, b: Bouw): boolean {
  return b.routeHandlers.some((p) => p.test(pad));
}

/**
 * This build's server actions and pages, from Next.js' own manifests of the build (the files
 * `next start` serves them from). Null in development, where the manifests change with every
 * edit, and where there is no build: then nothing is taken for outdated or misdirected.
 */
export function dezeBouw(): Bouw | null {
  if (bouw === undefined) {
    if (env.NODE_ENV !== "production") return null;
    try {
      type Manifest = Record<string, { workers?: Record<string, unknown> }>;
      const m = leesJson<{ node?: Manifest; edge?: Manifest }>("server/server-reference-manifest.json");
      // source ("/(publiek)/werkplekken/[slug]/page") → address ("/werkplekken/[slug]")
      const routes = leesJson<Record<string, string>>("app-path-routes-manifest.json");
      const acties = new Map<string, RegExp[]>();
      for (const [id, actie] of [...Object.entries(m.node ?? {}), ...Object.entries(m.edge ?? {})])
        acties.set(
          id,
          Object.keys(actie.workers ?? {}).flatMap((worker) => {
            const pad = routes[worker.replace(/^app/, "")]; // worker: "app/(publiek)/werkplekken/[slug]/page"
            return pad === undefined ? [] : [padPatroon(pad)];
          }),
        );
      const routeHandlers = Object.entries(routes)
        .filter(([bron]) => bron.endsWith("/route"))
        .map(([, pad]) => padPatroon(pad));
      bouw = { acties, routeHandlers };
    } catch {
      bouw = null;
    }
  }
  return bouw;
}

/**
 * What is wrong with a server-action call before Next.js reads it:
 * - "onleesbaar": a body Next.js could not decode: from JavaScript (a `Next-Action` header) not in
 *   React's reply format; or any multipart POST (a form without JavaScript) that is no readable
 *   multipart, or whose `$ACTION_REF_` metadata cannot be read. Also a multipart POST to an
 *   address that is no route handler and names no action, or an action of this build that is not
 *   on that page: Next.js answers those in English ("Invalid Server Action request.", "Server
 *   Action unavailable."), and no form of the portal sends them;
 * - "verouderd": a call of an action this build does not have: the page was loaded before a new
 *   version of the portal was deployed (Next.js answers that with an English "Server Action
 *   unavailable."). From JavaScript the proxy's answer carries Next's header for it, so the
 *   client's router still knows, and src/app/error.tsx says it in Dutch.
 * A `Next-Action` header that is no hexadecimal id is "onleesbaar".
 * A urlencoded body is not taken for an action call by Next: it is left alone.
 */
export async function actieProbleem(request: Request, b: Bouw | null = dezeBouw()): Promise<"onleesbaar" | "verouderd" | null> {
  if (request.method !== "POST" || request.bodyUsed) return null;
  const soort = request.headers.get("content-type") ?? "";
  const scriptActie = request.headers.get("next-action");
  const vanScript = scriptActie !== null;
  if (scriptActie) {
    // Next.js' ids are hexadecimal; it answers another id, or one of no build, in English.
    if (!HEX.test(scriptActie) || scriptActie.length > 128) return "onleesbaar";
    if (b !== null && !b.acties.has(scriptActie)) return "verouderd";
  }
  if (soort.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "onleesbaar";
    }
    if (vanScript) return antwoordVormKlopt((naam) => form.get(naam)) ? null : "onleesbaar";
    if (!formulierActieKlopt(form)) return "onleesbaar";
    const id = formulierActieId(form);
    if (b === null) return null;
    const pad = new URL(request.url).pathname;
    if (id === null) return isRouteHandler(pad, b) ? null : "onleesbaar"; // a route handler reads its own body
    const paginas = b.acties.get(id);
    if (paginas === undefined) return "verouderd";
    return paginas.some((p) => p.test(pad)) ? null : "onleesbaar";
  }
  if (!vanScript || soort.startsWith("application/x-www-form-urlencoded")) return null;
  const body = await request.clone().text();
  return antwoordVormKlopt((naam) => (naam === "0" ? body : null)) ? null : "onleesbaar";
}
