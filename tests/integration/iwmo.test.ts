import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bouw305, bouw307 } from "@/domain/iwmo/bouw";
import { leesBericht } from "@/domain/iwmo/lees";
import { calendarDate as d, toIsoDate } from "@/domain/kalender";
import { frisseDatabase } from "../support/testdb";
import { data, reden } from "../support/gelezen";

// Issue 13 on a real database: the official examples imported against matching portal data;
// broken, foreign and duplicate messages refused with their reasons and nothing changed; the round
// trip toewijzing → 301 out → 305 in (from a file) → declaraties → 323 out → 307 in; the outbox
// for the portal's own changes; answers to verzoeken; deadlines.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let invoer: typeof import("@/server/iwmo/intern/invoer");
let uitgaand: typeof import("@/server/iwmo/intern/uitgaand");
let uitvoer: typeof import("@/server/iwmo/intern/uitvoer");
let berichten: typeof import("@/server/iwmo/berichten");
let verkeer: typeof import("@/server/iwmo/berichtenverkeer");
let declaratie: typeof import("@/server/iwmo/intern/declaratie");
let xsd: typeof import("@/server/iwmo/intern/xsd");
let toew: typeof import("@/server/toewijzingen/toewijzingen") &
  typeof import("@/server/toewijzingen/toewijzing-lezen") &
  typeof import("@/server/toewijzingen/start-stop");
const ids: Record<string, string> = {};
const door = { gebruikerId: null, aanbiederId: null };
const voorbeeld = (s: string) => fs.readFileSync(path.resolve("standards/iwmo-3.2/voorbeelden", `WMO${s}.xml`), "utf8");
const db = () => omgeving.db;
const zetGemeente = (code: string) =>
  db().iwmoInstelling.upsert({
    where: { sleutel: "gemeentecode" },
    create: { sleutel: "gemeentecode", waarde: code },
    update: { waarde: code },
  });

async function aanbieder(agb: string, naam: string) {
  return (
    await db().aanbieder.create({
      data: {
        slug: `a-${agb}`,
        naam,
        kvkNummer: agb,
        agbCode: agb,
        omschrijving: "Test",
        contactNaam: "Contact",
        contactEmail: "c@t.example",
        contractVan: d("2020-01-01"),
      },
    })
  ).id;
}

async function toewijzing(o: {
  nummer: string;
  aanbiederId: string;
  inwonerId: string;
  productCode: string;
  start: string;
  eind: string;
  cat: string;
  code: string;
  eenheid?: string | null;
  freq?: string | null;
  volume?: number | null;
  uren?: number | null;
  status?: "TOEGEWEZEN" | "GESTART";
  gestartOp?: string;
  verlengingVanId?: string;
}) {
  return (
    await db().toewijzing.create({
      data: {
        nummer: o.nummer,
        inwonerId: o.inwonerId,
        productCode: o.productCode,
        aanbiederId: o.aanbiederId,
        startdatum: d(o.start),
        einddatum: d(o.eind),
        urenPerWeek: o.uren ?? null,
        status: o.status ?? "TOEGEWEZEN",
        gestartOp: o.gestartOp ? d(o.gestartOp) : null,
        iwmoCategorie: o.cat,
        iwmoCode: o.code,
        iwmoEenheid: o.eenheid ?? null,
        iwmoFrequentie: o.freq ?? null,
        iwmoVolume: o.volume ?? null,
        verlengingVanId: o.verlengingVanId ?? null,
        afgegevenDoorId: ids.beheerder!,
      },
    })
  ).id;
}

const inwonerData = (bsn: string) => ({
  bsn,
  voornamen: "Tim",
  tussenvoegsel: "de",
  achternaam: "Wit",
  zoeknaam: "tim de wit",
  geboortedatum: d("1967-08-13"),
  straat: "Hoofdstraat",
  huisnummer: "1",
  postcode: "7311 AB",
  plaats: "Apeldoorn",
  uitkering: "PARTICIPATIEWET" as const,
});

const staat = async (id: string) =>
  db().toewijzing.findUniqueOrThrow({
    where: { id },
    select: { status: true, gestartOp: true, beeindigdOp: true, redenBeeindiging: true },
  });
const telling = async () => ({
  berichten: await db().iwmoBericht.count(),
  verzoeken: await db().iwmoVerzoek.count(),
  herindicaties: await db().herindicatieverzoek.count(),
  gestart: await db().toewijzing.count({ where: { status: { not: "TOEGEWEZEN" } } }),
});

beforeAll(async () => {
  omgeving = await frisseDatabase();
  invoer = await import("@/server/iwmo/intern/invoer");
  uitgaand = await import("@/server/iwmo/intern/uitgaand");
  uitvoer = await import("@/server/iwmo/intern/uitvoer");
  berichten = await import("@/server/iwmo/berichten");
  verkeer = await import("@/server/iwmo/berichtenverkeer");
  declaratie = await import("@/server/iwmo/intern/declaratie");
  xsd = await import("@/server/iwmo/intern/xsd");
  toew = {
    ...(await import("@/server/toewijzingen/toewijzingen")),
    ...(await import("@/server/toewijzingen/toewijzing-lezen")),
    ...(await import("@/server/toewijzingen/start-stop")),
  };
  ids.beheerder = (await db().gebruiker.create({ data: { email: "beheer@t.example", naam: "Beheer", rol: "BEHEERDER" } })).id;
  ids.a = await aanbieder("65656055", "Voorbeeld Zorg");
  ids.b = await aanbieder("42420001", "Verzoek Zorg");
  ids.mw = (
    await db().gebruiker.create({ data: { email: "mw@t.example", naam: "Mw", rol: "AANBIEDER_MEDEWERKER", aanbiederId: ids.a } })
  ).id;
  ids.inwoner = (await db().inwoner.create({ data: inwonerData("999900006") })).id;
  // Products with the examples' codes, next to the programme's own.
  for (const [code, cat, iwmo] of [
    ["T_01A11", "01", "01A11"],
    ["T_01A12", "01", "01A12"],
    ["T_ABCDE", "01", "ABCDE"],
    ["T_BCDEF", "02", "BCDEF"],
  ] as const) {
    await db().product.create({
      data: {
        code,
        naam: code,
        korteNaam: code,
        soort: "MAATWERK",
        // Not op trede: the examples' omvang is in etmalen per maand, not in hours per week.
        categorie: "ONTWIKKELING",
        omschrijving: "-",
        begeleiding: "-",
        verlenging: "GEEN",
        prijsEenheid: "PER_UUR",
        iwmoCategorie: cat,
        iwmoCode: iwmo,
        volgorde: 99,
      },
    });
  }
  // The examples' toewijzingen: ToewijzingNummer 300201/300202 are TW-2000-300201/… in the portal.
  ids.t1 = await toewijzing({
    nummer: "TW-2000-300201",
    aanbiederId: ids.a,
    inwonerId: ids.inwoner,
    productCode: "T_01A11",
    start: "2025-04-01",
    eind: "2025-12-31",
    cat: "01",
    code: "01A11",
  });
  ids.t2 = await toewijzing({
    nummer: "TW-2000-300202",
    aanbiederId: ids.a,
    inwonerId: ids.inwoner,
    productCode: "T_01A12",
    start: "2025-04-01",
    eind: "2025-12-31",
    cat: "01",
    code: "01A12",
  });
  ids.t10071 = await toewijzing({
    nummer: "TW-2000-010071",
    aanbiederId: ids.a,
    inwonerId: ids.inwoner,
    productCode: "T_01A11",
    start: "2023-01-01",
    eind: "2023-12-31",
    cat: "01",
    code: "01A11",
  });
  ids.t10072 = await toewijzing({
    nummer: "TW-2000-010072",
    aanbiederId: ids.a,
    inwonerId: ids.inwoner,
    productCode: "T_01A11",
    start: "2023-01-01",
    eind: "2023-06-30",
    cat: "01",
    code: "01A11",
  });
});
afterAll(async () => omgeving?.opruimen());

