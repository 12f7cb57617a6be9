import http from "node:http";
import { expect, test } from "@playwright/test";
import { databaseNaam, nieuweDatabase, startNginx, startServer, type Nginx, type Server } from "./server";
import { lek } from "../e2e/gekke-verzoeken-routes";

// The edge as production runs it (docs/decisions/0036): nginx (deploy/nginx) in front of two
// instances. What nginx answers itself (odd methods, Range, the size limits), what it passes on
// (its request id, the client's address), and that a request no browser sends, at nginx or at the
// bare server, is answered without a leak and logged once, at warn level. The whole crafted-request
// sweep runs through nginx too: `E2E_NGINX=1 playwright test tests/e2e/gekke-verzoeken.spec.ts`.
// Same ports as twee-instanties.spec.ts: the files run one after the other.
const POORT = Number(process.env.OPS_PORT ?? 3113) + 4;
const METRICS_TOKEN = "ops-metrieken-token-alleen-voor-tests";

/** A request with any method (fetch refuses TRACE): status, headers and body text. */
function rauw(url: string, method: string) {
  return new Promise<{ status: number; allow: string | undefined; tekst: string }>((klaar, fout) => {
    const req = http.request(url, { method }, (res) => {
      let tekst = "";
      res.on("data", (d) => (tekst += d));
      res.on("end", () => klaar({ status: res.statusCode ?? 0, allow: res.headers.allow, tekst }));
    });
    req.on("error", fout);
    req.end();
  });
}

test.describe(`nginx in front of two instances (${databaseNaam})`, () => {
  test.setTimeout(90_000);
  let a: Server;
  let b: Server;
  let n: Nginx;

  test.beforeAll(async () => {
    const url = nieuweDatabase("grens");
    const achterNginx = { TRUSTED_PROXIES: "127.0.0.1", APP_URL: `http://localhost:${POORT + 3}`, METRICS_TOKEN };
    [a, b] = await Promise.all([startServer(POORT, url, achterNginx), startServer(POORT + 1, url, achterNginx)]);
    n = await startNginx(POORT + 3, POORT, POORT + 1);
  });
  test.afterAll(async () => {
    await n?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  /** The JSON log lines of both instances at warn or error level. */
  const meldingen = () => [...a.logs(), ...b.logs()].filter((l) => l.level === "warn" || l.level === "error");

  test("a method no browser uses gets nginx's Dutch 405 with Allow; the instances never see it", async () => {
    for (const methode of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const r = await rauw(`${n.url}/werkplekken`, methode);
      expect(r.status, methode).toBe(405);
      expect(r.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(r.tekst).toContain(`De methode ${methode} wordt op deze website niet gebruikt`);
    }
    expect([...a.logs(), ...b.logs()].filter((l) => l.msg === "verzoek" && l.method !== "GET" && l.method !== "POST")).toEqual([]);
  });

  test("/metrics is not served through nginx, even with the token; each instance serves it on the inside", async () => {
    const koppen = { Authorization: `Bearer ${METRICS_TOKEN}` };
    const buiten = await fetch(`${n.url}/metrics`, { headers: koppen });
    expect(buiten.status).toBe(404);
    expect(await buiten.text()).not.toContain("werktmee_");
    const binnen = await fetch(`${a.url}/metrics`, { headers: koppen });
    expect(binnen.status).toBe(200);
    expect(await binnen.text()).toContain("werktmee_http_verzoeken_totaal");
  });

  test("Range and failing preconditions are dropped: the whole file", async () => {
    const geheel = await (await fetch(`${n.url}/robots.txt`)).text();
    const koppen: Record<string, string>[] = [
      { Range: "bytes=5-2" },
      { Range: "bytes=0-1" },
      { "If-Match": '"x"' },
      { "If-Unmodified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" },
    ];
    for (const headers of koppen) {
      const r = await fetch(`${n.url}/robots.txt`, { headers });
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect(await r.text()).toBe(geheel);
    }
  });

  test("a body above the upload limit gets the Dutch 413 page from nginx, an oversized header a Dutch 400", async () => {
    const groot = await fetch(`${n.url}/aanbieder/werkplekken/nieuw`, {
      method: "POST",
      headers: { Origin: n.url, "Content-Type": "application/octet-stream" },
      body: Buffer.alloc(27 * 1024 * 1024, 0x61),
    });
    expect(groot.status).toBe(413);
    const html = await groot.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Een foto mag maximaal 5 MB zijn.");
    const kop = await fetch(`${n.url}/werkplekken`, { headers: { Cookie: `x=${"a".repeat(20_000)}` } });
    expect(kop.status).toBe(400);
    expect(await kop.text()).toContain("te lang");
  });

  test("requests alternate between the instances and carry nginx's request id", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${n.url}/werkplekken`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
      expect(r.status).toBe(200);
      ids.push(r.headers.get("x-request-id")!);
    }
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    const bij = (s: Server) => s.logs().filter((l) => l.msg === "verzoek" && ids.includes(l.reqId as string)).length;
    expect(bij(a)).toBeGreaterThan(0);
    expect(bij(b)).toBeGreaterThan(0);
    expect(bij(a) + bij(b)).toBe(4);
  });

  test("a forged server-action payload through nginx leaks nothing and is logged once, at warn", async () => {
    const html = await (await fetch(`${n.url}/werkplekken`)).text();
    const slug = /href="\/werkplekken\/([a-z0-9-]+)"/.exec(html)![1]!;
    const pagina = await (await fetch(`${n.url}/werkplekken/${slug}`)).text();
    // The action id of the interest form, as the page gives it to a form without JavaScript.
    const id = /"id":"([0-9a-f]{40,})"/.exec(pagina.replaceAll("&quot;", '"'))?.[1] ?? /\$ACTION_ID_([0-9a-f]+)/.exec(pagina)?.[1];
    expect(id, "an action id on the page").toBeTruthy();
    const r = await fetch(`${n.url}/werkplekken/${slug}`, {
      method: "POST",
      headers: { Origin: n.url, "Next-Action": id!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body: '["$1","$Q2"]',
    });
    const reqId = r.headers.get("x-request-id");
    expect(lek(await r.text())).toBeNull();
    await new Promise((klaar) => setTimeout(klaar, 1_000));
    const regels = meldingen().filter((l) => l.reqId === reqId);
    expect(regels.map((l) => l.level)).toEqual(["warn"]);
    expect([...a.regels, ...b.regels].join("\n")).not.toContain("⨯");
  });

  test("at the bare server, TRACE (which Next.js cannot carry) leaks nothing and is logged once, at warn", async () => {
    const fouten = () => a.logs().filter((l) => l.level === "warn" || l.level === "error");
    const voor = fouten().length;
    const antwoord = await rauw(`${a.url}/werkplekken`, "TRACE");
    expect(lek(antwoord.tekst)).toBeNull();
    await new Promise((klaar) => setTimeout(klaar, 1_000));
    const nieuw = fouten().slice(voor);
    expect(nieuw.map((l) => l.level)).toEqual(["warn"]);
    expect(JSON.stringify(nieuw[0])).toContain("TRACE");
  });
});
