import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesBericht } from "@/domain/iwmo/lees";
import { calendarDate as d, toIsoDate } from "@/domain/kalender";
import { testPostgresUrl } from "../support/postgres";
import { iwmoAanbieder, iwmoInwoner, iwmoToewijzing, type IwmoToewijzing } from "../support/iwmo";
import { frisseDatabase } from "../support/testdb";

// Issue 21, the messages' codes and times on a real database: the WMO588 reason of a gemeente's
// end (item 10), Dutch local time and the 305's reply time (13), the contact person in the 301
// (14), and the category migration of existing data (9).

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let uitgaand: typeof import("@/server/iwmo/intern/uitgaand");
let xsd: typeof import("@/server/iwmo/intern/xsd");
const db = () => omgeving.db;
const ids: Record<string, string> = {};
let volgnummer = 200;

function toewijzing(
  o: Omit<IwmoToewijzing, "nummer" | "inwonerId" | "aanbiederId" | "afgegevenDoorId" | "contactpersoonId"> & { contactpersoon?: boolean },
) {
  const { contactpersoon, ...rest } = o;
  return iwmoToewijzing(db(), {
    ...rest,
    nummer: `TW-2026-000${volgnummer++}`,
    inwonerId: ids.inwoner!,
    aanbiederId: ids.aanbieder!,
    afgegevenDoorId: ids.contact!,
    contactpersoonId: contactpersoon === false ? null : ids.contact!,
  });
}
const berichtenVan = async (toewijzingId: string, soort: string) =>
  db().iwmoBericht.findMany({ where: { soort, toewijzingen: { some: { toewijzingId } } }, orderBy: { aangemaaktOp: "asc" } });
const markeerVerzonden = (id: string, op: Date) =>
  db().iwmoBericht.update({ where: { id }, data: { status: "VERZONDEN", verzondenOp: op } });

beforeAll(async () => {
  omgeving = await frisseDatabase();
  uitgaand = await import("@/server/iwmo/intern/uitgaand");
  xsd = await import("@/server/iwmo/intern/xsd");
  ids.contact = (await db().gebruiker.create({ data: { email: "tr@t.example", naam: "Fatima El Amrani", rol: "TRAJECTREGISSEUR" } })).id;
  ids.aanbieder = await iwmoAanbieder(db(), { slug: "codes", naam: "Codes Zorg", agbCode: "98107341", kvkNummer: "12345678" });
  ids.inwoner = await iwmoInwoner(db(), { bsn: "999990007", voornamen: "Sanne", achternaam: "Vries", geboortedatum: "1990-03-15" });
});
afterAll(async () => omgeving?.opruimen());

