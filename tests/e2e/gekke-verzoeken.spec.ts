import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";
import { maakAccount } from "../fixtures/accounts";
import { expect, sessieCookie, test } from "./fixtures";
import { alleRoutes, echteWaarden, leestQuery, lek, parameterNamen, serverActies, type Route } from "./gekke-verzoeken-routes";

// The outside-in sweep of the bar in docs/decisions/0036: nothing a browser or a form without
// JavaScript can send yields an HTTP 500, and bad input gets a clear Dutch error; for anything else
// (forged server-action payloads, router-state headers, odd methods at the bare server) the answer
// leaks nothing: no stack trace, no internal text (tests/ops/grens.spec.ts checks that such a
// request is logged once, at warn level). Every page and route handler under src/app, its dynamic
// segments filled with crafted values (and one real id), every query parameter the pages read set
// to values that trip a plain-object lookup (`GEDAAN[zoek.gedaan]` with ?gedaan=__proto__ was the
// first), repeated or very long; and every server action of the build posted to with crafted
// headers and bodies. As anonymous and as five roles. All failures are reported together.
// Runs against the bare server and, with E2E_NGINX=1, through nginx in front of two instances
// (deploy/nginx): there odd methods get nginx's Dutch 405 and Range is dropped.

const ROLLEN = [
  { naam: "anoniem", rol: null },
  { naam: "aanbieder-beheerder", rol: "AANBIEDER_BEHEERDER" },
  { naam: "teammanager", rol: "TEAMMANAGER" },
  { naam: "centrum", rol: "CENTRUM" },
  { naam: "beheerder", rol: "BEHEERDER" },
] as const;
type Rol = (typeof ROLLEN)[number]["naam"];

const LANG = "x".repeat(5_000);
const SEGMENTEN = ["__proto__", "constructor", "a".repeat(300)];
const GEVAARLIJK = ["__proto__", "constructor", "toString"];

const doorNginx = process.env.E2E_NGINX === "1";

/** The sweep must have found the build's routes and actions: an empty derivation cannot pass. */
const MINIMUM_ROUTES = 60;
const MINIMUM_ACTIES = 60;

const routes = alleRoutes();
/** Every query parameter name any page or route handler reads; each page also gets them all. */
const alleNamen = [...new Set(routes.flatMap(parameterNamen))].sort();

function query(paren: [string, string][]): string {
  return "?" + paren.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}

/** The URLs for one route: crafted segments bare, the real id (or a static path) with crafted queries. */
function adressen(r: Route, echt: Record<string, string | undefined>): string[] {
  const segmenten = [...r.patroon.matchAll(/\[(?:\.\.\.)?\w+\]/g)];
  const vul = (waarde: (prefix: string) => string | undefined) => {
    let uit = r.patroon;
    for (const s of segmenten) {
      const w = waarde(r.patroon.slice(0, s.index! + s[0].length));
      if (w === undefined) return undefined;
      // a catch-all segment ([...nextauth]) may hold several path segments
      uit = uit.replace(s[0], s[0].startsWith("[...") ? w.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(w));
    }
    return uit;
  };
  const uit: string[] = [];
  for (const s of SEGMENTEN) uit.push(vul(() => s)!);
  const basis = segmenten.length === 0 ? r.patroon : vul((prefix) => echt[prefix]);
  if (basis === undefined) return uit;
  uit.push(basis, basis + query(alleNamen.map((n) => [n, "__proto__"])));
  if (!leestQuery(r)) return uit; // the one query above is enough for a page that cannot see it
  for (const w of GEVAARLIJK.slice(1)) uit.push(basis + query(alleNamen.map((n) => [n, w])));
  uit.push(
    basis +
      query(
        alleNamen.flatMap((n): [string, string][] => [
          [n, "__proto__"],
          [n, "b"],
        ]),
      ),
  );
  // 5,000 characters in each parameter this page reads; two at a time (a URL stays under 16 kB).
  const eigen = parameterNamen(r);
  for (let i = 0; i < eigen.length; i += 2) uit.push(basis + query(eigen.slice(i, i + 2).map((n) => [n, LANG])));
  return uit;
}

type Fout = { rol: Rol; methode: string; url: string; status: number; waarom: string };

/** Runs `taken` four at a time: both cores stay busy without swamping the server. */
async function tegelijk<T>(taken: T[], doe: (t: T) => Promise<void>) {
  let volgende = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (volgende < taken.length) await doe(taken[volgende++]!);
    }),
  );
}

