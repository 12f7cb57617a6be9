import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { soortVan } from "@/domain/iwmo/lees";
import { seedDemo } from "../../prisma/seed/demo";
import { seedDemoGebruikers } from "../../prisma/seed/gebruikers";
import { seedDemoDeclaraties } from "../../prisma/seed/declaraties";
import { seedDemoInwoners } from "../../prisma/seed/inwoners";
import { seedDemoIwmo } from "../../prisma/seed/iwmo";
import { seedDemoToewijzingen } from "../../prisma/seed/toewijzingen";
import { frisseDatabase } from "../support/testdb";

// The demo database and the command line (issue 13): `npm run iwmo -- uitvoer DIR` on the demo
// data writes at least a 301, 305, 307 and 323, each valid against its XSD, and marks them sent;
// `invoer` imports a good file and refuses a broken one with a Dutch summary and exit code 1.

const run = promisify(execFile);
let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let xsd: typeof import("@/server/iwmo/intern/xsd");
let dir: string;

async function iwmo(...args: string[]) {
  try {
    const r = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/iwmo.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: "warn" },
      timeout: 120_000,
    });
    return { code: 0, uit: r.stdout };
  } catch (e) {
    const f = e as { code: number; stdout: string };
    return { code: f.code, uit: f.stdout };
  }
}

beforeAll(async () => {
  omgeving = await frisseDatabase();
  await seedDemo(omgeving.db);
  await seedDemoGebruikers(omgeving.db);
  await seedDemoInwoners(omgeving.db);
  // As prisma/seed.ts: the other demo seeds first; the iWmo seed adds only what they lack.
  await seedDemoToewijzingen(omgeving.db);
  await seedDemoDeclaraties(omgeving.db);
  await seedDemoIwmo(omgeving.db);
  xsd = await import("@/server/iwmo/intern/xsd");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iwmo-cli-"));
}, 120_000);
afterAll(async () => omgeving?.opruimen());

describe("npm run iwmo on the demo database", () => {
  it("uitvoer writes the gemeente's 301s, each valid, and marks them sent; the aanbieders' 305, 307 and 323 stay theirs (valid too)", async () => {
    const r = await iwmo("uitvoer", dir);
    expect(r.code).toBe(0);
    const bestanden = fs.readdirSync(dir);
    expect(new Set(bestanden.map((b) => b.slice(3, 6)))).toEqual(new Set(["301"]));
    expect(r.uit).toContain(`${bestanden.length} bericht(en) geschreven en als verzonden gemarkeerd.`);
    for (const b of bestanden) {
      const tekst = fs.readFileSync(path.join(dir, b), "utf8");
      expect(await xsd.valideerXsd(soortVan(tekst)!, tekst), b).toEqual([]);
    }
    expect(await omgeving.db.iwmoBericht.count({ where: { status: "TE_VERZENDEN", partij: "GEMEENTE" } })).toBe(0);
    // Issue 21, item 17: the gemeente's run does not take (and mark sent) what the aanbieders send.
    const aanbieders = await omgeving.db.iwmoBericht.findMany({ where: { status: "TE_VERZENDEN" } });
    expect(new Set(aanbieders.map((b) => `${b.partij} ${b.soort}`))).toEqual(new Set(["AANBIEDER 305", "AANBIEDER 307", "AANBIEDER 323"]));
    for (const b of aanbieders) expect(await xsd.valideerXsd(b.soort as never, b.xml), b.bestandsnaam).toEqual([]);
    expect((await iwmo("uitvoer", dir)).uit).toContain("Geen berichten te verzenden.");
    // The seed adds nothing twice.
    expect(await seedDemoIwmo(omgeving.db)).toBe(false);
  }, 180_000);

  it("invoer: a good 315 is imported, a broken file refused; exit code 1 and a Dutch summary", async () => {
    const goed = fs
      .readFileSync("standards/iwmo-3.2/voorbeelden/WMO315.xml", "utf8")
      .replaceAll("42420001", "98107341")
      .replace("0384", "0200")
      .replace("999900006", "999990007")
      .replace(/<iwmo:Categorie>0[12]<\/iwmo:Categorie>/g, "<iwmo:Categorie>07</iwmo:Categorie>")
      .replace("ABCDE", "07W30")
      .replace("BCDEF", "07W40");
    fs.writeFileSync(path.join(dir, "goed-315.xml"), goed);
    fs.writeFileSync(path.join(dir, "kapot.xml"), goed.replace("<wmo315:Bsn>999990007</wmo315:Bsn>", ""));
    const r = await iwmo("invoer", path.join(dir, "goed-315.xml"), path.join(dir, "kapot.xml"));
    expect(r.code).toBe(1);
    expect(r.uit).toContain("ingelezen: goed-315.xml (WMO315)");
    expect(r.uit).toMatch(
      /GEWEIGERD: kapot.xml \(WMO315\)\n {2}- WMO315-schema, regel \d+, element Geboortedatum: dit element hoort hier niet; verwacht: Bsn/,
    );
    expect(r.uit).toContain("1 van 2 bestand(en) ingelezen, 1 geweigerd.");
    expect(await omgeving.db.iwmoVerzoek.count({ where: { soort: "315" } })).toBe(2);
    expect((await iwmo("invoer", path.join(dir, "goed-315.xml"))).code).toBe(1); // a duplicate now
    expect((await iwmo()).code).toBe(2);
  }, 180_000);
});