describe("item 10: a gemeente-initiated end gives a WMO307 with the WMO588 reason of its WMO002 reason", () => {
  const NU = new Date("2026-12-02T09:00:00Z");
  it("05→36, 07→31, 09→38, 06→39, 12→37, 02→02, on the end date, valid against the XSD", async () => {
    const paren = [
      ["05", "36"],
      ["07", "31"],
      ["09", "38"],
      ["06", "39"],
      ["12", "37"],
      ["02", "02"],
    ] as const;
    const gemaakt: [string, string, string][] = [];
    for (const [wijziging, stop] of paren) {
      const t = await toewijzing({
        start: "2026-06-01",
        eind: "2026-11-20",
        status: "BEEINDIGD",
        gestartOp: "2026-06-03",
        beeindigdOp: "2026-11-20",
      });
      await db().toewijzingWijziging.create({
        data: {
          toewijzingId: t,
          soort: "BEEINDIGD_DOOR_GEMEENTE",
          oudeEinddatum: d("2026-11-30"),
          nieuweEinddatum: d("2026-11-20"),
          reden: "Besluit van de gemeente",
          redenWijziging: wijziging,
          doorId: ids.contact!,
        },
      });
      gemaakt.push([t, wijziging, stop]);
    }
    expect((await uitgaand.werkUitgaandBij(NU)).fouten).toEqual([]);
    for (const [t, wijziging, stop] of gemaakt) {
      const [b307] = await berichtenVan(t, "307");
      expect(b307, `WMO002 ${wijziging}`).toMatchObject({ partij: "AANBIEDER", afzender: "98107341", ontvanger: "0200" });
      expect(leesBericht("307", b307!.xml), `WMO002 ${wijziging}`).toMatchObject({
        producten: [{ redenBeeindiging: stop, einddatum: d("2026-11-20"), begindatum: d("2026-06-03") }],
      });
      expect(await xsd.valideerXsd("307", b307!.xml)).toEqual([]);
      // The 301 with the change itself carries the WMO002 reason.
      const redenen = (await berichtenVan(t, "301")).map(
        (b) => (leesBericht("301", b.xml) as { producten: { redenWijziging: string | null }[] }).producten[0]!.redenWijziging,
      );
      expect(redenen).toEqual([null, wijziging]);
    }
    // Six toewijzingen, four messages each, every one validated against its XSD.
  }, 90_000);

  it("an end still ahead gives its 307 once the day is reached; one that never started gives none", async () => {
    const later = await toewijzing({ start: "2026-06-01", eind: "2026-12-15", status: "GESTART", gestartOp: "2026-06-03" });
    const nooit = await toewijzing({ start: "2026-06-01", eind: "2026-11-15", status: "BEEINDIGD", beeindigdOp: "2026-11-15" });
    for (const t of [later, nooit])
      await db().toewijzingWijziging.create({
        data: {
          toewijzingId: t,
          soort: "BEEINDIGD_DOOR_GEMEENTE",
          oudeEinddatum: d("2027-05-31"),
          nieuweEinddatum: t === later ? d("2026-12-15") : d("2026-11-15"),
          reden: "Verhuisd",
          redenWijziging: "07",
          doorId: ids.contact!,
        },
      });
    await uitgaand.werkUitgaandBij(NU);
    expect(await berichtenVan(later, "307")).toHaveLength(0);
    expect(await berichtenVan(nooit, "307")).toHaveLength(0);
    await uitgaand.werkUitgaandBij(new Date("2026-12-15T10:00:00Z"));
    const [b] = await berichtenVan(later, "307");
    expect(leesBericht("307", b!.xml)).toMatchObject({ producten: [{ redenBeeindiging: "31", einddatum: d("2026-12-15") }] });
    expect(toIsoDate(b!.uiterlijkOp!)).toBe("2026-12-22");
    expect(await berichtenVan(nooit, "307")).toHaveLength(0);
  });
});

