import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate as d } from "@/domain/kalender";
import { frisseDatabase } from "../support/testdb";
import { data, reden } from "../support/gelezen";
import { iwmoAanbieder, iwmoInwoner, iwmoToewijzing } from "../support/iwmo";

// Issue 22: the berichten pages stop writing on a GET. A message is made in the use case's own
// transaction, beside the change that causes it; opening the list (its reads) makes none, and a
// change that fails or is rolled back leaves no message behind.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let berichten: typeof import("@/server/iwmo/berichten");
let uitgaand: typeof import("@/server/iwmo/intern/uitgaand");
let toew: typeof import("@/server/toewijzingen/toewijzingen");
let startStop: typeof import("@/server/toewijzingen/start-stop");
const db = () => omgeving.db;
const NU = new Date("2026-12-02T09:00:00Z");
const ids: Record<string, string> = {};
let mw: { id: string; naam: string; email: string; rol: "AANBIEDER_MEDEWERKER"; aanbiederId: string };
let beheerder: { id: string; naam: string; email: string; rol: "BEHEERDER"; aanbiederId: null };

const nieuweToewijzing = (nummer: string) =>
  iwmoToewijzing(db(), {
    nummer,
    inwonerId: ids.inwoner!,
    aanbiederId: ids.a!,
    afgegevenDoorId: ids.beheerder!,
    start: "2026-11-16",
    eind: "2027-05-15",
  });
const berichtenVan = (toewijzingId: string) =>
  db()
    .iwmoBericht.findMany({ where: { toewijzingen: { some: { toewijzingId } } }, select: { soort: true, status: true, bronSleutel: true } })
    .then((r) => r.map((b) => `${b.soort} ${b.status} ${b.bronSleutel}`).sort());

