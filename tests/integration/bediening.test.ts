import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { maakNoorJansen } from "../fixtures/declaratie-omgeving";
import { maakAanbieder } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import { GET as health } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as metrics } from "@/app/metrics/route";
import { zetAfsluiten } from "@/server/afsluiten";
import { db } from "@/server/db";
import { herlaadEnv } from "@/server/env";
import { patronenVanBuild } from "@/server/routepatroon";
import { installeerVerzoekMeting } from "@/server/verzoekmeting";

// Issue 23: the probes and /metrics, through their route handlers, on this file's own database.

const TOKEN = "een-token-van-minstens-zestien-tekens";
const scrape = (kop?: string) => metrics(new Request("http://localhost/metrics", { headers: kop ? { Authorization: kop } : {} }));
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function metriekWaarde(tekst: string, regel: string): number {
  const gevonden = tekst.split("\n").find((r) => r.startsWith(`${regel} `));
  if (!gevonden) throw new Error(`${regel} niet in /metrics`);
  return Number(gevonden.slice(regel.length + 1));
}

beforeAll(async () => {
  const aanbieder = await maakAanbieder(testDb, "Aanbieder Metriek");
  const regisseur = await testDb.gebruiker.create({ data: { email: "tr@t.example", naam: "Tr", rol: "TRAJECTREGISSEUR" } });
  const inwonerId = await maakNoorJansen(testDb, regisseur.id);
  const toewijzing = await testDb.toewijzing.create({
    data: {
      nummer: "TW-2026-000001",
      inwonerId,
      productCode: "OP_TREDE_3",
      aanbiederId: aanbieder.id,
      startdatum: d("2026-01-05"),
      einddatum: d("2027-01-04"),
      urenPerWeek: 12,
      status: "GESTART",
      gestartOp: d("2026-01-05"),
      afgegevenDoorId: regisseur.id,
      contactpersoonId: regisseur.id,
    },
  });
  // Two lines waiting for the check: one since May (late), one submitted now (not late); one paid.
  for (const [nummer, status, ingediendOp] of [
    ["DR-2026-000001", "INGEDIEND", new Date("2026-05-04T09:00:00Z")],
    ["DR-2026-000002", "INGEDIEND", new Date()],
    ["DR-2026-000003", "BETAALD", new Date("2026-04-02T09:00:00Z")],
  ] as const) {
    await testDb.declaratieregel.create({
      data: {
        nummer,
        toewijzingId: toewijzing.id,
        aanbiederId: aanbieder.id,
        productCode: "OP_TREDE_3",
        maand: "2026-04",
        periodeStart: d("2026-04-01"),
        periodeEind: d("2026-04-28"),
        volume: 30,
        eenheid: "04",
        tariefCent: 1063,
        bedragCent: 31890,
        status,
        ingediendOp,
      },
    });
  }
  // One message of the gemeente to send, its deadline passed; one of the aanbieder, in time.
  for (const [id, partij, uiterlijkOp] of [
    ["1", "GEMEENTE", d("2026-01-10")],
    ["2", "AANBIEDER", new Date(Date.now() + 7 * 86_400_000)],
  ] as const) {
    await testDb.iwmoBericht.create({
      data: {
        soort: "301",
        richting: "UIT",
        partij,
        status: "TE_VERZENDEN",
        aanbiederId: aanbieder.id,
        afzender: "0200",
        ontvanger: "12345678",
        identificatie: `ID-${id}`,
        dagtekening: d("2026-01-05"),
        inhoudHash: `hash-${id}`,
        bestandsnaam: `bericht-${id}.xml`,
        xml: "<Bericht/>",
        uiterlijkOp,
        omschrijving: "toewijzing TW-2026-000001 voor Noor Jansen",
      },
    });
  }
});

afterEach(() => {
  zetAfsluiten(false);
  vi.restoreAllMocks();
  delete process.env.METRICS_TOKEN;
  herlaadEnv();
});

describe("/api/health/live", () => {
  it("answers 200 while the process runs, without touching the database", async () => {
    const spion = vi.spyOn(db, "$queryRaw").mockRejectedValue(new Error("database weg"));
    const antwoord = live();
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ status: "ok" });
    expect(spion).not.toHaveBeenCalled();
  });
});

describe("/api/health/ready", () => {
  it("is ready on a migrated database", async () => {
    const antwoord = await ready();
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ status: "ok", database: "ok", migraties: "ok", afsluiten: false });
    expect(antwoord.headers.get("cache-control")).toBe("no-store");
  });

  it("is not ready (503) while draining after SIGTERM", async () => {
    zetAfsluiten(true);
    const antwoord = await ready();
    expect(antwoord.status).toBe(503);
    expect(await antwoord.json()).toMatchObject({ status: "fout", afsluiten: true });
  });

  it("is not ready (503) when the database does not answer, and names no setting", async () => {
    vi.spyOn(db, "$queryRaw").mockRejectedValue(new Error("connect ECONNREFUSED file:/geheim/pad.db"));
    const antwoord = await ready();
    expect(antwoord.status).toBe(503);
    const tekst = await antwoord.text();
    expect(JSON.parse(tekst)).toMatchObject({ status: "fout", database: "onbereikbaar" });
    expect(tekst).not.toMatch(/geheim|ECONNREFUSED|file:/);
  });

  it("is not ready (503) when a migration shipped with the build is not applied", async () => {
    const [laatste] = await testDb.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await testDb.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = ${laatste!.migration_name}`;
    try {
      const antwoord = await ready();
      expect(antwoord.status).toBe(503);
      expect(await antwoord.json()).toEqual({ status: "fout", database: "ok", migraties: "ontbreken", afsluiten: false });
    } finally {
      await testDb.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${laatste!.migration_name}`;
    }
    expect((await ready()).status).toBe(200);
  });
});