describe("the official examples, imported against matching portal data", () => {
  it("WMO305: both toewijzingen started on the example's dates", async () => {
    await zetGemeente("0363");
    const r = await invoer.importeerBestand("WMO305.xml", voorbeeld("305"), door, new Date("2025-04-05T10:00:00Z"));
    expect(r).toMatchObject({ ok: true, soort: "305" });
    expect(r.meldingen).toEqual(["TW-2000-300201: gestart op 3 april 2025", "TW-2000-300202: gestart op 4 april 2025"]);
    expect(await staat(ids.t1!)).toMatchObject({ status: "GESTART", gestartOp: d("2025-04-03") });
    expect(await staat(ids.t2!)).toMatchObject({ status: "GESTART", gestartOp: d("2025-04-04") });
  });

  it("WMO307: the example's second stop says its start was 15 April, the 305 said 4 April: refused whole, nothing stopped", async () => {
    const voor = await telling();
    const r = await invoer.importeerBestand("WMO307.xml", voorbeeld("307"), door, new Date("2025-07-21T10:00:00Z"));
    expect(r.ok).toBe(false);
    expect(r.meldingen).toEqual(["StopProduct 2: de Begindatum 15 april 2025 is niet de gemelde start van TW-2000-300202 (4 april 2025)."]);
    expect(await telling()).toEqual(voor);
    expect((await staat(ids.t1!)).status).toBe("GESTART");
  });

  it("WMO307: with the start the example assumes (15 April), both stopped with reden 31 (verhuisd)", async () => {
    await db().toewijzing.update({ where: { id: ids.t2! }, data: { gestartOp: d("2025-04-15") } });
    const r = await invoer.importeerBestand("WMO307.xml", voorbeeld("307"), door, new Date("2025-07-21T10:00:00Z"));
    expect(r).toMatchObject({ ok: true, soort: "307" });
    for (const id of [ids.t1!, ids.t2!])
      expect(await staat(id)).toMatchObject({ status: "BEEINDIGD", beeindigdOp: d("2025-07-18"), redenBeeindiging: "VERHUISD" });
    // Imported, so the portal writes no 305/307 of its own for these toewijzingen.
    await uitgaand.werkUitgaandBij(new Date("2025-07-21T10:00:00Z"));
    expect(
      await db().iwmoBericht.count({
        where: { richting: "UIT", soort: { in: ["305", "307"] }, toewijzingen: { some: { toewijzingId: ids.t1! } } },
      }),
    ).toBe(0);
  });

  it("WMO315: two verzoeken om toewijzing stored for the gemeente, answer due in 5 working days", async () => {
    await zetGemeente("0384");
    const r = await invoer.importeerBestand("WMO315.xml", voorbeeld("315"), door, new Date("2023-07-14T10:00:00Z"));
    expect(r).toMatchObject({ ok: true, soort: "315" });
    const v = await db().iwmoVerzoek.findMany({ where: { soort: "315" }, orderBy: { referentieAanbieder: "asc" } });
    expect(
      v.map((x) => [
        x.referentieAanbieder,
        x.productCategorie,
        x.productCode,
        x.volume,
        x.eenheid,
        x.frequentie,
        x.status,
        toIsoDate(x.uiterlijkAntwoordOp),
      ]),
    ).toEqual([
      ["42420001", "01", "ABCDE", 4, "14", "4", "OPEN", "2023-07-21"],
      ["42420002", "02", "BCDEF", 4, "14", "4", "OPEN", "2023-07-21"],
    ]);
  });

  it("WMO317 processed whole (issue 21, item 11): every product recorded, the change and the new product each a herindicatieverzoek", async () => {
    const r = await invoer.importeerBestand("WMO317.xml", voorbeeld("317"), door, new Date("2023-04-03T10:00:00Z"));
    expect(r, r.meldingen.join("\n")).toMatchObject({ ok: true, soort: "317" });
    const v = await db().iwmoVerzoek.findFirstOrThrow({
      where: { soort: "317" },
      include: { producten: { orderBy: { volgorde: "asc" } } },
    });
    expect(v.producten.map((p) => [p.soort, p.toewijzingId, p.productCode])).toEqual([
      ["ONGEWIJZIGD", ids.t10071, null],
      ["TE_WIJZIGEN", ids.t10072, "T_01A11"],
      ["NIEUW", ids.t10071, "T_01A12"],
    ]);
    const hs = await db().herindicatieverzoek.findMany({ where: { bron: "IWMO" }, orderBy: { createdAt: "asc" } });
    expect(hs.map((h) => [h.toewijzingId, h.productCode, toIsoDate(h.voorgesteldeStart), toIsoDate(h.voorgesteldeEind), h.status])).toEqual(
      [
        [ids.t10072, "T_01A11", "2023-04-02", "2023-12-31", "INGEDIEND"],
        [ids.t10071, "T_01A12", "2023-04-02", "2023-12-31", "INGEDIEND"],
      ],
    );
    expect(hs[0]!.reden).toMatch(/WMO317.*Verandering cliëntsituatie/);
    expect(v.producten.map((p) => p.herindicatieverzoekId).filter(Boolean)).toEqual(hs.map((h) => h.id));
  });

  it("WMO317 under the herindicatie form's rules: one open request, the last period, a running toewijzing", async () => {
    const voor = await telling();
    const nogmaals = await invoer.importeerBestand(
      "vow-open.xml",
      voorbeeld("317").replace("987654321", "987654398").replace("9003", "9008"),
      door,
      new Date("2023-04-03T10:00:00Z"),
    );
    expect(nogmaals.ok).toBe(false);
    expect(nogmaals.meldingen).toContain(
      "TeWijzigenProduct 1 (TW-2000-010072): Er is al een herindicatieverzoek dat op een besluit wacht. Er kan er maar één tegelijk open staan.",
    );
    expect(nogmaals.meldingen.some((m) => m.startsWith("NieuwProduct 1: het portaal legt een nieuw product vast"))).toBe(true);
    expect(await telling()).toEqual(voor);
  });
});

