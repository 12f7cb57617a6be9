import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { maakPrismaClient, type PrismaClient } from "@/server/prisma-client";
import { seedDemo } from "../../prisma/seed/demo";
import { seedDemoGebruikers } from "../../prisma/seed/gebruikers";
import { seedDemoInwoners } from "../../prisma/seed/inwoners";
import { frisseDatabase } from "../support/testdb";

// npm run backup / npm run restore, for real: the scripts as operations run them, on whichever
// database this run uses (SQLite, or PostgreSQL with TEST_DATABASE_URL). The photos are in the
// database (docs/decisions/0039), so they make the round trip with the data.
const draai = promisify(execFile);
const npx = (script: string, args: string[], url: string) =>
  draai("npx", ["tsx", script, ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });

/** Every row of every table, in a fixed order: equal snapshots mean equal data. */
async function momentopname(db: PrismaClient) {
  const uit: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const sleutel = (model[0]!.toLowerCase() + model.slice(1)) as keyof PrismaClient;
    const rijen = (await (db[sleutel] as unknown as { findMany(): Promise<unknown[]> }).findMany()) as unknown[];
    uit[model] = rijen.map((r) => JSON.stringify(r)).sort();
  }
  return uit;
}

let bron: Awaited<ReturnType<typeof frisseDatabase>>;
let doel: Awaited<ReturnType<typeof frisseDatabase>>;
let bronUrl: string;
let doelUrl: string;
const map = path.resolve("var/test/backups");
const FOTO = "0123456789abcdef0123456789abcdef.jpg";
let fotoBytes: Buffer;

beforeAll(async () => {
  fs.mkdirSync(map, { recursive: true });
  doel = await frisseDatabase();
  doelUrl = process.env.DATABASE_URL!;
  // An empty target: migrated, no rows at all.
  // (in a few passes: a row referenced by another table goes once that one is empty)
  for (let pass = 0; pass < 5; pass++) {
    for (const model of Object.values(Prisma.ModelName)) {
      await doel.db.$executeRawUnsafe(`DELETE FROM "${model}"`).catch(() => undefined);
    }
  }
  bron = await frisseDatabase();
  bronUrl = process.env.DATABASE_URL!;
  await seedDemo(bron.db);
  await seedDemoGebruikers(bron.db);
  await seedDemoInwoners(bron.db);
  // A processed photo of a demo werkplek, as an upload leaves it: its row and its bytes.
  fotoBytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#36a" } })
    .jpeg()
    .toBuffer();
  const werkplek = await bron.db.werkplek.findFirstOrThrow({ where: { status: "GEPUBLICEERD" }, orderBy: { slug: "asc" } });
  const foto = await bron.db.foto.create({
    data: { aanbiederId: werkplek.aanbiederId, bestand: FOTO, breedte: 320, hoogte: 240, bytes: fotoBytes.length },
  });
  await bron.db.werkplekFoto.create({ data: { werkplekId: werkplek.id, fotoId: foto.id, altTekst: "De werkplaats", volgorde: 0 } });
  await bron.db.fotoInhoud.create({
    data: { sleutel: FOTO, inhoud: new Uint8Array(fotoBytes), mime: "image/jpeg", grootte: fotoBytes.length },
  });
}, 120_000);

afterAll(async () => {
  await bron?.opruimen();
  await doel?.opruimen();
});

describe("backup and restore", () => {
  it("round trip: the restored database holds exactly the same data", async () => {
    const bestand = path.join(map, `${path.basename(bronUrl).replace(/\W/g, "")}.backup`);
    // Online: the source stays open (as the running server keeps it) during the backup.
    await bron.db.werkplek.count();
    const backup = await npx("scripts/backup.ts", [bestand], bronUrl);
    expect(backup.stdout).toMatch(/Back-up: (100%|tabel \d+\/\d+)/);
    expect(backup.stdout).toMatch(/Back-up klaar/);

    const leeg = maakPrismaClient(doelUrl);
    expect(await leeg.werkplek.count()).toBe(0);
    await leeg.$disconnect();
    const terug = await npx("scripts/restore.ts", [bestand], doelUrl);
    expect(terug.stdout).toMatch(/Teruggezet uit/);

    const hersteld = maakPrismaClient(doelUrl);
    const [voor, na] = [await momentopname(bron.db), await momentopname(hersteld)];
    const terugFoto = await hersteld.fotoInhoud.findUniqueOrThrow({ where: { sleutel: FOTO } });
    await hersteld.$disconnect();
    expect(na.Werkplek!.length).toBeGreaterThan(50);
    expect(na.Inwoner!.length).toBeGreaterThan(0);
    expect(na).toEqual(voor);
    // The photo came along, byte for byte.
    expect(na.FotoInhoud).toHaveLength(1);
    expect(Buffer.from(terugFoto.inhoud).equals(fotoBytes)).toBe(true);
    expect([terugFoto.mime, terugFoto.grootte]).toEqual(["image/jpeg", fotoBytes.length]);

    // A database that holds data is not overwritten unless asked.
    const geweigerd = await npx("scripts/restore.ts", [bestand], doelUrl).catch((e: { code: number; stderr: string }) => e);
    expect((geweigerd as { code: number }).code).toBe(1);
    expect((geweigerd as { stderr: string }).stderr).toMatch(/bevat al gegevens.*--overschrijven/);
    await bron.db.werkplek.updateMany({ data: { titel: "Gewijzigd na de back-up" } });
    await bron.db.$disconnect(); // restoring is done with the server stopped
    await npx("scripts/restore.ts", [bestand, "--overschrijven"], bronUrl);
    const bronNa = maakPrismaClient(bronUrl);
    expect(await bronNa.werkplek.count({ where: { titel: "Gewijzigd na de back-up" } })).toBe(0);
    await bronNa.$disconnect();
  }, 120_000);
});