async function context(baseURL: string, rol: (typeof ROLLEN)[number]): Promise<APIRequestContext> {
  const cookies = [];
  if (rol.rol) {
    const account = await maakAccount({ rol: rol.rol, aanbieder: rol.rol.startsWith("AANBIEDER") ? "eerste" : undefined, demo: true });
    cookies.push(await sessieCookie(account.email, baseURL));
  }
  return playwrightRequest.newContext({ baseURL, storageState: { cookies, origins: [] } });
}

/**
 * No 5xx. A page's 4xx is the portal's own Dutch page; a route handler's or server action's 4xx
 * says something (Next.js answers an unknown action id with its own "Server Action unavailable.").
 */
async function beoordeel(soort: Route["soort"] | "actie", status: number, body: () => Promise<string>): Promise<string | null> {
  if (status >= 500) return (await body()).slice(0, 200).replace(/\s+/g, " ");
  if (status < 400) return null;
  const tekst = await body();
  if (soort !== "pagina") return tekst.trim() ? null : "4xx zonder tekst";
  if (tekst.includes('<html lang="nl"')) return null;
  // notFound() in a page: Next.js 16.4.5 sends an empty <html id="__next_error__"> shell with the
  // not-found page in its RSC payload only, so it shows after hydration (vercel/next.js#98954,
  // #62228); no portal code runs there. Accepted when that payload is the portal's Dutch page.
  if (status === 404 && tekst.includes('<html id="__next_error__">') && tekst.includes("Deze pagina bestaat niet")) return null;
  return "4xx zonder de Nederlandse pagina van het portaal";
}

function rapport(fouten: Fout[]): string {
  return fouten
    .map((f) => `${f.status} ${f.rol.padEnd(19)} ${f.methode} ${f.url.slice(0, 160)}${f.url.length > 160 ? "…" : ""} ${f.waarom}`)
    .join("\n");
}

/** All failures in one assertion message (and as an attachment), sorted so reruns compare. */
async function meld(fouten: Fout[]) {
  const tekst = rapport(
    fouten.sort((a, b) => a.url.localeCompare(b.url) || a.rol.localeCompare(b.rol) || a.methode.localeCompare(b.methode)),
  );
  if (fouten.length) await test.info().attach("fouten.txt", { body: tekst, contentType: "text/plain" });
  expect(fouten.length, `${fouten.length} antwoorden fout:\n${tekst}`).toBe(0);
}

// The GET sweep is some 5,000 requests: minutes on a busy 2-core machine.
test.describe.configure({ timeout: 600_000 });

test("no page or route handler answers a crafted address or query with a 5xx, for any role", async ({ baseURL }) => {
  expect(routes.length, "pages and route handlers found under src/app").toBeGreaterThanOrEqual(MINIMUM_ROUTES);
  const echt = await echteWaarden();
  const urls = routes.flatMap((r) => adressen(r, echt).map((url) => ({ r, url })));
  const fouten: Fout[] = [];
  for (const rol of ROLLEN) {
    const req = await context(baseURL!, rol);
    await tegelijk(urls, async ({ r, url }) => {
      const a = await req.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const waarom = await beoordeel(r.soort, a.status(), () => a.text());
      if (waarom !== null) fouten.push({ rol: rol.naam, methode: "GET", url, status: a.status(), waarom });
    });
    await req.dispose();
  }
  test
    .info()
    .annotations.push({ type: "verzoeken", description: `${routes.length} routes, ${urls.length} adressen × ${ROLLEN.length} rollen` });
  await meld(fouten);
});

/** Crafted bodies for a server action: what a script, not the portal's own form, may send. */
type Lichaam = { naam: string; browser?: true; headers: Record<string, string>; data?: string; multipart?: Record<string, string> };

/**
 * `browser`: what a browser can send (a form without JavaScript posts any field names with the
 * action's id): never a 5xx. The rest no browser sends: a forged payload in React's private reply
 * format, which Next.js may answer with a bare 500, as long as nothing leaks.
 */