describe("item 13 and 14: Dutch local time, the 305's reply time from the 301's sending, the contact person in the 301", () => {
  it("a toewijzing issued at 00:30 on 2 March (23:30 UTC) is dated 2 March, 00:30:00; in summer too", async () => {
    const winter = await toewijzing({ start: "2026-03-02", eind: "2026-09-01", createdAt: new Date("2026-03-01T23:30:00Z") });
    const zomer = await toewijzing({ start: "2026-07-02", eind: "2026-12-31", createdAt: new Date("2026-07-01T22:05:09Z") });
    await uitgaand.werkUitgaandBij(new Date("2026-07-02T08:00:00Z"));
    const [w] = await berichtenVan(winter, "301");
    const [z] = await berichtenVan(zomer, "301");
    expect(w!.xml).toContain("<wmo301:Toewijzingsdatum>2026-03-02</wmo301:Toewijzingsdatum>");
    expect(w!.xml).toContain("<wmo301:Toewijzingstijd>00:30:00</wmo301:Toewijzingstijd>");
    expect(z!.xml).toContain("<wmo301:Toewijzingsdatum>2026-07-02</wmo301:Toewijzingsdatum>");
    expect(z!.xml).toContain("<wmo301:Toewijzingstijd>00:05:09</wmo301:Toewijzingstijd>");
    expect(await xsd.valideerXsd("301", w!.xml)).toEqual([]);
  });

  it("the 305's deadline counts 5 working days from the day the 301 was sent, not the day it was made", async () => {
    const t = await toewijzing({ start: "2026-03-02", eind: "2026-09-01", createdAt: new Date("2026-03-02T10:00:00Z") });
    await uitgaand.werkUitgaandBij(new Date("2026-03-02T10:00:00Z"));
    const [b301] = await berichtenVan(t, "301");
    // Started the next day, reported while the 301 still waits to be sent: no deadline yet.
    await db().toewijzing.update({ where: { id: t }, data: { status: "GESTART", gestartOp: d("2026-03-03") } });
    await uitgaand.werkUitgaandBij(new Date("2026-03-04T10:00:00Z"));
    expect((await berichtenVan(t, "305"))[0]!.uiterlijkOp).toBeNull();
    // The 301 goes on Monday 16 March: the 305 is due 5 working days later, Monday 23 March.
    await markeerVerzonden(b301!.id, new Date("2026-03-16T08:00:00Z"));
    await uitgaand.werkUitgaandBij(new Date("2026-03-16T10:00:00Z"));
    expect(toIsoDate((await berichtenVan(t, "305"))[0]!.uiterlijkOp!)).toBe("2026-03-23");
  });

  it("a 305 made after its 301 was sent at 23:30 UTC counts from that Dutch day", async () => {
    const t = await toewijzing({ start: "2026-04-01", eind: "2026-09-30", createdAt: new Date("2026-04-01T08:00:00Z") });
    await uitgaand.werkUitgaandBij(new Date("2026-04-01T08:00:00Z"));
    // Sent at 01:30 Dutch time on Friday 10 April (23:30 UTC on Thursday the 9th).
    await markeerVerzonden((await berichtenVan(t, "301"))[0]!.id, new Date("2026-04-09T23:30:00Z"));
    await db().toewijzing.update({ where: { id: t }, data: { status: "GESTART", gestartOp: d("2026-04-02") } });
    await uitgaand.werkUitgaandBij(new Date("2026-04-10T10:00:00Z"));
    // Friday 10 April + 5 working days (Easter Monday 6 April is before): Friday 17 April.
    expect(toIsoDate((await berichtenVan(t, "305"))[0]!.uiterlijkOp!)).toBe("2026-04-17");
  });

  it("the 301's Commentaar names the contact person (004: the aanbieder hears it through the messages)", async () => {
    const met = await toewijzing({ start: "2026-08-03", eind: "2027-02-02" });
    const zonder = await toewijzing({ start: "2026-08-03", eind: "2027-02-02", contactpersoon: false });
    await uitgaand.werkUitgaandBij(new Date("2026-08-03T08:00:00Z"));
    const [a] = await berichtenVan(met, "301");
    const [b] = await berichtenVan(zonder, "301");
    expect(a!.xml).toContain("<wmo301:Commentaar>Contactpersoon van de gemeente: Fatima El Amrani.</wmo301:Commentaar>");
    expect(b!.xml).toMatch(/<wmo301:Commentaar>Contactpersoon van de gemeente: nog niet bekend\./);
    expect(await xsd.valideerXsd("301", a!.xml)).toEqual([]);
  });
});