describe("refused messages change nothing", () => {
  it("broken (schema), foreign (gemeente, AGB), a gemeente message, duplicates: each with its reason; a good one in the same batch goes through", async () => {
    await zetGemeente("0200");
    const voor = await telling();
    const goed = voorbeeld("305")
      .replace("0363", "0200")
      .replace("123456789013", "ANDERS000001")
      .replace(/300201/g, "999")
      .replace(/300202/g, "998");
    const resultaten = await invoer.importeer(
      [
        { naam: "kapot.xml", inhoud: voorbeeld("305").replace("0363", "0200").replace("2025-04-03", "2025-13-03") },
        { naam: "gemeente.xml", inhoud: voorbeeld("305") },
        { naam: "agb.xml", inhoud: voorbeeld("305").replace("0363", "0200").replace("65656055", "11112222") },
        { naam: "301.xml", inhoud: voorbeeld("301") },
        { naam: "geen-xml.xml", inhoud: "dit is geen xml" },
        { naam: "onbekend.xml", inhoud: goed },
      ],
      door,
      new Date("2025-04-05T10:00:00Z"),
    );
    expect(resultaten.map((r) => r.ok)).toEqual([false, false, false, false, false, false]);
    expect(resultaten[0]!.meldingen[0]).toMatch(/^WMO305-schema, regel \d+, element Begindatum: de waarde '2025-13-03' is niet toegestaan/);
    expect(resultaten[1]!.meldingen[0]).toMatch(/de Ontvanger 0363 is niet onze gemeentecode 0200/);
    expect(resultaten[2]!.meldingen[0]).toMatch(/de Afzender 11112222 is geen AGB-code van een aanbieder/);
    expect(resultaten[3]!.meldingen[0]).toMatch(/Een WMO301 .* stuurt de gemeente zelf/);
    expect(resultaten[4]!.meldingen[0]).toMatch(/geen iWmo 3.2-bericht/);
    expect(resultaten[5]!.meldingen).toEqual([
      "StartProduct 1: ToewijzingNummer 999 is geen toewijzing van Voorbeeld Zorg.",
      "StartProduct 2: ToewijzingNummer 998 is geen toewijzing van Voorbeeld Zorg.",
    ]);
    expect(await telling()).toEqual(voor);
  });

  it("the same file twice, or the same BerichtIdentificatie with other content: refused", async () => {
    await zetGemeente("0384");
    const eerst = await invoer.importeerBestand("nogmaals.xml", voorbeeld("315"), door);
    expect(eerst.ok).toBe(false);
    expect(eerst.meldingen[0]).toMatch(/^Dit bericht is al ingelezen op/);
    const ander = await invoer.importeerBestand("ander.xml", voorbeeld("315").replace("Commentaar client", "Ander commentaar"), door);
    expect(ander.meldingen[0]).toMatch(/BerichtIdentificatie 123456789012 van afzender 42420001 is al gebruikt/);
  });

  it("an aanbieder's user may only import its own messages", async () => {
    await zetGemeente("0384");
    const r = await invoer.importeerBestand("x.xml", voorbeeld("317").replace("987654321", "987654322"), {
      gebruikerId: ids.mw!,
      aanbiederId: ids.b!,
    });
    expect(r.meldingen[0]).toMatch(/is niet de AGB-code van jouw organisatie/);
  });
});

