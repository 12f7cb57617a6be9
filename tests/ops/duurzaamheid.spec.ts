import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { databaseNaam, eersteWerkplek, nieuweDatabase, sql, startServer, stuurInteresse } from "./server";

const POORT = Number(process.env.OPS_PORT ?? 3113) + 3;
const AANTAL = 500;
const TEGELIJK = 8;

// kill -9 during a stream of writes: every write that was answered with success is there after a
// restart, and no row is half written.
test(`durability: kill -9 during ${AANTAL} interest requests (${databaseNaam})`, async () => {
  const url = nieuweDatabase("duurzaam");
  let server = await startServer(POORT, url);
  const slug = await eersteWerkplek(server.url);
  const pagina = await (await fetch(`${server.url}/werkplekken/${slug}`)).text();
  const gelukt = new Map<string, number>();
  let volgende = 0;
  let gedood = false;
  const werker = async () => {
    while (volgende < AANTAL) {
      const n = volgende++;
      if (!gedood && gelukt.size >= AANTAL / 2) {
        gedood = true;
        server.proces.kill("SIGKILL");
      }
      try {
        const ref = await stuurInteresse(
          server.url,
          slug,
          {
            naam: `Duurzaam ${n}`,
            email: "",
            telefoon: "0612345678",
            postcode: "7311AA",
            bericht: `Bericht nummer ${n}`,
            toestemming: "ja",
          },
          pagina,
        );
        if (ref) gelukt.set(ref, n);
      } catch {
        // the server is gone: this write got no success answer
      }
    }
  };
  await Promise.all(Array.from({ length: TEGELIJK }, werker));
  expect(gedood).toBe(true);
  expect(gelukt.size).toBeGreaterThanOrEqual(AANTAL / 2);
  await server.einde;

  // Restart on the same database: it opens (SQLite recovers its WAL) and serves.
  server = await startServer(POORT, url);
  try {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    type Rij = { referentie: string; naam: string; bericht: string; postcode: string; telefoon: string; toestemmingOp: unknown };
    const rijen = await sql<Rij>(
      url,
      `SELECT "referentie", "naam", "bericht", "postcode", "telefoon", "toestemmingOp" FROM "Interesse" WHERE "naam" LIKE 'Duurzaam %'`,
    );
    const opReferentie = new Map(rijen.map((r) => [r.referentie, r]));
    for (const [ref, n] of gelukt) {
      const rij = opReferentie.get(ref);
      expect(rij, `geslaagde aanvraag ${ref} ontbreekt`).toBeDefined();
      expect([rij!.naam, rij!.bericht, rij!.postcode, rij!.telefoon]).toEqual([
        `Duurzaam ${n}`,
        `Bericht nummer ${n}`,
        "7311 AA",
        "0612345678",
      ]);
    }
    // No half-written rows: every stored request is complete and matches what was sent.
    for (const r of rijen) {
      const n = Number(r.naam.slice("Duurzaam ".length));
      expect(r.bericht).toBe(`Bericht nummer ${n}`);
      expect(r.referentie).toMatch(/^AWM-[A-Z0-9]{8}$/);
      expect(r.toestemmingOp).toBeTruthy();
    }
    if (databaseNaam === "SQLite") {
      const bestand = new Database(url.replace(/^file:/, ""), { readonly: true });
      expect(bestand.pragma("integrity_check", { simple: true })).toBe("ok");
      bestand.close();
    }
  } finally {
    await server.stop();
  }
});
