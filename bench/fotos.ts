import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { MAP, run } from "./gedeeld";

// Photo serve time from the database vs from a folder, on SQLite (docs/decisions/0039):
//   npx tsx --conditions=react-server bench/fotos.ts [AANTAL]
// Fills a fresh SQLite database and a folder with the same 20 processed photos (1600×1067 JPEG as
// src/server/fotos/intern/verwerken.ts writes them), then reads them AANTAL times (default 300)
// round-robin: (1) through the store alone (DatabaseOpslag.lees vs readFile, what MapOpslag did),
// (2) over HTTP from a small node:http server that answers as the photo route does, one request at
// a time and 10 at a time, the two sources alternating. Prints a table and, last, one JSON line
// (per s: requests per second of time spent in that source). Not part of npm test.

const AANTAL = Number(process.argv[2] ?? 300);
const FOTOS = 20;

async function main() {
  const map = path.join(MAP, "fotos");
  fs.rmSync(map, { recursive: true, force: true });
  fs.mkdirSync(path.join(map, "uploads"), { recursive: true });
  const url = `file:${path.join(map, "fotos.db")}`;
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  process.env.DATABASE_URL = url;
  // Imported after DATABASE_URL is set: the portal's own client and store, as the route uses them.
  const { fotoOpslag } = await import("../src/server/fotos/intern/opslag");
  const opslag = fotoOpslag();

  const sleutels: string[] = [];
  let bytes = 0;
  for (let i = 0; i < FOTOS; i++) {
    // Noise over a gradient compresses about like a photo: a few hundred kB at quality 82.
    const ruw = await sharp({
      create: {
        width: 1600,
        height: 1067,
        channels: 3,
        background: { r: 40 + i * 8, g: 120, b: 200 - i * 5 },
        noise: { type: "gaussian", mean: 128, sigma: 24 },
      },
    })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    const sleutel = `${String(i).padStart(32, "0")}.jpg`;
    await opslag.schrijf(sleutel, new Uint8Array(ruw), "image/jpeg");
    fs.writeFileSync(path.join(map, "uploads", sleutel), ruw);
    sleutels.push(sleutel);
    bytes += ruw.length;
  }
  const gemiddeldKb = Math.round(bytes / FOTOS / 1024);

  const uitDb = async (s: string) => (await opslag.lees(s))!.inhoud;
  const uitMap = async (s: string) => new Uint8Array(await fs.promises.readFile(path.join(map, "uploads", s)));

  type Cijfers = { gemiddeld: number; p50: number; p95: number; p99: number; perSeconde: number };
  function cijfers(tijden: number[], totaal: number): Cijfers {
    const t = [...tijden].sort((a, b) => a - b);
    const p = (q: number) => Number(t[Math.min(t.length - 1, Math.floor(q * t.length))]!.toFixed(3));
    return {
      gemiddeld: Number((t.reduce((a, b) => a + b, 0) / t.length).toFixed(3)),
      p50: p(0.5),
      p95: p(0.95),
      p99: p(0.99),
      perSeconde: Math.round((1000 * t.length) / totaal),
    };
  }

  /**
   * Both sources in one loop, alternating which goes first, so a busy moment of the machine (2 cores
   * shared with other work) weighs on both alike. `gelijktijdig` loops run side by side.
   */
  async function meet(
    lees: { database: () => Promise<unknown>; map: () => Promise<unknown> },
    gelijktijdig: number,
  ): Promise<{ database: Cijfers; map: Cijfers }> {
    for (let i = 0; i < 20; i++) await Promise.all([lees.database(), lees.map()]); // warm up
    const tijden = { database: [] as number[], map: [] as number[] };
    const totaal = { database: 0, map: 0 };
    let volgende = 0;
    await Promise.all(
      Array.from({ length: gelijktijdig }, async () => {
        while (volgende < AANTAL) {
          const volgorde = volgende++ % 2 ? (["database", "map"] as const) : (["map", "database"] as const);
          for (const bron of volgorde) {
            const t0 = performance.now();
            await lees[bron]();
            const t = performance.now() - t0;
            tijden[bron].push(t);
            totaal[bron] += t / gelijktijdig;
          }
        }
      }),
    );
    return { database: cijfers(tijden.database, totaal.database), map: cijfers(tijden.map, totaal.map) };
  }

  // A server that answers like src/app/fotos/[bestand]/route.ts after its access check.
  const server = http.createServer((req, res) => {
    const [, bron, sleutel] = (req.url ?? "").split("/");
    void (bron === "db" ? uitDb : uitMap)(sleutel!).then((data) => {
      res.writeHead(200, { "Content-Type": "image/jpeg", "Cache-Control": "public, max-age=86400, immutable" });
      res.end(data);
    });
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const haal = async (bron: string, s: string) => new Uint8Array(await (await fetch(`${basis}/${bron}/${s}`)).arrayBuffer());

  let n = 0;
  const volgendeSleutel = () => sleutels[n++ % FOTOS]!;
  const uitkomst = {
    aantal: AANTAL,
    fotoKb: gemiddeldKb,
    opslag: await meet({ database: () => uitDb(volgendeSleutel()), map: () => uitMap(volgendeSleutel()) }, 1),
    http1: await meet({ database: () => haal("db", volgendeSleutel()), map: () => haal("map", volgendeSleutel()) }, 1),
    http10: await meet({ database: () => haal("db", volgendeSleutel()), map: () => haal("map", volgendeSleutel()) }, 10),
  };
  server.close();

  console.log(`${AANTAL} keer een foto van gemiddeld ${gemiddeldKb} kB (${FOTOS} verschillende), SQLite, tijden in ms:`);
  console.log("meting                       bron       gemiddeld   p50     p95     p99     per s");
  for (const [meting, paar] of Object.entries({
    "opslag alleen": uitkomst.opslag,
    "HTTP, 1 tegelijk": uitkomst.http1,
    "HTTP, 10 tegelijk": uitkomst.http10,
  })) {
    for (const [bron, c] of Object.entries(paar)) {
      console.log(
        `${meting.padEnd(28)} ${bron.padEnd(10)} ${String(c.gemiddeld).padEnd(11)} ${String(c.p50).padEnd(7)} ${String(c.p95).padEnd(7)} ${String(c.p99).padEnd(7)} ${c.perSeconde}`,
      );
    }
  }
  console.log(JSON.stringify(uitkomst));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