function lichamen(actieId: string): Lichaam[] {
  const fetchActie = { "Next-Action": actieId, Accept: "text/x-component" };
  const tekst = { ...fetchActie, "Content-Type": "text/plain;charset=UTF-8" };
  const veel = "z".repeat(20_000);
  return [
    { naam: "leeg urlencoded", headers: { ...fetchActie, "Content-Type": "application/x-www-form-urlencoded" }, data: "" },
    { naam: "multipart zonder veld 0", headers: fetchActie, multipart: { ["__proto__"]: "x", constructor: "y", veld: veel } },
    { naam: "text/plain onzin", headers: tekst, data: '["$K1",{"__proto__":{"x":1}},' },
    { naam: "verwijzing naar niets", headers: tekst, data: '["$1","$Q2"]' },
    // React's own format (what useActionState sends: no previous state, then the form), odd fields.
    {
      naam: "React-vorm, gekke velden",
      headers: fetchActie,
      multipart: { "0": '["$undefined","$K1"]', _1___proto__: "x", _1_constructor: "toString", _1_id: "__proto__", _1_veld: veel },
    },
    { naam: "React-vorm, gekke argumenten", headers: tekst, data: '[{"__proto__":{"x":1}},"constructor",12,"$undefined",["$K1"]]' },
    // Without JavaScript a form posts multipart with $ACTION_ID_<id> and no Next-Action header, or,
    // for an action with bound arguments, $ACTION_REF_n with { id, bound } in $ACTION_n:0.
    { naam: "zonder JavaScript", browser: true, headers: {}, multipart: { [`$ACTION_ID_${actieId}`]: "", ["__proto__"]: "x", veld: veel } },
    {
      naam: "zonder JavaScript, gebonden argumenten ontbreken",
      headers: {},
      multipart: { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${actieId}","bound":"$@1"}` },
    },
    { naam: "zonder JavaScript, kapotte multipart", headers: { "Content-Type": "multipart/form-data; boundary=x" }, data: "--x\r\nonzin" },
  ];
}

function rollenVoor(pagina: string): (typeof ROLLEN)[number][] {
  const bij = (...namen: Rol[]) => ROLLEN.filter((r) => namen.includes(r.naam));
  if (pagina.startsWith("/aanbieder")) return bij("anoniem", "aanbieder-beheerder");
  if (pagina.startsWith("/gemeente/beheer")) return bij("anoniem", "beheerder");
  if (pagina.startsWith("/gemeente")) return bij("anoniem", "centrum", "teammanager", "beheerder");
  return bij("anoniem", "aanbieder-beheerder");
}

test("no server action answers a crafted Next-Action header or body with a 5xx", async ({ baseURL }) => {
  const echt = await echteWaarden();
  const gevonden = serverActies();
  expect(gevonden.length, "server actions found in the build").toBeGreaterThanOrEqual(MINIMUM_ACTIES);
  const acties = [...gevonden, { id: "7f" + "0".repeat(40), naam: "onbekende actie", bestand: "-", pagina: "/gemeente" }];
  const origin = new URL(baseURL!).origin;
  const fouten: Fout[] = [];
  for (const rol of ROLLEN) {
    const mijn = acties.filter((a) => rollenVoor(a.pagina).includes(rol));
    const req = await context(baseURL!, rol);
    const post = async (a: (typeof acties)[number]) => {
      // The real id where there is one, so the action's page renders after the action too.
      const url = a.pagina.replace(/\[\w+\]/g, (s) =>
        encodeURIComponent(echt[a.pagina.slice(0, a.pagina.indexOf(s) + s.length)] ?? "__proto__"),
      );
      for (const l of lichamen(a.id)) {
        const r = await req.post(url, {
          headers: { Origin: origin, ...l.headers },
          data: l.data,
          multipart: l.multipart,
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        const waarom = l.browser ? await beoordeel("actie", r.status(), () => r.text()) : lek(await r.text());
        if (waarom !== null) fouten.push({ rol: rol.naam, methode: `POST ${a.naam} (${l.naam})`, url, status: r.status(), waarom });
      }
    };
    // Signing out ends the session the other posts use: that one goes last.
    await tegelijk(
      mijn.filter((a) => a.naam !== "uitloggenAction"),
      post,
    );
    for (const a of mijn.filter((a) => a.naam === "uitloggenAction")) await post(a);
    await req.dispose();
  }
  await meld(fouten);
});

test("no route handler answers a crafted POST with a 5xx", async ({ baseURL }) => {
  const echt = await echteWaarden();
  const origin = new URL(baseURL!).origin;
  const fouten: Fout[] = [];
  const lichamen = [
    { "Content-Type": "application/x-www-form-urlencoded", data: "__proto__=x&csrfToken=constructor&callbackUrl=toString" },
    { "Content-Type": "text/plain", data: '{"__proto__":{"x":1}' },
    { "Content-Type": "application/json", data: '{"__proto__":{"x":1},"constructor":"toString"}' },
  ];
  // Anonymous only: signed in, a POST here is a use case that happens (the berichten download marks
  // what is due as sent, which tests/e2e/berichten.spec.ts then no longer finds).
  for (const rol of ROLLEN.filter((r) => r.naam === "anoniem")) {
    const req = await context(baseURL!, rol);
    const taken = routes
      .filter((r) => r.soort === "route")
      .flatMap((r) => adressen(r, echt).slice(0, 4))
      .flatMap((url) => lichamen.map((l) => ({ url, l })));
    await tegelijk(taken, async ({ url, l }) => {
      const r = await req.post(url, {
        headers: { Origin: origin, "Content-Type": l["Content-Type"] },
        data: l.data,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      // A route handler without POST gets Next's own empty 405: no 5xx is what counts here.
      if (r.status() >= 500)
        fouten.push({
          rol: rol.naam,
          methode: `POST ${l["Content-Type"]}`,
          url,
          status: r.status(),
          waarom: (await r.text()).slice(0, 200),
        });
    });
    await req.dispose();
  }
  await meld(fouten);
});

test(
  doorNginx
    ? "through nginx, a method no browser uses gets a Dutch 405 with Allow, OPTIONS goes on, never a 5xx"
    : "at the bare server, a method no browser uses gets an answer that leaks nothing, OPTIONS never a 5xx",
  async ({ baseURL }) => {
    const echt = await echteWaarden();
    const req = await context(baseURL!, ROLLEN[0]);
    const fouten: Fout[] = [];
    // Every page and route handler with its real id, and an address that does not exist.
    const urls = [
      ...routes.flatMap((r) =>
        adressen(r, echt)
          .slice(SEGMENTEN.length, SEGMENTEN.length + 1)
          .map((url) => ({ url, soort: r.soort })),
      ),
      { url: "/bestaat-niet", soort: "pagina" as const },
    ];
    // TRACE: Next.js answers it with a bare 500 (its WHATWG Request refuses the method); PUT, DELETE,
    // PATCH and PROPFIND render the page as if they were a GET.
    const methoden = ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"];
    await tegelijk(
      urls.flatMap((u) => [...methoden, "OPTIONS"].map((methode) => ({ ...u, methode }))),
      async ({ url, methode }) => {
        const r = await req.fetch(url, { method: methode, maxRedirects: 0, failOnStatusCode: false });
        const allow = r.headers()["allow"] ?? "";
        const tekst = await r.text();
        const fout = (waarom: string) => fouten.push({ rol: "anoniem", methode, url, status: r.status(), waarom });
        const gelekt = lek(tekst);
        if (gelekt) fout(gelekt);
        if (methode === "OPTIONS") {
          if (r.status() >= 500) fout("OPTIONS met een 5xx");
        } else if (
          doorNginx &&
          (r.status() !== 405 ||
            allow !== "GET, HEAD, POST, OPTIONS" ||
            !tekst.includes(`De methode ${methode} wordt op deze website niet gebruikt`))
        ) {
          fout(`${r.status()}, Allow "${allow}": ${tekst.slice(0, 80)}`);
        }
      },
    );
    expect(urls.length).toBeGreaterThan(50);
    await req.dispose();
    await meld(fouten);
  },
);

test("a crafted router-state header gets an answer that leaks nothing, a real one the page", async ({ baseURL }) => {
  const req = await context(baseURL!, ROLLEN[0]);
  // What the client router sends when it navigates to /werkplekken (seen in Chromium), and crafted
  // ones. Each with the matching _rsc value, as the client computes it: without it Next.js only
  // redirects. Next.js answers a crafted one with a 500: no browser sends it, so that is allowed
  // when the answer leaks nothing.
  const echt = [
    "",
    {
      children: [
        "(publiek)",
        { children: ["werkplekken", { children: ["__PAGE__", {}, null, null, 0] }, null, "refetch", 0] },
        null,
        null,
        0,
      ],
    },
    null,
    null,
    16,
  ];
  const nep = ["geen json", JSON.stringify(["__proto__", { constructor: 1 }]), JSON.stringify([1, 2, 3]), "%E0%A4%A"];
  const navigeer = async (pad: string, boom: string) => {
    const staat = boom.startsWith("%") ? boom : encodeURIComponent(boom);
    const rsc = await computeCacheBustingSearchParam(undefined, undefined, staat, undefined);
    return req.get(`${pad}?_rsc=${rsc}`, {
      headers: { RSC: "1", "Next-Router-State-Tree": staat },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  };
  const goed = await navigeer("/werkplekken", JSON.stringify(echt));
  expect(goed.status()).toBe(200);
  expect(await goed.text()).toContain("Werkplekken zoeken");
  const fouten: Fout[] = [];
  for (const pad of ["/", "/werkplekken", "/gemeente", "/aanbieder/toewijzingen"])
    for (const boom of nep) {
      const r = await navigeer(pad, boom);
      const gelekt = lek(await r.text());
      if (gelekt) fouten.push({ rol: "anoniem", methode: `GET ${boom}`, url: pad, status: r.status(), waarom: gelekt });
    }
  await req.dispose();
  await meld(fouten);
});

test(
  doorNginx
    ? "through nginx, Range and failing preconditions are dropped: a file in public/ or _next/static comes whole"
    : "at the bare server, a Range a browser sends is served, a crafted one leaks nothing",
  async ({ baseURL, page }) => {
    // The page's own script is a file of _next/static.
    await page.goto("/");
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const req = await context(baseURL!, ROLLEN[0]);
    const fouten: Fout[] = [];
    // A browser asks for part of a file (media, a resumed download): bytes=0-1, with If-Range. The
    // rest no browser sends; Next.js answered them with a 500 (its file server's 416 and 412 became one).
    const koppen: { headers: Record<string, string>; browser?: true }[] = [
      ...["bytes=999999999-", "bytes=5-2", "bytes=abc"].map((Range) => ({ headers: { Range } })),
      { headers: { Range: "bytes=0-1" }, browser: true },
      { headers: { "If-Match": '"geen-etag"' } },
      { headers: { "If-Unmodified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" } },
      { headers: { Range: "bytes=0-1", "If-Range": '"geen-etag"' }, browser: true },
    ];
    for (const pad of ["/favicon.svg", "/robots.txt", "/.well-known/security.txt", script!]) {
      const geheel = await (await req.get(pad)).body();
      for (const { headers, browser } of koppen) {
        const r = await req.get(pad, { headers, failOnStatusCode: false });
        const body = await r.body();
        const fout = (waarom: string) =>
          fouten.push({ rol: "anoniem", methode: `GET ${JSON.stringify(headers)}`, url: pad, status: r.status(), waarom });
        if (doorNginx) {
          if (r.status() !== 200 || !body.equals(geheel)) fout(`${body.length} van ${geheel.length} bytes`);
        } else if (browser) {
          if (r.status() >= 500) fout("5xx op een verzoek dat een browser stuurt");
        } else {
          const gelekt = lek(body.toString("utf8"));
          if (gelekt) fout(gelekt);
        }
      }
    }
    await req.dispose();
    await meld(fouten);
  },
);

test("a form post that names no action or another page's action gets no 5xx and leaks nothing; a script call of no action gets Next's answer", async ({
  baseURL,
}) => {
  const req = await context(baseURL!, ROLLEN[0]);
  const origin = new URL(baseURL!).origin;
  // The interest form's action is on the detail page only (app/(publiek)/werkplekken/[slug]/page).
  const interesse = serverActies().find((a) => a.pagina === "/werkplekken/[slug]")!;
  expect(interesse, "an action of the detail page").toBeTruthy();
  // A browser can send these (a form of an old page, a form pointed elsewhere): Next.js answers
  // them in English ("Invalid Server Action request." 400, "Server Action unavailable." 409).
  const gevallen: { url: string; multipart: Record<string, string> }[] = [
    { url: "/", multipart: { naam: "x" } },
    { url: "/werkplekken", multipart: { naam: "x" } },
    { url: "/bestaat-niet", multipart: { naam: "x" } },
    { url: "/", multipart: { [`$ACTION_ID_${interesse.id}`]: "", naam: "x" } },
    { url: "/gemeente", multipart: { [`$ACTION_ID_${interesse.id}`]: "", naam: "x" } },
  ];
  const fouten: Fout[] = [];
  for (const g of gevallen) {
    const r = await req.post(g.url, { headers: { Origin: origin }, multipart: g.multipart, maxRedirects: 0, failOnStatusCode: false });
    const tekst = await r.text();
    const waarom = r.status() >= 500 ? "5xx" : lek(tekst);
    if (waarom)
      fouten.push({ rol: "anoniem", methode: `POST ${Object.keys(g.multipart).join(",")}`, url: g.url, status: r.status(), waarom });
  }
  // From a script: an id of no build gets Next's 409 with the header the client router reads (so
  // src/app/error.tsx says "Het portaal is intussen bijgewerkt"); an id that is none leaks nothing.
  const script = (id: string) =>
    req.post("/", {
      headers: { Origin: origin, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      failOnStatusCode: false,
    });
  const onbekend = await script("7f" + "0".repeat(40));
  expect(onbekend.status()).toBe(409);
  expect(onbekend.headers()["x-nextjs-action-not-found"]).toBe("1");
  const onzin = await script("__proto__");
  expect(lek(await onzin.text())).toBeNull();
  await req.dispose();
  await meld(fouten);
});