beforeAll(async () => {
  omgeving = await frisseDatabase();
  berichten = await import("@/server/iwmo/berichten");
  uitgaand = await import("@/server/iwmo/intern/uitgaand");
  toew = await import("@/server/toewijzingen/toewijzingen");
  startStop = await import("@/server/toewijzingen/start-stop");
  ids.beheerder = (await db().gebruiker.create({ data: { email: "beheer@t.example", naam: "Beheer", rol: "BEHEERDER" } })).id;
  ids.a = await iwmoAanbieder(db(), { slug: "a-outbox", naam: "Outbox Zorg", agbCode: "65656055" });
  ids.mw = (
    await db().gebruiker.create({ data: { email: "mw@t.example", naam: "Mw", rol: "AANBIEDER_MEDEWERKER", aanbiederId: ids.a } })
  ).id;
  ids.inwoner = await iwmoInwoner(db(), { bsn: "123456782", voornamen: "Piet", achternaam: "Wit", geboortedatum: "1967-08-13" });
  mw = { id: ids.mw, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER", aanbiederId: ids.a };
  beheerder = { id: ids.beheerder, naam: "Beheer", email: "beheer@t.example", rol: "BEHEERDER", aanbiederId: null };
});
afterAll(async () => omgeving?.opruimen());

describe("the berichten pages write nothing", () => {
  it("opening the list, the deadlines and the count makes no message, even for a fact that has none yet", async () => {
    // A toewijzing written around the use cases (as a migration would): its 301 is not made by a read.
    const t = await nieuweToewijzing("TW-2026-000101");
    const voor = await db().iwmoBericht.count();
    for (const g of [beheerder, mw]) {
      await data(berichten.berichtTermijnen(g, {}, { nu: NU }));
      await data(berichten.aantalTeVerzenden(g));
      await data(berichten.berichtenLijst(g));
      await data(berichten.openVerzoeken(g));
    }
    expect(await db().iwmoBericht.count()).toBe(voor);
    expect(await data(berichten.aantalTeVerzenden(beheerder))).toBe(0);
    // The scheduled catch-up (npm run iwmo -- uitvoer, the download) still makes it.
    expect((await uitgaand.werkUitgaandBij(NU)).fouten).toEqual([]);
    expect(await berichtenVan(t)).toEqual([`301 TE_VERZENDEN 301:toewijzing:${t}`]);
    expect(await data(berichten.aantalTeVerzenden(beheerder))).toBe(1);
  });
});

describe("the berichten reads refuse", () => {
  it("anonymous: niet-ingelogd; another aanbieder's file: niet-gevonden", async () => {
    for (const q of [
      berichten.berichtenLijst,
      berichten.berichtTermijnen,
      berichten.openVerzoeken,
      berichten.aantalTeVerzenden,
      berichten.aanbiedersMetAgb,
      berichten.eigenAanbieder,
    ])
      expect(await reden(q(null))).toBe("niet-ingelogd");
    expect(await reden(berichten.eigenAanbieder(beheerder))).toBe("geen-toegang");
    expect(await reden(berichten.aanbiedersMetAgb(mw))).toBe("geen-toegang");
  });
});

describe("the use case makes its message in its own transaction", () => {
  it("a start and a stop reported in the portal: the WMO305 and 307 are there at once, on the deadline list", async () => {
    const t = await nieuweToewijzing("TW-2026-000102");
    expect(await startStop.meldStart(mw, { id: t, datum: "2026-11-27" }, { nu: NU })).toMatchObject({ ok: true });
    expect(await berichtenVan(t)).toEqual([`301 TE_VERZENDEN 301:toewijzing:${t}`, `305 TE_VERZENDEN 305:${t}`]);
    const termijnen = (await data(berichten.berichtTermijnen(mw, {}, { nu: NU }))).map((x) => x.wat);
    expect(termijnen).toContain("WMO305 te verzenden: Start ondersteuning: TW-2026-000102 gestart");
    expect(await startStop.meldStop(mw, { id: t, datum: "2026-11-30", reden: "VOORTIJDIG_IN_OVERLEG" }, { nu: NU })).toMatchObject({
      ok: true,
    });
    expect(await berichtenVan(t)).toContain(`307 TE_VERZENDEN 307:${t}`);
  });

  it("a refused change leaves no message: a start ahead of time, a second start", async () => {
    const t = await nieuweToewijzing("TW-2026-000103");
    const voor = await db().iwmoBericht.count();
    expect(await startStop.meldStart(mw, { id: t, datum: "2026-12-20" }, { nu: NU })).toMatchObject({ ok: false });
    expect(await db().iwmoBericht.count()).toBe(voor);
    expect(await startStop.meldStart(mw, { id: t, datum: "2026-11-20" }, { nu: NU })).toMatchObject({ ok: true });
    const na = await db().iwmoBericht.count();
    expect(await startStop.meldStart(mw, { id: t, datum: "2026-11-21" }, { nu: NU })).toMatchObject({ ok: false });
    expect(await db().iwmoBericht.count()).toBe(na);
  });

  it("a change rolled back takes its message with it: the outbox row lives in the change's transaction", async () => {
    const t = await nieuweToewijzing("TW-2026-000104");
    await expect(
      db().$transaction(async (tx) => {
        await tx.toewijzing.update({ where: { id: t }, data: { status: "GESTART", gestartOp: d("2026-11-20") } });
        await uitgaand.berichtenBijToewijzing(tx, t, NU);
        expect(await tx.iwmoBericht.count({ where: { bronSleutel: `305:${t}` } })).toBe(1);
        throw new Error("afgebroken");
      }),
    ).rejects.toThrow("afgebroken");
    expect(await berichtenVan(t)).toEqual([]);
    expect((await db().toewijzing.findUniqueOrThrow({ where: { id: t } })).status).toBe("TOEGEWEZEN");
  });

  it("withdrawing a toewijzing whose 301 was not sent drops that 301 in the same step", async () => {
    const t = await nieuweToewijzing("TW-2026-000105");
    await db().$transaction((tx) => uitgaand.berichtenBijToewijzing(tx, t, NU));
    expect(await berichtenVan(t)).toEqual([`301 TE_VERZENDEN 301:toewijzing:${t}`]);
    const manager = await db().gebruiker.create({ data: { email: "tm@t.example", naam: "Tm", rol: "TEAMMANAGER" } });
    const r = await toew.trekIn({ ...manager, rol: "TEAMMANAGER", aanbiederId: null }, { id: t, reden: "Niet meer nodig" }, { nu: NU });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect(await berichtenVan(t)).toEqual([]);
  });
});
