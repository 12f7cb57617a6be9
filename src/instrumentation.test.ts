import { describe, expect, it } from "vitest";
import { geenBrowserVerzoek } from "./instrumentation";

// Which failed requests are logged at warn (no browser sends them) and which at error (docs/decisions/0036).
const verzoek = (method: string, headers: Record<string, string> = {}) => ({ path: "/werkplekken", method, headers });
const pagina = { routerKind: "App Router", routePath: "/werkplekken", routeType: "render" };
const actie = { ...pagina, routeType: "action" };

describe("geenBrowserVerzoek", () => {
  it("takes another method, a failed script call of an action and an unreadable body for a crafted request", () => {
    expect(geenBrowserVerzoek(verzoek("TRACE"), pagina, new TypeError("x"))).toBe(true);
    expect(geenBrowserVerzoek(verzoek("POST", { "next-action": "7f00" }), actie, new SyntaxError("x"))).toBe(true);
    const kapot = verzoek("POST", { "content-type": "multipart/form-data; boundary=x" });
    expect(geenBrowserVerzoek(kapot, pagina, new TypeError("Failed to parse body as FormData."))).toBe(true);
    expect(geenBrowserVerzoek(verzoek("GET", { "next-router-state-tree": "geen%20json" }), pagina, new Error("x"))).toBe(true);
  });

  it("keeps an error of a page, of a real navigation or of a form post an error", () => {
    expect(geenBrowserVerzoek(verzoek("GET"), pagina, new Error("database weg"))).toBe(false);
    const staat = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, 16]));
    expect(geenBrowserVerzoek(verzoek("GET", { "next-router-state-tree": staat }), pagina, new Error("database weg"))).toBe(false);
    const form = verzoek("POST", { "content-type": "multipart/form-data; boundary=x" });
    expect(geenBrowserVerzoek(form, pagina, new Error("database weg"))).toBe(false);
  });
});
