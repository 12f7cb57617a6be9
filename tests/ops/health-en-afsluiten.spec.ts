import http from "node:http";
import { expect, test } from "@playwright/test";
import { databaseNaam, eersteWerkplek, nieuweDatabase, startServer } from "./server";

const POORT = Number(process.env.OPS_PORT ?? 3113);

test.describe(`health check and graceful shutdown (${databaseNaam})`, () => {
  test("/api/health answers ok with the version; 503 when the database does not answer", async () => {
    const server = await startServer(POORT, nieuweDatabase("health"));
    try {
      const antwoord = await fetch(`${server.url}/api/health`);
      expect(antwoord.status).toBe(200);
      const inhoud = await antwoord.json();
      expect(inhoud).toEqual({
        status: "ok",
        database: "ok",
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        commit: expect.stringMatching(/^([0-9a-f]{40}|onbekend)$/),
      });
    } finally {
      await server.stop();
    }
    const zonderDatabase = databaseNaam === "SQLite" ? "file:/bestaat/niet/werktmee.db" : "postgresql://postgres@localhost:1/weg";
    const kapot = await startServer(POORT + 1, zonderDatabase);
    try {
      const antwoord = await fetch(`${kapot.url}/api/health`);
      expect(antwoord.status).toBe(503);
      expect(await antwoord.json()).toMatchObject({ status: "fout", database: "onbereikbaar" });
      // the answer names no setting (no URL, no path)
      expect(JSON.stringify(await (await fetch(`${kapot.url}/api/health`)).json())).not.toMatch(/bestaat|postgres|localhost/);
    } finally {
      await kapot.stop();
    }
  });

  test("SIGTERM: the request in flight is answered, new ones are refused, the database is closed", async () => {
    const server = await startServer(POORT + 2, nieuweDatabase("afsluiten"));
    const slug = await eersteWerkplek(server.url);
    const pagina = await (await fetch(`${server.url}/werkplekken/${slug}`)).text();
    // A slow upload: the request is under way when the signal comes.
    const antwoord = new Promise<number>((klaar, faal) => {
      const req = http.request(
        `${server.url}/werkplekken/${slug}`,
        { method: "POST", headers: { "Content-Type": "text/plain" } },
        (res) => {
          res.resume();
          res.on("end", () => klaar(res.statusCode ?? 0));
        },
      );
      req.on("error", faal);
      req.write("begin van een trage upload ");
      setTimeout(() => req.end("en het einde"), 1500);
    });
    await new Promise((r) => setTimeout(r, 300));
    server.proces.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    expect(await antwoord).toBeGreaterThan(0); // answered, not cut off
    expect(pagina).toContain("interesse");
    expect(await server.einde).toBe(143);
    const berichten = server.logs().map((l) => l.msg);
    expect(berichten).toContain("database gesloten, server stopt");
  });
});
