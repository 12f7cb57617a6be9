import { expect, test } from "@playwright/test";
import { databaseNaam, nieuweDatabase, startServer } from "./server";

// Issue 23 on a real `next start` (scripts/serve.sh): the probes answer without a session and are
// not logged, /metrics answers only with the token and counts the requests of this server by route
// pattern, and every log line names the build.
const POORT = Number(process.env.OPS_PORT ?? 3113) + 7;
const TOKEN = "ops-metrics-token-alleen-voor-tests";

// Making and seeding the database takes minutes on a busy machine.
test.setTimeout(600_000);

test(`probes, /metrics and the build in the logs (${databaseNaam})`, async () => {
  const server = await startServer(POORT, nieuweDatabase("metrieken"), { METRICS_TOKEN: TOKEN, GIT_COMMIT: "a".repeat(40) });
  try {
    const live = await fetch(`${server.url}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", database: "ok", migraties: "ok", afsluiten: false });
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ commit: "a".repeat(40) });

    // A page with an id in its path and a query string, and a path no route has.
    await fetch(`${server.url}/werkplekken/bestaat-niet-123?zoek=Jansen`);
    await fetch(`${server.url}/wp-login.php`);

    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { Authorization: "Bearer fout-fout-fout-fout" } })).status).toBe(401);
    const metrics = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(metrics.status).toBe(200);
    const tekst = await metrics.text();
    expect(tekst).toMatch(/werktmee_http_verzoeken_totaal\{route="\/api\/health\/ready",methode="GET",status="200"\} 1/);
    expect(tekst).toMatch(/werktmee_http_verzoeken_totaal\{route="\/werkplekken\/\[slug\]",methode="GET",status="404"\} 1/);
    expect(tekst).toMatch(/werktmee_http_verzoeken_totaal\{route="\[onbekend\]",methode="GET",status="404"\} 1/);
    expect(tekst).toMatch(/^werktmee_declaratieregels_open \d+$/m);
    expect(tekst).toMatch(/^werktmee_iwmo_termijnen_te_laat\{wat="bericht-gemeente"\} \d+$/m);
    expect(tekst).not.toMatch(/bestaat-niet-123|zoek=|Jansen|wp-login/);
  } finally {
    await server.stop();
  }
  const logs = server.logs();
  expect(logs.length).toBeGreaterThan(0);
  expect(logs.every((l) => l.commit === "a".repeat(40) && typeof l.version === "string")).toBe(true);
  // The probes are not logged per request; the page is.
  const paden = logs.filter((l) => l.msg === "verzoek").map((l) => l.path);
  expect(paden).toContain("/werkplekken/bestaat-niet-123");
  expect(paden.filter((p) => typeof p === "string" && (p.startsWith("/api/health") || p === "/metrics"))).toEqual([]);
});