describe("round trip: toewijzing → 301 → 305 in → declaraties → 323 → 307 in", () => {
  const NU = new Date("2026-12-01T10:00:00Z");
  let dir: string;
  it("runs, with the portal's state right at each step", async () => {
    await zetGemeente("0200");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "iwmo-"));
    const inwoner = (await db().inwoner.create({ data: { ...inwonerData("111222333"), voornamen: "Sanne", achternaam: "Vries" } })).id;
    const t = await toewijzing({
      nummer: "TW-2026-000007",
      aanbiederId: ids.a!,
      inwonerId: inwoner,
      productCode: "OP_TREDE_3",
      start: "2026-11-02",
      eind: "2027-04-30",
      cat: "07",
      code: "07W30",
      eenheid: "04",
      freq: "2",
      uren: 8,
    });

    // 301 out: written as a file and marked sent.
    const bestanden = await uitvoer.schrijfUitvoer(dir, NU);
    const f301 = bestanden.find((b) => path.basename(b).startsWith("WMO301_0200_65656055_"))!;
    expect(f301).toBeTruthy();
    const b301 = leesBericht("301", fs.readFileSync(f301, "utf8"));
    expect(b301).toMatchObject({
      bsn: "111222333",
      producten: [
        {
          toewijzingNummer: 26000007,
          categorie: "07",
          code: "07W30",
          omvang: { volume: 8, eenheid: "04", frequentie: "2" },
          redenWijziging: null,
        },
      ],
    });
    expect(await db().iwmoBericht.findFirst({ where: { bronSleutel: `301:toewijzing:${t}` } })).toMatchObject({
      status: "VERZONDEN",
      verzondenOp: NU,
    });
    expect(await uitvoer.schrijfUitvoer(dir, NU)).toEqual([]); // nothing twice

    // 305 in, from a file the aanbieder's software wrote.
    const kop = (id: string) => ({ afzender: "65656055", ontvanger: "0200", identificatie: id, dagtekening: d("2026-11-04") });
    const client = { bsn: "111222333", geboortedatum: d("1967-08-13"), naam: { achternaam: "Vries" } };
    const p = {
      toewijzingNummer: 26000007,
      categorie: "07",
      code: "07W30",
      toewijzingIngangsdatum: d("2026-11-02"),
      begindatum: d("2026-11-03"),
      statusAanlevering: "1" as const,
    };
    const f305 = path.join(dir, "in-305.xml");
    fs.writeFileSync(f305, bouw305({ header: kop("RT305"), client, producten: [p] }));
    const [r305] = await invoer.importeer([{ naam: "in-305.xml", inhoud: new Uint8Array(fs.readFileSync(f305)) }], door, NU);
    expect(r305).toMatchObject({ ok: true, meldingen: ["TW-2026-000007: gestart op 3 november 2026"] });
    expect(await staat(t)).toMatchObject({ status: "GESTART", gestartOp: d("2026-11-03") });

    // Declaraties for November (one calendar month), with a credit of an earlier line.
    const regels = [
      {
        id: "r1",
        nummer: "DCL-1",
        toewijzingId: t,
        periodeStart: d("2026-11-03"),
        periodeEind: d("2026-11-30"),
        volume: 30,
        eenheid: "04",
        tariefCent: 1063,
        bedragCent: 31890,
        creditVan: null,
      },
      {
        id: "r2",
        nummer: "DCL-2",
        toewijzingId: t,
        periodeStart: d("2026-11-03"),
        periodeEind: d("2026-11-30"),
        volume: 2,
        eenheid: "04",
        tariefCent: 1063,
        bedragCent: 2126,
        creditVan: { nummer: "DCL-0" },
      },
    ];
    const m323 = await db().$transaction((tx) => declaratie.maak323(tx, "0200", regels, NU));
    expect(m323).toMatchObject({ soort: "323", partij: "AANBIEDER", status: "TE_VERZENDEN" });
    expect(await xsd.valideerXsd("323", m323!.xml)).toEqual([]);
    const g323 = leesBericht("323", m323!.xml);
    expect(g323).toMatchObject({ totaalCent: 29764, totaalDebetCredit: "D", begindatum: d("2026-11-01"), einddatum: d("2026-11-30") });
    // More than the omvang (8 hours a week: 32 in 28 days) is refused with the rule.
    await expect(
      db().$transaction((tx) => declaratie.maak323(tx, "0200", [{ ...regels[0]!, id: "r3", volume: 40, bedragCent: 42520 }], NU)),
    ).rejects.toThrow(/GeleverdVolume 40 is meer dan de toegewezen omvang \(32\)/);

    // The same through the outbox from issue 12's Declaratieregel: a line and a credit of it.
    const regel = (nummer: string, volume: number, creditVanId: string | null = null) =>
      db().declaratieregel.create({
        data: {
          nummer,
          toewijzingId: t,
          aanbiederId: ids.a!,
          productCode: "OP_TREDE_3",
          maand: "2026-11",
          periodeStart: d("2026-11-03"),
          periodeEind: d("2026-11-30"),
          volume,
          eenheid: "04",
          tariefCent: 1063,
          bedragCent: volume * 1063,
          creditVanId,
          ingediendDoorId: ids.mw!,
          ingediendOp: NU,
        },
      });
    const eerder = (await db().iwmoBericht.findMany({ where: { soort: "323" }, select: { id: true } })).map((b) => b.id);
    const dr1 = await regel("DR-2026-000101", 30);
    await regel("DR-2026-000102", -30, dr1.id);
    await uitgaand.werkUitgaandBij(NU);
    const uit323 = await db().iwmoBericht.findMany({
      where: { soort: "323", bronSleutel: { startsWith: `323:${ids.a}:2026-11:` }, id: { notIn: eerder } },
    });
    expect(uit323).toHaveLength(1);
    expect(await xsd.valideerXsd("323", uit323[0]!.xml)).toEqual([]);
    const uitDr = leesBericht("323", uit323[0]!.xml);
    expect(
      uitDr.soort === "323" &&
        uitDr.prestaties.map((p) => [p.referentieNummer, p.vorigReferentieNummer, p.volume, p.bedragCent, p.debetCredit]),
    ).toEqual([
      ["DR-2026-000101", null, 30, 31890, "D"],
      ["DR-2026-000102", "DR-2026-000101", 30, 31890, "C"],
    ]);
    expect(uitDr).toMatchObject({ totaalCent: 0, totaalDebetCredit: "D" });
    // Sent lines are not sent again; a later line goes in a new 323 on its own.
    await uitgaand.werkUitgaandBij(NU);
    expect(
      await db().iwmoBericht.count({
        where: { soort: "323", bronSleutel: { startsWith: `323:${ids.a}:2026-11:` }, id: { notIn: eerder } },
      }),
    ).toBe(1);
    await regel("DR-2026-000103", 28);
    await uitgaand.werkUitgaandBij(NU);
    const tweede = await db().iwmoBericht.findMany({
      where: { soort: "323", bronSleutel: { startsWith: `323:${ids.a}:2026-11:` }, id: { notIn: eerder } },
      orderBy: { aangemaaktOp: "asc" },
    });
    expect(tweede).toHaveLength(2);
    const g2 = leesBericht("323", tweede.find((b) => b.id !== uit323[0]!.id)!.xml);
    expect(g2.soort === "323" && g2.prestaties.map((p) => p.referentieNummer)).toEqual(["DR-2026-000103"]);
    // Issue 21 item 8: a line rejected before the outbox ran is never declared in a 323.
    const afgewezen = await regel("DR-2026-000104", 20);
    await db().declaratieregel.update({ where: { id: afgewezen.id }, data: { status: "AFGEWEZEN", afwijsreden: "Niet gewerkt" } });
    await uitgaand.werkUitgaandBij(NU);
    const na = await db().iwmoBericht.findMany({ where: { soort: "323", id: { notIn: eerder } }, select: { xml: true } });
    expect(na).toHaveLength(2);
    expect(na.map((b) => b.xml).join("")).not.toContain("DR-2026-000104");

    // 307 in: stopped.
    fs.writeFileSync(
      path.join(dir, "in-307.xml"),
      bouw307({ header: kop("RT307"), client, producten: [{ ...p, redenBeeindiging: "19", einddatum: d("2026-11-30") }] }),
    );
    const [r307] = await invoer.importeer(
      [{ naam: "in-307.xml", inhoud: fs.readFileSync(path.join(dir, "in-307.xml"), "utf8") }],
      door,
      NU,
    );
    expect(r307!.ok).toBe(true);
    expect(await staat(t)).toMatchObject({ status: "BEEINDIGD", beeindigdOp: d("2026-11-30"), redenBeeindiging: "VOLGENS_PLAN" });

    // The toewijzing's log: 301 out, 305 in, 323 out, 307 in.
    const log = await data(
      berichten.berichtenLijst({ id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER", aanbiederId: null }, { toewijzingId: t }),
    );
    expect(log.map((l) => `${l.soort} ${l.richting} ${l.status}`).sort()).toEqual([
      "301 UIT VERZONDEN",
      "305 IN ONTVANGEN",
      "307 IN ONTVANGEN",
      "323 UIT TE_VERZENDEN",
      "323 UIT TE_VERZENDEN",
      "323 UIT TE_VERZENDEN",
    ]);
  });
});

