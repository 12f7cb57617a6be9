import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { zetMailKlaar } from "@/server/mail/wachtrij";
import { metrieken } from "@/server/metriek";
import { soortVan } from "@/server/prisma-client";
import { draaiTaak, OnbekendeTaak, slotSleutel } from "@/server/taken/intern/draaien";
import { TAKEN } from "@/server/taken/intern/lijst";
import { PLANNING, planningAan, startPlanning } from "@/server/taken/intern/planning";
import { testDatabase, testDb } from "../support/database";

// The task runner (issue 23): one run of a task by name, once at a time, one log line and a
// metric per run.

/** A logger that keeps its JSON lines. */
function logVoorTest() {
  const regels: Record<string, unknown>[] = [];
  const stroom = new Writable({
    write(stuk: Buffer, _c, klaar) {
      for (const r of stuk.toString("utf8").split("\n").filter(Boolean)) regels.push(JSON.parse(r) as Record<string, unknown>);
      klaar();
    },
  });
  return { log: pino({ level: "info" }, stroom), regels };
}

async function runs(taak: string, uitkomst: string): Promise<number> {
  const m = await metrieken.taakRuns.get();
  return m.values.find((v) => v.labels.taak === taak && v.labels.uitkomst === uitkomst)?.value ?? 0;
}

describe("draaiTaak", () => {
  it("refuses an unknown task with a Dutch message that lists the tasks", async () => {
    const fout = await draaiTaak("herinnering").catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(OnbekendeTaak);
    expect((fout as Error).message).toMatch(/^Onbekende taak "herinnering"\. De taken zijn:/);
    for (const t of TAKEN) expect((fout as Error).message).toContain(t.naam);
  });

  it("writes one log line per run with the task, outcome, duration and counts only, and counts the run", async () => {
    await zetMailKlaar({ aan: "geheim@example.nl", onderwerp: "Uw code", tekst: "x" });
    const { log, regels } = logVoorTest();
    const voor = await runs("mail-versturen", "gelukt");
    const run = await draaiTaak("mail-versturen", { nu: new Date(Date.now() + 1000), log });
    expect(run).toMatchObject({ taak: "mail-versturen", uitkomst: "gelukt", telling: { verzonden: 1, opnieuw: 0 } });
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({ taak: "mail-versturen", uitkomst: "gelukt", telling: { verzonden: 1 }, duur: expect.any(Number) });
    expect(JSON.stringify(regels[0])).not.toMatch(/geheim|Uw code/);
    expect(await runs("mail-versturen", "gelukt")).toBe(voor + 1);
  });

  it("is idempotent: a second run sends nothing the first sent", async () => {
    await zetMailKlaar({ aan: "a@example.nl", onderwerp: "een keer", tekst: "x" });
    const nu = new Date(Date.now() + 1000);
    expect((await draaiTaak("mail-versturen", { nu })).telling).toMatchObject({ verzonden: 1 });
    expect((await draaiTaak("mail-versturen", { nu })).telling).toMatchObject({ verzonden: 0 });
    const eersteKeer = await draaiTaak("iwmo-bijwerken", { nu });
    expect(eersteKeer.uitkomst).toBe("gelukt");
    expect((await draaiTaak("iwmo-bijwerken", { nu })).telling).toEqual({ nieuw: 0, fouten: 0 });
  });

  it("skips a run while the same task runs in this process", async () => {
    const { log, regels } = logVoorTest();
    const voor = await runs("mail-versturen", "overgeslagen");
    const [a, b] = await Promise.all([draaiTaak("mail-versturen", { log }), draaiTaak("mail-versturen", { log })]);
    expect([a.uitkomst, b.uitkomst].sort()).toEqual(["gelukt", "overgeslagen"]);
    expect(regels.map((r) => r.uitkomst).sort()).toEqual(["gelukt", "overgeslagen"]);
    expect(await runs("mail-versturen", "overgeslagen")).toBe(voor + 1);
  });

  // Another instance is another connection holding the task's advisory lock.
  it.runIf(soortVan(testDb) === "postgresql")("on PostgreSQL skips while another instance holds the task's lock", async () => {
    const ander = new pg.Client({ connectionString: testDatabase.url });
    await ander.connect();
    try {
      await ander.query("SELECT pg_advisory_lock($1::bigint)", [slotSleutel("mail-versturen").toString()]);
      expect((await draaiTaak("mail-versturen")).uitkomst).toBe("overgeslagen");
      // Another task has its own lock.
      expect((await draaiTaak("iwmo-bijwerken")).uitkomst).toBe("gelukt");
      await ander.query("SELECT pg_advisory_unlock($1::bigint)", [slotSleutel("mail-versturen").toString()]);
      expect((await draaiTaak("mail-versturen")).uitkomst).toBe("gelukt");
    } finally {
      await ander.end();
    }
  });
});

describe("the schedule", () => {
  it("has a time for every task, and runs in Dutch time", () => {
    for (const t of TAKEN) expect(PLANNING[t.naam], t.naam).toBeDefined();
    const jobs = startPlanning(async () => {});
    try {
      expect(jobs).toHaveLength(TAKEN.length);
      // 02:15 in Amsterdam is 01:15 UTC in winter and 00:15 UTC in summer.
      const iwmo = jobs[TAKEN.findIndex((t) => t.naam === "iwmo-bijwerken")]!;
      expect(iwmo.nextRun(new Date("2026-12-07T12:00:00Z"))?.toISOString()).toBe("2026-12-08T01:15:00.000Z");
      expect(iwmo.nextRun(new Date("2026-07-07T12:00:00Z"))?.toISOString()).toBe("2026-07-08T00:15:00.000Z");
    } finally {
      for (const j of jobs) j.stop();
    }
  });

  it("is on for a production server on SQLite unless TAKEN_PLANNEN says otherwise, off elsewhere", () => {
    const sqlite = "file:./data/werktmee.db";
    const postgres = "postgresql://db/werktmee";
    expect(planningAan({ NODE_ENV: "production", DATABASE_URL: sqlite, TAKEN_PLANNEN: undefined })).toBe(true);
    expect(planningAan({ NODE_ENV: "production", DATABASE_URL: sqlite, TAKEN_PLANNEN: "uit" })).toBe(false);
    expect(planningAan({ NODE_ENV: "production", DATABASE_URL: postgres, TAKEN_PLANNEN: undefined })).toBe(false);
    expect(planningAan({ NODE_ENV: "production", DATABASE_URL: postgres, TAKEN_PLANNEN: "aan" })).toBe(true);
    expect(planningAan({ NODE_ENV: "test", DATABASE_URL: sqlite, TAKEN_PLANNEN: undefined })).toBe(false);
  });
});