describe("/api/health", () => {
  it("keeps its answer and adds the version and the commit", async () => {
    const antwoord = await health();
    expect(antwoord.status).toBe(200);
    const pakket = JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string };
    expect(await antwoord.json()).toEqual({
      status: "ok",
      database: "ok",
      version: pakket.version,
      commit: expect.stringMatching(/^([0-9a-f]{40}|onbekend)$/),
    });
  });
});

describe("/metrics", () => {
  it("does not exist (404) without METRICS_TOKEN", async () => {
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a missing or wrong token (401) and answers the right one in the Prometheus format", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    herlaadEnv();
    const zonder = await scrape();
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await zonder.text()).not.toContain("werktmee_");
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN.slice(0, -1)}`)).status).toBe(401);
    expect((await scrape(`Basic ${TOKEN}`)).status).toBe(401);

    const antwoord = await scrape(`Bearer ${TOKEN}`);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const tekst = await antwoord.text();
    expect(metriekWaarde(tekst, "werktmee_declaratieregels_open")).toBe(2);
    expect(metriekWaarde(tekst, "werktmee_declaratieregels_te_laat")).toBe(1);
    expect(metriekWaarde(tekst, 'werktmee_iwmo_termijnen_open{wat="bericht-gemeente"}')).toBe(1);
    expect(metriekWaarde(tekst, 'werktmee_iwmo_termijnen_te_laat{wat="bericht-gemeente"}')).toBe(1);
    expect(metriekWaarde(tekst, 'werktmee_iwmo_termijnen_open{wat="bericht-aanbieder"}')).toBe(1);
    expect(metriekWaarde(tekst, 'werktmee_iwmo_termijnen_te_laat{wat="bericht-aanbieder"}')).toBe(0);
    expect(metriekWaarde(tekst, 'werktmee_iwmo_termijnen_open{wat="antwoord-op-verzoek"}')).toBe(0);
    expect(tekst).toContain("process_cpu_seconds_total");
  });

  describe("requests counted in the HTTP server", () => {
    let server: http.Server;
    let basis: string;
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "routes-"));

    beforeAll(async () => {
      // The routes manifest of a build (the shape `next build` writes), read before any request.
      fs.writeFileSync(
        path.join(map, "routes-manifest.json"),
        JSON.stringify({
          staticRoutes: [
            { page: "/gemeente/inwoners", regex: "^/gemeente/inwoners(?:/)?$" },
            { page: "/gemeente/inwoners/nieuw", regex: "^/gemeente/inwoners/nieuw(?:/)?$" },
          ],
          dynamicRoutes: [{ page: "/gemeente/inwoners/[id]", regex: "^/gemeente/inwoners/([^/]+?)(?:/)?$" }],
        }),
      );
      expect(patronenVanBuild(map).map((p) => p.page)).toContain("/gemeente/inwoners/[id]");
      installeerVerzoekMeting();
      server = http.createServer((req, res) => {
        res.statusCode = req.url?.includes("onbekend-id") ? 404 : 200;
        res.end("ok");
      });
      await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
      basis = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });

    afterAll(async () => {
      await new Promise((klaar) => server.close(klaar));
      fs.rmSync(map, { recursive: true, force: true });
    });

    it("labels each request with its route pattern, method and status: no ids, names, query strings or unknown paths", async () => {
      await fetch(`${basis}/gemeente/inwoners/cmabc123xyz?zoek=Jansen`);
      await fetch(`${basis}/gemeente/inwoners/onbekend-id`);
      await fetch(`${basis}/gemeente/inwoners/nieuw`);
      await fetch(`${basis}/wp-admin/111222333.php`, { method: "POST" });
      process.env.METRICS_TOKEN = TOKEN;
      herlaadEnv();
      const tekst = await (await scrape(`Bearer ${TOKEN}`)).text();
      const regel = (labels: string) => metriekWaarde(tekst, `werktmee_http_verzoeken_totaal{${labels}}`);
      expect(regel('route="/gemeente/inwoners/[id]",methode="GET",status="200"')).toBe(1);
      expect(regel('route="/gemeente/inwoners/[id]",methode="GET",status="404"')).toBe(1);
      expect(regel('route="/gemeente/inwoners/nieuw",methode="GET",status="200"')).toBe(1);
      expect(regel('route="[onbekend]",methode="POST",status="200"')).toBe(1);
      expect(tekst).toMatch(
        /werktmee_http_verzoek_duur_seconden_count\{route="\/gemeente\/inwoners\/\[id\]",methode="GET",status="200"\} 1/,
      );
      // Nothing of a path, a query or the inwoner's data in any label.
      expect(tekst).not.toMatch(/cmabc123xyz|zoek=|Jansen|Noor|111222333|wp-admin|TW-2026|DR-2026/);
    });
  });
});