describe("the outbox for the portal's own changes", () => {
  const NU = new Date("2026-12-02T09:00:00Z");
  it("a start and stop reported in the portal become the aanbieder's 305/307; verlenging 04, wijziging and withdrawal their 301s", async () => {
    await zetGemeente("0200");
    const inwoner = (await db().inwoner.create({ data: { ...inwonerData("123456782"), voornamen: "Piet" } })).id;
    const t = await toewijzing({
      nummer: "TW-2026-000010",
      aanbiederId: ids.a!,
      inwonerId: inwoner,
      productCode: "ONTW_4",
      start: "2026-11-16",
      eind: "2027-05-15",
      cat: "07",
      code: "07W41",
      eenheid: "82",
      freq: "6",
      volume: 1,
    });
    const mw = { id: ids.mw!, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    expect(await toew.meldStart(mw, { id: t, datum: "2026-11-27" }, { nu: NU })).toMatchObject({ ok: true });
    expect(await toew.meldStop(mw, { id: t, datum: "2026-11-30", reden: "VOORTIJDIG_IN_OVERLEG" }, { nu: NU })).toMatchObject({ ok: true });
    const verlenging = await toewijzing({
      nummer: "TW-2027-000001",
      aanbiederId: ids.a!,
      inwonerId: inwoner,
      productCode: "ONTW_4",
      start: "2027-05-16",
      eind: "2027-11-15",
      cat: "07",
      code: "07W41",
      eenheid: "82",
      freq: "6",
      volume: 1,
      verlengingVanId: t,
    });
    await db().toewijzingWijziging.create({
      data: {
        toewijzingId: verlenging,
        soort: "EINDDATUM_GECORRIGEERD",
        oudeEinddatum: d("2027-11-15"),
        nieuweEinddatum: d("2027-10-31"),
        reden: "Invoerfout",
        redenWijziging: "14",
        doorId: ids.beheerder!,
      },
    });
    const ingetrokken = await toewijzing({
      nummer: "TW-2026-000011",
      aanbiederId: ids.a!,
      inwonerId: inwoner,
      productCode: "ONTW_4",
      start: "2026-12-15",
      eind: "2027-06-14",
      cat: "07",
      code: "07W41",
      eenheid: "82",
      freq: "6",
      volume: 1,
    });

    const { fouten } = await uitgaand.werkUitgaandBij(NU);
    expect(fouten).toEqual([]);
    const van = async (id: string) =>
      (await db().iwmoBericht.findMany({ where: { toewijzingen: { some: { toewijzingId: id } } }, orderBy: { aangemaaktOp: "asc" } })).map(
        (b) => ({ ...b, g: leesBericht(b.soort as never, b.xml) }),
      );
    const eigen = await van(t);
    expect(eigen.map((b) => `${b.soort} ${b.partij} ${b.afzender}→${b.ontvanger}`).sort()).toEqual([
      "301 GEMEENTE 0200→65656055",
      "305 AANBIEDER 65656055→0200",
      "307 AANBIEDER 65656055→0200",
    ]);
    const b305 = eigen.find((b) => b.soort === "305")!;
    // Started 27 November, but the 301 goes only on 2 December (retroactive): 5 working days after
    // the 301 was sent (issue 21 item 13); while it waits, the 305 has no deadline yet.
    expect(b305.uiterlijkOp).toBeNull();
    await db().iwmoBericht.update({
      where: { id: eigen.find((b) => b.soort === "301")!.id },
      data: { status: "VERZONDEN", verzondenOp: NU },
    });
    await uitgaand.werkUitgaandBij(NU);
    expect(toIsoDate((await db().iwmoBericht.findUniqueOrThrow({ where: { id: b305.id } })).uiterlijkOp!)).toBe("2026-12-09");
    expect(eigen.find((b) => b.soort === "307")!.g).toMatchObject({ producten: [{ redenBeeindiging: "23", einddatum: d("2026-11-30") }] });
    const v = await van(verlenging);
    expect(
      v
        .map((b) => (b.g as { producten: { redenWijziging: string | null; einddatum: Date }[] }).producten[0])
        .map((p) => [p!.redenWijziging, toIsoDate(p!.einddatum)]),
    ).toEqual([
      ["04", "2027-11-15"],
      ["14", "2027-10-31"],
    ]);
    for (const b of [...eigen, ...v]) expect(await xsd.valideerXsd(b.soort as never, b.xml)).toEqual([]);

    // Withdrawn before the 301 was sent: the pending 301 is dropped, nothing goes out.
    expect(await db().iwmoBericht.count({ where: { bronSleutel: `301:toewijzing:${ingetrokken}` } })).toBe(1);
    await db().toewijzing.update({ where: { id: ingetrokken }, data: { status: "INGETROKKEN", ingetrokkenOp: NU } });
    await uitgaand.werkUitgaandBij(NU);
    expect(await db().iwmoBericht.count({ where: { toewijzingen: { some: { toewijzingId: ingetrokken } } } })).toBe(0);
    // Idempotent: a second run makes nothing new.
    expect((await uitgaand.werkUitgaandBij(NU)).nieuw).toBe(0);
  });
});

describe("answers to verzoeken and the deadline list", () => {
  it("a 315 answered 'in onderzoek' and then 'afgewezen' (WJ759 3): two valid 319s; the deadline moves to 8 weeks", async () => {
    await zetGemeente("0384");
    const beheerder = { id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER" as const, aanbiederId: null };
    const v = await db().iwmoVerzoek.findFirstOrThrow({ where: { soort: "315", referentieAanbieder: "42420001" } });
    const nu = new Date("2023-07-17T10:00:00Z");
    expect(
      (await data(berichten.berichtTermijnen(beheerder, {}, { nu: nu }))).find((x) => x.wat.startsWith("Antwoord op WMO315 42420001")),
    ).toMatchObject({
      uiterlijk: d("2023-07-21"),
      te_laat: false,
    });
    expect(await verkeer.beantwoordVerzoek(beheerder, { id: v.id, antwoord: "2" }, { nu })).toMatchObject({ ok: true });
    expect(
      (await data(berichten.berichtTermijnen(beheerder, {}, { nu: nu }))).find((x) => x.wat.startsWith("Antwoord op WMO315 42420001")),
    ).toMatchObject({
      uiterlijk: d("2023-09-09"),
    });
    expect(await verkeer.beantwoordVerzoek(beheerder, { id: v.id, antwoord: "1" }, { nu })).toMatchObject({
      ok: false,
      fieldErrors: { reden: "Kies de reden van afwijzing." },
    });
    expect(await verkeer.beantwoordVerzoek(beheerder, { id: v.id, antwoord: "1", reden: "3" }, { nu })).toMatchObject({ ok: true });
    const antwoorden = await db().iwmoBericht.findMany({
      where: { soort: "319", antwoordOpId: v.berichtId },
      orderBy: { aangemaaktOp: "asc" },
    });
    expect(antwoorden.map((a) => leesBericht("319", a.xml))).toMatchObject([
      { referentieAanbieder: "42420001", verzoekAntwoord: "2", redenAfwijzing: null, header: { afzender: "0384", ontvanger: "42420001" } },
      { referentieAanbieder: "42420001", verzoekAntwoord: "1", redenAfwijzing: "3" },
    ]);
    for (const a of antwoorden) expect(await xsd.valideerXsd("319", a.xml)).toEqual([]);
    expect(await verkeer.beantwoordVerzoek(beheerder, { id: v.id, antwoord: "1", reden: "3" }, { nu })).toMatchObject({
      ok: false,
      formError: "Dit verzoek bestaat niet of is al beantwoord.",
    });
  });

  it("an aanbieder sees only its own messages and may not answer", async () => {
    const mw = { id: ids.mw!, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    const lijst = await data(berichten.berichtenLijst(mw));
    expect(lijst.length).toBeGreaterThan(0);
    expect(new Set(lijst.map((l) => l.aanbieder.naam))).toEqual(new Set(["Voorbeeld Zorg"]));
    const vreemd = await db().iwmoBericht.findFirstOrThrow({ where: { aanbiederId: ids.b! } });
    expect(await reden(berichten.berichtBestand(mw, { id: vreemd.id, bron: "test" }))).toBe("niet-gevonden");
    expect(await verkeer.beantwoordVerzoek(mw, { id: "x", antwoord: "2" })).toMatchObject({ ok: false });
  });
});

describe("verzoeken answered by the portal's own decisions", () => {
  it("a 317 with one follow-up granted and one refused is answered by the 301 (with the verzoek's reference), never by a 319 afgewezen", async () => {
    await zetGemeente("0384");
    const [wijziging, nieuwProduct] = await db().herindicatieverzoek.findMany({ where: { bron: "IWMO" }, orderBy: { createdAt: "asc" } });
    const nieuw = await toewijzing({
      nummer: "TW-2023-000099",
      aanbiederId: ids.a!,
      inwonerId: ids.inwoner!,
      productCode: "T_01A11",
      start: "2023-07-01",
      eind: "2023-12-31",
      cat: "01",
      code: "01A11",
      verlengingVanId: ids.t10072,
    });
    await db().herindicatieverzoek.update({
      where: { id: wijziging!.id },
      data: { status: "VERLENGD", nieuweToewijzingId: nieuw, besluitOp: new Date() },
    });
    // One of the two still waits: the whole verzoek waits too.
    await uitgaand.werkUitgaandBij(new Date("2023-04-05T10:00:00Z"));
    const v = await db().iwmoVerzoek.findFirstOrThrow({ where: { herindicatieverzoekId: wijziging!.id } });
    expect(v.status).toBe("OPEN");
    // The Berichten page cannot refuse it any more: a follow-up was granted.
    const beheerder = { id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER" as const, aanbiederId: null };
    expect(await verkeer.beantwoordVerzoek(beheerder, { id: v.id, antwoord: "1", reden: "7" })).toMatchObject({
      ok: false,
      formError: "Op dit verzoek is al een vervolg toegewezen; het wordt met die toewijzing (WMO301) beantwoord, niet afgewezen.",
    });
    await db().herindicatieverzoek.update({ where: { id: nieuwProduct!.id }, data: { status: "BEEINDIGEN", besluitOp: new Date() } });
    await uitgaand.werkUitgaandBij(new Date("2023-04-05T10:00:00Z"));
    expect(await db().iwmoVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "TOEGEWEZEN",
      antwoordToewijzingId: nieuw,
    });
    expect(await db().iwmoBericht.count({ where: { soort: "319", antwoordOpId: v.berichtId } })).toBe(0);
    const b = await db().iwmoBericht.findFirstOrThrow({ where: { bronSleutel: `301:toewijzing:${nieuw}` } });
    expect(leesBericht("301", b.xml)).toMatchObject({
      header: { afzender: "0384", ontvanger: "65656055" },
      producten: [{ toewijzingNummer: 23000099, redenWijziging: "04" }],
    });
    expect(b.xml).toContain("<wmo301:ReferentieAanbieder>9003</wmo301:ReferentieAanbieder>");
    expect(await xsd.valideerXsd("301", b.xml)).toEqual([]);
  });

  it("a 317 whose every request is decided 'geen vervolg': a 319 afgewezen (reden 7)", async () => {
    await zetGemeente("0384");
    // The example again, now on the last period (the verlenging 23000099) of the changed toewijzing.
    const vow = voorbeeld("317")
      .replace("987654321", "987654399")
      .replace("9003", "9004")
      .replace("10072", "23000099")
      .replaceAll("2023-04-02", "2023-08-01");
    const r = await invoer.importeerBestand("vow2.xml", vow, door, new Date("2023-04-03T10:00:00Z"));
    expect(r, r.meldingen.join("\n")).toMatchObject({ ok: true });
    const v = await db().iwmoVerzoek.findFirstOrThrow({ where: { referentieAanbieder: "9004" }, include: { producten: true } });
    const hs = v.producten.flatMap((p) => (p.herindicatieverzoekId ? [p.herindicatieverzoekId] : []));
    expect(hs).toHaveLength(2);
    await db().herindicatieverzoek.updateMany({ where: { id: { in: hs } }, data: { status: "BEEINDIGEN", besluitOp: new Date() } });
    await uitgaand.werkUitgaandBij(new Date("2023-04-05T10:00:00Z"));
    expect(await db().iwmoVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "AFGEWEZEN", redenAfwijzing: "7" });
    const b = await db().iwmoBericht.findFirstOrThrow({ where: { soort: "319", antwoordOpId: v.berichtId } });
    expect(leesBericht("319", b.xml)).toMatchObject({ referentieAanbieder: "9004", verzoekAntwoord: "1", redenAfwijzing: "7" });
  });

  it("a 315 answered by a toewijzing for the same inwoner, aanbieder and product: its 301 carries the reference", async () => {
    await zetGemeente("0384");
    const v = await db().iwmoVerzoek.findFirstOrThrow({ where: { soort: "315", referentieAanbieder: "42420002" } });
    const t = await toewijzing({
      nummer: "TW-2023-000100",
      aanbiederId: ids.b!,
      inwonerId: ids.inwoner!,
      productCode: "T_BCDEF",
      start: "2023-06-01",
      eind: "2023-06-30",
      cat: "02",
      code: "BCDEF",
      eenheid: "14",
      freq: "4",
      volume: 4,
    });
    await uitgaand.werkUitgaandBij(new Date("2023-07-18T10:00:00Z"));
    expect(await db().iwmoVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "TOEGEWEZEN",
      antwoordToewijzingId: t,
    });
    const b = await db().iwmoBericht.findFirstOrThrow({ where: { bronSleutel: `301:toewijzing:${t}` } });
    expect(b.xml).toContain("<wmo301:ReferentieAanbieder>42420002</wmo301:ReferentieAanbieder>");
    expect(toIsoDate(b.uiterlijkOp!)).toBe("2023-07-21");
  });
});

describe("hostile uploads (issue 21, item 27)", () => {
  it("a file of the maximum size that is `<Bericht ` over and over is refused in well under a second", async () => {
    const vijandig = '<?xml version="1.0" encoding="UTF-8"?>' + "<Bericht ".repeat((invoer.MAX_BERICHT_BYTES - 40) / 9);
    expect(Buffer.byteLength(vijandig)).toBeLessThanOrEqual(invoer.MAX_BERICHT_BYTES);
    const t = performance.now();
    const [r] = await invoer.importeer([{ naam: "vijandig.xml", inhoud: new TextEncoder().encode(vijandig) }], door);
    const duur = performance.now() - t;
    expect(r).toMatchObject({ ok: false, soort: null });
    expect(r!.meldingen[0]).toMatch(/geen iWmo 3.2-bericht/);
    expect(duur).toBeLessThan(1000);
  });
});

describe("a DOCTYPE in an upload (issue 21, item 29)", () => {
  const met = (doctype: string, id: string) =>
    voorbeeld("315")
      .replace("123456789012", id)
      .replace('<?xml version="1.0" encoding="UTF-8"?>', `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}`);
  it("is refused per file with its reason; every file of the batch gets its outcome and the good one is imported", async () => {
    await zetGemeente("0384");
    const voor = await telling();
    const veel = Array.from({ length: 1001 }, (_, i) => `<!ENTITY e${i} "x">`).join("");
    const beheerder = { id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER" as const, aanbiederId: null };
    const bestand = (naam: string, tekst: string) => new File([tekst], naam, { type: "application/xml" });
    const r = await verkeer.leesBerichtenIn(
      beheerder,
      {
        bestanden: [
          bestand("parameter.xml", met('<!DOCTYPE wmo315:Bericht [<!ENTITY % p "x">]>', "DOCTYPE00001")),
          bestand("entiteiten.xml", met(`<!DOCTYPE wmo315:Bericht [${veel}]>`, "DOCTYPE00002")),
          bestand("goed.xml", voorbeeld("315").replace("123456789012", "DOCTYPE00003")),
        ],
      },
      { nu: new Date("2023-07-14T10:00:00Z") },
    );
    expect(r).toMatchObject({ ok: true, melding: "1 van 3 bestanden ingelezen; 2 geweigerd. Zie de redenen per bestand." });
    const resultaten = (r as unknown as { resultaten: { bestandsnaam: string; ok: boolean; meldingen: string[] }[] }).resultaten;
    expect(resultaten.map((x) => [x.bestandsnaam, x.ok])).toEqual([
      ["parameter.xml", false],
      ["entiteiten.xml", false],
      ["goed.xml", true],
    ]);
    for (const x of resultaten.slice(0, 2))
      expect(x.meldingen).toEqual(["Het bestand bevat een DOCTYPE; een iWmo-bericht heeft die niet. Stuur het bericht zonder DOCTYPE."]);
    expect(await telling()).toMatchObject({ berichten: voor.berichten + 1, verzoeken: voor.verzoeken + 2 });
  });
});

describe("each side downloads only its own outgoing messages (issue 21, item 17)", () => {
  it("the gemeente's zip holds its 301/319s; the aanbieder's 305/307/323 stay 'te verzenden' until the aanbieder downloads them", async () => {
    const { unzipSync } = await import("fflate");
    const nu = new Date("2026-12-03T09:00:00Z");
    const beheerder = { id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER" as const, aanbiederId: null };
    const mw = { id: ids.mw!, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    await uitgaand.werkUitgaandBij(nu);
    const vanAanbieder = await db().iwmoBericht.findMany({ where: { status: "TE_VERZENDEN", partij: "AANBIEDER" } });
    expect(vanAanbieder.some((b) => b.aanbiederId === ids.a && b.soort === "305")).toBe(true);
    const vanGemeente = await db().iwmoBericht.count({ where: { status: "TE_VERZENDEN", partij: "GEMEENTE" } });
    expect(vanGemeente).toBeGreaterThan(0);
    expect(await data(berichten.aantalTeVerzenden(beheerder))).toBe(vanGemeente);

    const g = await verkeer.downloadTeVerzenden(beheerder, {}, { nu });
    if (!g.ok) throw new Error(g.formError ?? "download geweigerd");
    const namen = Object.keys(unzipSync(g.zip));
    expect(namen).toHaveLength(vanGemeente);
    for (const n of namen) expect(n).toMatch(/^WMO3(01|19)_/);
    // Not one of the aanbieder's messages was marked sent by the gemeente's download.
    expect(await db().iwmoBericht.count({ where: { id: { in: vanAanbieder.map((b) => b.id) }, status: "TE_VERZENDEN" } })).toBe(
      vanAanbieder.length,
    );

    const a = await verkeer.downloadTeVerzenden(mw, {}, { nu });
    if (!a.ok) throw new Error(a.formError ?? "download geweigerd");
    const eigen = vanAanbieder.filter((b) => b.aanbiederId === ids.a);
    expect(Object.keys(unzipSync(a.zip)).sort()).toEqual(eigen.map((b) => b.bestandsnaam).sort());
    expect(await db().iwmoBericht.count({ where: { id: { in: eigen.map((b) => b.id) }, status: "VERZONDEN" } })).toBe(eigen.length);
  });
});

describe("a WMO315 does not tell whether a BSN is registered (issue 21, item 30)", () => {
  const vot = (id: string, bsn: string) =>
    voorbeeld("315")
      .replace("123456789012", id)
      .replace("999900006", bsn)
      .replace(/ReferentieAanbieder>4242000([12])</g, `ReferentieAanbieder>${id.slice(-4)}$1<`);
  it("answers the same for a registered and an unknown BSN; the gemeente sees the unknown one and it is linked once registered", async () => {
    await zetGemeente("0384");
    const nu = new Date("2023-07-14T10:00:00Z");
    const bekend = await invoer.importeerBestand("bekend.xml", vot("ONBEKEND0001", "999900006"), door, nu);
    const onbekend = await invoer.importeerBestand("onbekend.xml", vot("ONBEKEND0002", "999991152"), door, nu);
    expect(onbekend, onbekend.meldingen.join(" ")).toMatchObject({ ok: true, soort: "315" });
    expect(onbekend.meldingen).toEqual(bekend.meldingen);

    const beheerder = { id: ids.beheerder!, naam: "B", email: "b@t", rol: "BEHEERDER" as const, aanbiederId: null };
    const wachtend = (await data(berichten.openVerzoeken(beheerder))).filter((v) => v.bericht.bestandsnaam === "onbekend.xml");
    expect(wachtend).toHaveLength(2);
    for (const v of wachtend) expect(v).toMatchObject({ inwonerId: null, onbekendeBsn: "999991152" });

    // Each read of an unknown BSN is logged on the message (no pseudonym yet), once per verzoek.
    const gelezen = (activiteit: string, identificatie: string) =>
      db().auditRegel.findMany({
        where: { activiteit, toelichting: { contains: identificatie } },
        orderBy: { tijdstip: "asc" },
        select: { gebruikerId: true, bron: true, uitkomst: true, betrokkene: true, toelichting: true },
      });
    const opLijst = { gebruikerId: ids.beheerder, bron: "/gemeente/berichten", uitkomst: "gelukt", betrokkene: null };
    expect(await gelezen("iwmo-verzoek-bekijken", "ONBEKEND0002")).toEqual([
      { ...opLijst, toelichting: "WMO315 ONBEKEND0002, onbekende Bsn" },
      { ...opLijst, toelichting: "WMO315 ONBEKEND0002, onbekende Bsn" },
    ]);
    // The aanbieder never sees the BSN, so its read logs nothing.
    const mw = { id: ids.mw!, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    await data(berichten.openVerzoeken(mw));
    expect(await gelezen("iwmo-verzoek-bekijken", "ONBEKEND0002")).toHaveLength(2);

    // Opening a file logs every inwoner it names, and an unknown BSN on the message, with the page it was opened from.
    const bron = "/gemeente/berichten/bestand";
    for (const r of [bekend, onbekend]) await data(berichten.berichtBestand(beheerder, { id: r.berichtId!, bron }, { bron }));
    const bsn006 = await db().inwoner.findUniqueOrThrow({ where: { bsn: "999900006" } });
    const opBestand = { gebruikerId: ids.beheerder, bron, uitkomst: "gelukt" };
    expect(await gelezen("iwmo-bericht-bekijken", "ONBEKEND0001")).toEqual([
      { ...opBestand, betrokkene: bsn006.id, toelichting: "WMO315 ONBEKEND0001" },
    ]);
    expect(await gelezen("iwmo-bericht-bekijken", "ONBEKEND0002")).toEqual([
      { ...opBestand, betrokkene: null, toelichting: "WMO315 ONBEKEND0002, onbekende Bsn" },
    ]);

    // Registered afterwards: the outbox links the verzoeken to the inwoner and forgets the loose BSN.
    const inwoner = await db().inwoner.create({ data: { ...inwonerData("999991152"), voornamen: "Noor" } });
    await uitgaand.werkUitgaandBij(nu);
    for (const v of wachtend)
      expect(await db().iwmoVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
        inwonerId: inwoner.id,
        onbekendeBsn: null,
      });
  });
});
