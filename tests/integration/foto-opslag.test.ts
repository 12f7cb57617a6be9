import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Ingelogd } from "@/domain/gebruiker";
import { maakPrismaClient } from "@/server/prisma-client";
import { DatabaseOpslag, fotoOpslag } from "@/server/fotos/intern/opslag";
import { GET } from "@/app/fotos/[bestand]/route";
import { fotosUitMap } from "../../scripts/backup-lib";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { testDb, testDatabase } from "../support/database";

// Photos live in the database (issue 23, docs/decisions/0039): the store, the photo route with its
// caching headers, and the one-off copy of an old uploads folder into the database.

const ingelogd = vi.hoisted(() => ({ gebruiker: null as Ingelogd | null }));
vi.mock("@/server/auth/huidige-gebruiker", () => ({ huidigeGebruiker: async () => ingelogd.gebruiker }));

const map = path.resolve(`var/test/oude-uploads-${process.pid}`);
const jpeg = (kleur: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: kleur } })
    .jpeg()
    .toBuffer();
const sleutel = (n: number) => `${String(n).padStart(32, "0")}.jpg`;
const vraag = (bestand: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/fotos/${bestand}`, { headers }), { params: Promise.resolve({ bestand }) });

let aanbiederId = "";
beforeAll(async () => {
  aanbiederId = (await maakAanbieder(testDb)).id;
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

async function fotoRij(bestand: string, gepubliceerd: boolean) {
  const foto = await testDb.foto.create({ data: { aanbiederId, bestand, breedte: 40, hoogte: 30, bytes: 1 } });
  const werkplek = await maakWerkplek(testDb, { aanbiederId, status: gepubliceerd ? "GEPUBLICEERD" : "CONCEPT" });
  await testDb.werkplekFoto.create({ data: { werkplekId: werkplek.id, fotoId: foto.id, altTekst: "Een werkbank", volgorde: 0 } });
}

describe("the photo store in the database", () => {
  it("gives back what was written, null for a key that is not there, and refuses keys that are no file name", async () => {
    const data = new Uint8Array(await jpeg("#123456"));
    await fotoOpslag().schrijf(sleutel(1), data, "image/jpeg");
    const terug = await fotoOpslag().lees(sleutel(1));
    expect(Array.from(terug!.inhoud)).toEqual(Array.from(data));
    expect([terug!.mime, terug!.grootte]).toEqual(["image/jpeg", data.byteLength]);
    expect(await fotoOpslag().lees(sleutel(2))).toBeNull();
    await expect(fotoOpslag().lees("../geheim")).rejects.toThrow("Ongeldige fotosleutel");
    await expect(fotoOpslag().schrijf(".verborgen", data, "image/jpeg")).rejects.toThrow("Ongeldige fotosleutel");
  });

  it("is shared through the database: another instance (its own client) reads it; writing the key again replaces it whole", async () => {
    const anderInstantie = maakPrismaClient(testDatabase.url);
    try {
      await fotoOpslag().schrijf(sleutel(3), new Uint8Array([1, 2, 3]), "image/jpeg");
      await new DatabaseOpslag(anderInstantie).schrijf(sleutel(3), new Uint8Array([9, 8]), "image/jpeg");
      const terug = await fotoOpslag().lees(sleutel(3));
      expect([Array.from(terug!.inhoud), terug!.grootte]).toEqual([[9, 8], 2]);
      expect(await testDb.fotoInhoud.count({ where: { sleutel: sleutel(3) } })).toBe(1);
    } finally {
      await anderInstantie.$disconnect();
    }
  });
});

describe("the photo route", () => {
  it("serves a published photo from the database to anyone, cacheable and immutable, with its hash as ETag", async () => {
    const data = await jpeg("#2a6");
    await fotoRij(sleutel(10), true);
    await fotoOpslag().schrijf(sleutel(10), new Uint8Array(data), "image/jpeg");
    const r = await vraag(sleutel(10));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("image/jpeg");
    expect(r.headers.get("cache-control")).toBe("public, max-age=86400, immutable");
    expect(r.headers.get("etag")).toBe(`"${"0".repeat(30)}10"`);
    expect(Buffer.from(await r.arrayBuffer()).equals(data)).toBe(true);

    // The browser's copy is still good: 304 without a body.
    const opnieuw = await vraag(sleutel(10), { "If-None-Match": `"x", W/"${"0".repeat(30)}10"` });
    expect(opnieuw.status).toBe(304);
    expect(opnieuw.headers.get("cache-control")).toBe("public, max-age=86400, immutable");
    expect(await opnieuw.text()).toBe("");
    expect((await vraag(sleutel(10), { "If-None-Match": '"iets anders"' })).status).toBe(200);
  });

  it("an unpublished photo: 404 for others, private and never stored for its own aanbieder", async () => {
    await fotoRij(sleutel(11), false);
    await fotoOpslag().schrijf(sleutel(11), new Uint8Array(await jpeg("#a62")), "image/jpeg");
    ingelogd.gebruiker = null;
    const anoniem = await vraag(sleutel(11));
    expect([anoniem.status, await anoniem.text()]).toEqual([404, "Deze foto bestaat niet.\n"]);
    ingelogd.gebruiker = { id: "g1", naam: "Anna", email: "anna@t.example", rol: "AANBIEDER_MEDEWERKER", aanbiederId };
    try {
      const eigen = await vraag(sleutel(11));
      expect(eigen.status).toBe(200);
      expect(eigen.headers.get("cache-control")).toBe("private, no-store");
    } finally {
      ingelogd.gebruiker = null;
    }
  });

  it("a photo the database names but holds no bytes for is a 404, not an error", async () => {
    await fotoRij(sleutel(12), true);
    const r = await vraag(sleutel(12));
    expect([r.status, await r.text()]).toEqual([404, "Deze foto bestaat niet.\n"]);
  });
});

describe("an existing installation: the old uploads folder copied into the database once", () => {
  it("copies the files the database names, reports the missing ones, and copies nothing a second time", async () => {
    fs.mkdirSync(map, { recursive: true });
    const oud = await jpeg("#654321");
    await fotoRij(sleutel(20), true);
    await fotoRij(sleutel(21), true); // its file was lost
    fs.writeFileSync(path.join(map, sleutel(20)), oud);
    fs.writeFileSync(path.join(map, "los-bestand.jpg"), oud); // no photo of the database: left alone

    const regels: string[] = [];
    const eerste = await fotosUitMap(testDatabase.url, map, (r) => regels.push(r));
    expect(eerste.gekopieerd).toBe(1);
    expect(eerste.ontbreken).toContain(sleutel(21));
    expect(regels.at(-1)).toMatch(/^Foto's klaar: 1 gekopieerd, \d+ stonden al in de database, \d+ niet gevonden in /);
    const r = await vraag(sleutel(20));
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(oud)).toBe(true);
    expect(await testDb.fotoInhoud.count({ where: { sleutel: "los-bestand.jpg" } })).toBe(0);

    const tweede = await fotosUitMap(testDatabase.url, map, () => {});
    expect(tweede.gekopieerd).toBe(0);
    expect(tweede.alAanwezig).toBe(eerste.alAanwezig + 1);
  });
});