describe("item 9: the category migration on existing data", () => {
  const MIGRATIE = "20261207160300_iwmo_productcategorie";
  const sql = () =>
    fs
      .readFileSync(path.resolve(testPostgresUrl() ? "prisma/postgres/migrations" : "prisma/migrations", MIGRATIE, "migration.sql"), "utf8")
      .split(/;\s*\n/)
      .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
      .filter(Boolean)
      // The data statements; the template database has the index already.
      .filter((s) => !/^CREATE /i.test(s));

  it("products, issued toewijzingen and unsent messages become 07; sent messages stay as they were and the log says so", async () => {
    // The state before: products and toewijzingen with 04, one 301 sent and one waiting.
    const oud = { ONTW_4: "04W41", OP_TREDE_3: "04W30", BG_BASIS: "04G01" } as const;
    for (const [code, iwmo] of Object.entries(oud))
      await db().product.update({ where: { code }, data: { iwmoCategorie: "04", iwmoCode: iwmo } });
    const verzonden = await toewijzing({ start: "2026-09-01", eind: "2027-02-28", cat: "04", code: "04W41" });
    const wachtend = await toewijzing({ start: "2026-10-01", eind: "2027-03-31", cat: "04", code: "04W41" });
    const verlenging = await toewijzing({ start: "2027-03-01", eind: "2027-08-31", cat: "04", code: "04W41", verlengingVanId: verzonden });
    await uitgaand.werkUitgaandBij(new Date("2026-10-01T08:00:00Z"));
    const [s301] = await berichtenVan(verzonden, "301");
    await markeerVerzonden(s301!.id, new Date("2026-10-01T09:00:00Z"));
    const [w301] = await berichtenVan(wachtend, "301");
    expect(w301!.xml).toContain("<iwmo:Categorie>04</iwmo:Categorie>");

    for (const s of sql()) await db().$executeRawUnsafe(s);

    expect(
      await db().product.findMany({
        where: { code: { in: Object.keys(oud) } },
        select: { iwmoCategorie: true, iwmoCode: true },
        orderBy: { code: "asc" },
      }),
    ).toEqual([
      { iwmoCategorie: "07", iwmoCode: "07G01" },
      { iwmoCategorie: "07", iwmoCode: "07W41" },
      { iwmoCategorie: "07", iwmoCode: "07W30" },
    ]);
    for (const t of [verzonden, wachtend])
      expect(
        await db().toewijzing.findUniqueOrThrow({ where: { id: t }, select: { iwmoCategorie: true, iwmoCode: true, iwmoVolume: true } }),
      ).toEqual({
        iwmoCategorie: "07",
        iwmoCode: "07W41",
        iwmoVolume: 1,
      });
    // Item 16 on existing data: the ontwikkeling verlenging allocates no second stuk.
    expect((await db().toewijzing.findUniqueOrThrow({ where: { id: verlenging } })).iwmoVolume).toBe(0);
    // The waiting 301 is gone; the sent one is unchanged, its line in the log says what it carries.
    expect(await db().iwmoBericht.findUnique({ where: { id: w301!.id } })).toBeNull();
    const na = await db().iwmoBericht.findUniqueOrThrow({ where: { id: s301!.id } });
    expect(na.xml).toBe(s301!.xml);
    expect(na.omschrijving).toBe(`${s301!.omschrijving} (productcategorie 04 Kortdurend verblijf, sinds 7 december 2026: 07 Dagbesteding)`);

    // The outbox makes the waiting messages again, from the corrected state.
    expect((await uitgaand.werkUitgaandBij(new Date("2026-12-07T16:00:00Z"))).fouten).toEqual([]);
    const [nieuw] = await berichtenVan(wachtend, "301");
    expect(leesBericht("301", nieuw!.xml)).toMatchObject({ producten: [{ categorie: "07", code: "07W41", omvang: { volume: 1 } }] });
    const [v] = await berichtenVan(verlenging, "301");
    expect(leesBericht("301", v!.xml)).toMatchObject({
      producten: [{ categorie: "07", redenWijziging: "04", omvang: { volume: 0, eenheid: "82", frequentie: "6" } }],
    });
    expect(await xsd.valideerXsd("301", v!.xml)).toEqual([]);
    // The aanbieder that received the 04 product hears of the correction once: a 301 with
    // RedenWijziging 14 (administratieve correctie), the same number and dates, the product as now.
    const product = (b: { xml: string }) => {
      const p = (
        leesBericht("301", b.xml) as { producten: { categorie: string; code: string; redenWijziging: string | null; einddatum: Date }[] }
      ).producten[0]!;
      return [p.categorie, p.code, p.redenWijziging, toIsoDate(p.einddatum)];
    };
    const log = await berichtenVan(verzonden, "301");
    expect(log.map((b) => [b.status, ...product(b)])).toEqual([
      ["VERZONDEN", "04", "04W41", null, "2027-02-28"],
      ["TE_VERZENDEN", "07", "07W41", "14", "2027-02-28"],
    ]);
    expect(await xsd.valideerXsd("301", log[1]!.xml)).toEqual([]);
    expect((await uitgaand.werkUitgaandBij(new Date("2026-12-07T17:00:00Z"))).nieuw).toBe(0);
    expect((await berichtenVan(wachtend, "301")).map(product)).toEqual([["07", "07W41", null, "2027-03-31"]]);
  });
});
