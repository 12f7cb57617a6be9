import fs from "node:fs";
import { gelezen } from "../fixtures/declaratie-omgeving";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate as d, toIsoDate } from "@/domain/kalender";
import { iwmoAanbieder } from "../support/iwmo";
import { frisseDatabase } from "../support/testdb";

// Issue 13: an imported WMO323 becomes Declaratieregels through the portal's own rules
// (beoordeelRegel, the same function the month form calls): the official example against fixtures
// that match it, all or nothing per message, R-DEC-3, a credit line, and no outgoing 323 back.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let invoer: typeof import("@/server/iwmo/intern/invoer");
let uitgaand: typeof import("@/server/iwmo/intern/uitgaand");
let beoordelen: typeof import("@/server/declaraties/beoordelen");
const ids: Record<string, string> = {};
const door = { gebruikerId: null, aanbiederId: null };
const NU = new Date("2023-05-06T10:00:00Z");
const db = () => omgeving.db;
let volgnummer = 0;
/** The official example, with a fresh BerichtIdentificatie so it may be read more than once. */
const voorbeeld = (vervang: (xml: string) => string = (x) => x) =>
  vervang(
    fs
      .readFileSync(path.resolve("standards/iwmo-3.2/voorbeelden/WMO323.xml"), "utf8")
      .replace("765432198", String(765432198 + ++volgnummer)),
  );
const regels = () => db().declaratieregel.findMany({ orderBy: { nummer: "asc" }, include: { toewijzing: { select: { nummer: true } } } });

beforeAll(async () => {
  omgeving = await frisseDatabase();
  invoer = await import("@/server/iwmo/intern/invoer");
  uitgaand = await import("@/server/iwmo/intern/uitgaand");
  beoordelen = await import("@/server/declaraties/beoordelen");
  await db().iwmoInstelling.create({ data: { sleutel: "gemeentecode", waarde: "0384" } });
  ids.beheerder = (await db().gebruiker.create({ data: { email: "tm@t.example", naam: "TM", rol: "TEAMMANAGER" } })).id;
  ids.a = await iwmoAanbieder(db(), { slug: "voorbeeld", naam: "Voorbeeld Zorg", agbCode: "65656055" });
  for (const [code, iwmo, tarief] of [
    ["T_01A03", "01A03", 1250],
    ["T_01A04", "01A04", 1500],
  ] as const) {
    await db().product.create({
      data: {
        code,
        naam: code,
        korteNaam: code,
        soort: "MAATWERK",
        categorie: "OP_TREDE",
        omschrijving: "-",
        begeleiding: "-",
        verlenging: "GEEN",
        prijsEenheid: "PER_UUR",
        iwmoCategorie: "01",
        iwmoCode: iwmo,
        volgorde: 99,
      },
    });
    await db().tarief.create({ data: { productCode: code, jaar: 2023, bedragCent: tarief } });
  }
  const bsn: Record<string, string> = {};
  for (const b of ["999900006", "999900018"]) {
    bsn[b] = (
      await db().inwoner.create({
        data: {
          bsn: b,
          voornamen: "Tim",
          achternaam: "Wit",
          zoeknaam: `tim wit ${b}`,
          geboortedatum: d("1967-08-13"),
          straat: "Hoofdstraat",
          huisnummer: "1",
          postcode: "7311 AB",
          plaats: "Apeldoorn",
          uitkering: "PARTICIPATIEWET",
        },
      })
    ).id;
  }
  // The example's ToewijzingNummers 20072, 200730, 20074, 20073 are TW-2000-… in the portal. 20073
  // has 3 hours a week: 16 hours in April (30 days, omvang 3 × 5 = 15) is above the omvang.
  for (const [nr, b, product, uren] of [
    ["020072", "999900006", "T_01A03", 1],
    ["200730", "999900006", "T_01A04", 4],
    ["020074", "999900018", "T_01A03", 1],
    ["020073", "999900018", "T_01A04", 3],
  ] as const) {
    ids[nr] = (
      await db().toewijzing.create({
        data: {
          nummer: `TW-2000-${nr}`,
          inwonerId: bsn[b]!,
          productCode: product,
          aanbiederId: ids.a,
          startdatum: d("2023-01-01"),
          einddatum: d("2023-12-31"),
          urenPerWeek: uren,
          status: "GESTART",
          gestartOp: d("2023-01-01"),
          iwmoCategorie: "01",
          iwmoCode: product.slice(2),
          iwmoEenheid: "04",
          iwmoFrequentie: "2",
          iwmoVolume: uren,
          afgegevenDoorId: ids.beheerder,
        },
      })
    ).id;
  }
}, 120_000);
afterAll(async () => omgeving?.opruimen());

describe("WMO323 imported as Declaratieregels", () => {
  it("a message with one bad prestatie stores nothing and names the element", async () => {
    // RN002 is consistent in itself (16 × 1600) but 1600 is not the portal's 2023 tariff.
    const xml = voorbeeld((x) =>
      x
        .replace("<wmo323:ProductTarief>1500</wmo323:ProductTarief>", "<wmo323:ProductTarief>1600</wmo323:ProductTarief>")
        .replace("<iwmo:Bedrag>24000</iwmo:Bedrag>", "<iwmo:Bedrag>25600</iwmo:Bedrag>")
        .replace("58000", "59600"),
    );
    const r = await invoer.importeerBestand("fout.xml", xml, door, NU);
    expect(r.ok).toBe(false);
    expect(r.meldingen).toEqual([
      "Prestatie RN002: ProductTarief 1600 is niet het tarief 1500 (cent) van 2023.",
      "Er is niets van dit bericht opgeslagen.",
    ]);
    expect(await db().declaratieregel.count()).toBe(0);
    expect(await db().iwmoBericht.count()).toBe(0);
  });

  it("the official example: four lines in the gemeente's queue with the portal's amounts, the message logged as received", async () => {
    const r = await invoer.importeerBestand("WMO323.xml", voorbeeld(), door, NU);
    expect(r).toMatchObject({ ok: true, soort: "323" });
    expect(r.meldingen).toHaveLength(4);
    const lijst = await regels();
    expect(
      lijst.map((l) => [l.toewijzing.nummer, l.maand, l.volume, l.tariefCent, l.bedragCent, l.status, l.bovenOmvang, l.reden]),
    ).toEqual([
      ["TW-2000-020072", "2023-04", 4, 1250, 5000, "INGEDIEND", false, null],
      ["TW-2000-200730", "2023-04", 16, 1500, 24000, "INGEDIEND", false, null],
      ["TW-2000-020074", "2023-04", 4, 1250, 5000, "INGEDIEND", false, null],
      ["TW-2000-020073", "2023-04", 16, 1500, 24000, "INGEDIEND", true, "via iWmo 323 boven de omvang"],
    ]);
    expect(lijst.every((l) => toIsoDate(l.periodeStart) === "2023-04-01" && toIsoDate(l.periodeEind) === "2023-04-30")).toBe(true);
    const bericht = await db().iwmoBericht.findUniqueOrThrow({ where: { id: r.berichtId! }, include: { toewijzingen: true } });
    expect(bericht).toMatchObject({ soort: "323", richting: "IN", status: "ONTVANGEN", aanbiederId: ids.a });
    expect(bericht.toewijzingen).toHaveLength(4);
    // The lines carry their message, not a portal user (ADR 0020).
    expect(lijst.map((l) => [l.iwmoBerichtId, l.ingediendDoorId])).toEqual(lijst.map(() => [r.berichtId, null]));
    const tm = { id: ids.beheerder!, naam: "TM", email: "tm@t.example", rol: "TEAMMANAGER" as const, aanbiederId: null };
    const q = gelezen(await beoordelen.wachtrij(tm, { maand: "2023-04" }));
    expect(q!.regels.map((x) => [x.nummer, x.bedragCent, x.gemarkeerd])).toEqual(
      expect.arrayContaining(lijst.map((l) => [l.nummer, l.bedragCent, l.bovenOmvang])),
    );
    expect(q!.regels).toHaveLength(4);
  });

  it("the same month again (R-DEC-3): refused, nothing stored", async () => {
    const voor = await db().declaratieregel.count();
    const r = await invoer.importeerBestand("nogmaals.xml", voorbeeld(), door, NU);
    expect(r.ok).toBe(false);
    expect(r.meldingen[0]).toMatch(/^Prestatie RN001 \(TW-2000-020072\): Voor deze maand is al gedeclareerd/);
    expect(await db().declaratieregel.count()).toBe(voor);
  });

  it("an import produces no outgoing 323", async () => {
    await uitgaand.werkUitgaandBij(NU);
    expect(await db().iwmoBericht.count({ where: { soort: "323", richting: "UIT" } })).toBe(0);
  });

  it("a credit (DebetCredit C) of an approved line becomes its credit line, and frees the month", async () => {
    const oud = (await regels()).find((l) => l.toewijzing.nummer === "TW-2000-020072")!;
    const alleenRn001 = (x: string, dc: string, extra = "") =>
      x
        .replace(/<wmo323:Client>\s*<wmo323:Bsn>999900018[\s\S]*?<\/wmo323:Client>/, "")
        .replace(/<wmo323:Prestatie>\s*<wmo323:ProductReferentie>\s*<iwmo:ReferentieNummer>RN002[\s\S]*?<\/wmo323:Prestatie>/, "")
        .replace("<iwmo:TotaalBedrag>58000</iwmo:TotaalBedrag>", `<iwmo:TotaalBedrag>5000</iwmo:TotaalBedrag>`)
        .replace(/<iwmo:DebetCredit>D<\/iwmo:DebetCredit>/g, `<iwmo:DebetCredit>${dc}</iwmo:DebetCredit>`)
        .replace("<iwmo:ReferentieNummer>RN001</iwmo:ReferentieNummer>", `<iwmo:ReferentieNummer>RN009</iwmo:ReferentieNummer>${extra}`);
    const credit = voorbeeld((x) => alleenRn001(x, "C", `<iwmo:VorigReferentieNummer>${oud.nummer}</iwmo:VorigReferentieNummer>`));
    // Still waiting for the gemeente's check: not credited.
    const wacht = await invoer.importeerBestand("credit.xml", credit, door, NU);
    expect(wacht.ok).toBe(false);
    expect(wacht.meldingen[0]).toMatch(/^Prestatie RN009: VorigReferentieNummer DR-2023-\d+: Deze regel wacht nog op de controle/);
    await db().declaratieregel.update({ where: { id: oud.id }, data: { status: "GOEDGEKEURD" } });
    const r = await invoer.importeerBestand(
      "credit.xml",
      voorbeeld((x) => alleenRn001(x, "C", `<iwmo:VorigReferentieNummer>${oud.nummer}</iwmo:VorigReferentieNummer>`)),
      door,
      NU,
    );
    expect(r).toMatchObject({ ok: true });
    const c = await db().declaratieregel.findFirstOrThrow({ where: { creditVanId: oud.id } });
    expect(c).toMatchObject({ volume: -4, bedragCent: -5000, tariefCent: 1250, actiefSleutel: null });
    expect(c).toMatchObject({ iwmoBerichtId: r.berichtId, ingediendDoorId: null });
    expect((await db().declaratieregel.findUniqueOrThrow({ where: { id: oud.id } })).actiefSleutel).toBeNull();
    // The month is free again: a new debet line for it is accepted.
    const opnieuw = await invoer.importeerBestand(
      "opnieuw.xml",
      voorbeeld((x) => alleenRn001(x, "D")),
      door,
      NU,
    );
    expect(opnieuw).toMatchObject({ ok: true });
    // ADR 0029: the credit still waits for the gemeente, so the new line completes it into one
    // correction unit, judged and paid together, as in the portal.
    const nieuw = await db().declaratieregel.findFirstOrThrow({ where: { iwmoBerichtId: opnieuw.berichtId } });
    expect(nieuw.correctieId).toBe(c.correctieId);
    const tm = { id: ids.beheerder!, naam: "TM", email: "tm@t.example", rol: "TEAMMANAGER" as const, aanbiederId: null };
    expect(await beoordelen.wijsDeclaratieAf(tm, { id: nieuw.id, afwijsreden: "Volgens het rooster klopte het" })).toMatchObject({
      ok: true,
    });
    expect((await db().declaratieregel.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("AFGEWEZEN");
    // Item 5: crediting the rejected line says "declareer opnieuw", not "al gecorrigeerd".
    const afgewezen = await invoer.importeerBestand(
      "credit-afgewezen.xml",
      voorbeeld((x) => alleenRn001(x, "C", `<iwmo:VorigReferentieNummer>${nieuw.nummer}</iwmo:VorigReferentieNummer>`)),
      door,
      NU,
    );
    expect(afgewezen.meldingen[0]).toMatch(/Declareer de maand opnieuw/);
    await uitgaand.werkUitgaandBij(NU);
    expect(await db().iwmoBericht.count({ where: { soort: "323", richting: "UIT" } })).toBe(0);
  });
});

describe("review: a WMO323 credit names the line of its own toewijzing", () => {
  it("a credit for one inwoner's toewijzing that names another inwoner's line is refused, nothing credited", async () => {
    // Same month, hours and amount (4 × 1250), but TW-2000-020074 belongs to BSN 999900018.
    const ander = (await regels()).find((l) => l.toewijzing.nummer === "TW-2000-020074" && l.creditVanId === null)!;
    await db().declaratieregel.update({ where: { id: ander.id }, data: { status: "GOEDGEKEURD" } });
    const xml = voorbeeld((x) =>
      x
        .replace(/<wmo323:Client>\s*<wmo323:Bsn>999900018[\s\S]*?<\/wmo323:Client>/, "")
        .replace(/<wmo323:Prestatie>\s*<wmo323:ProductReferentie>\s*<iwmo:ReferentieNummer>RN002[\s\S]*?<\/wmo323:Prestatie>/, "")
        .replace("<iwmo:TotaalBedrag>58000</iwmo:TotaalBedrag>", `<iwmo:TotaalBedrag>5000</iwmo:TotaalBedrag>`)
        .replace(/<iwmo:DebetCredit>D<\/iwmo:DebetCredit>/g, `<iwmo:DebetCredit>C</iwmo:DebetCredit>`)
        .replace(
          "<iwmo:ReferentieNummer>RN001</iwmo:ReferentieNummer>",
          `<iwmo:ReferentieNummer>RN019</iwmo:ReferentieNummer><iwmo:VorigReferentieNummer>${ander.nummer}</iwmo:VorigReferentieNummer>`,
        ),
    );
    const r = await invoer.importeerBestand("credit-ander.xml", xml, door, NU);
    expect(r.ok).toBe(false);
    expect(r.meldingen[0]).toMatch(new RegExp(`^Prestatie RN019: VorigReferentieNummer ${ander.nummer} is geen regel van TW-2000-020072`));
    expect(await db().declaratieregel.count({ where: { creditVanId: ander.id } })).toBe(0);
    expect((await db().declaratieregel.findUniqueOrThrow({ where: { id: ander.id } })).actiefSleutel).not.toBeNull();
  });
});

describe("review: VorigReferentieNummer is the aanbieder's own ReferentieNummer (basisschema CDT_Referentie)", () => {
  it("a 323 credit naming the ReferentieNummer the aanbieder gave an imported line credits that line", async () => {
    // The official example declared TW-2000-200730 April with ReferentieNummer RN002 (16 × 1500).
    const oud = (await regels()).find((l) => l.toewijzing.nummer === "TW-2000-200730" && l.creditVanId === null)!;
    await db().declaratieregel.update({ where: { id: oud.id }, data: { status: "GOEDGEKEURD" } });
    const xml = voorbeeld((x) =>
      x
        .replace(/<wmo323:Client>\s*<wmo323:Bsn>999900018[\s\S]*?<\/wmo323:Client>/, "")
        .replace(/<wmo323:Prestatie>\s*<wmo323:ProductReferentie>\s*<iwmo:ReferentieNummer>RN001[\s\S]*?<\/wmo323:Prestatie>/, "")
        .replace("<iwmo:TotaalBedrag>58000</iwmo:TotaalBedrag>", `<iwmo:TotaalBedrag>24000</iwmo:TotaalBedrag>`)
        .replace(/<iwmo:DebetCredit>D<\/iwmo:DebetCredit>/g, `<iwmo:DebetCredit>C</iwmo:DebetCredit>`)
        .replace(
          "<iwmo:ReferentieNummer>RN002</iwmo:ReferentieNummer>",
          `<iwmo:ReferentieNummer>RN022</iwmo:ReferentieNummer><iwmo:VorigReferentieNummer>RN002</iwmo:VorigReferentieNummer>`,
        ),
    );
    const r = await invoer.importeerBestand("credit-rn002.xml", xml, door, NU);
    expect(r.meldingen).toEqual([expect.stringMatching(/creditregel van DR-2023-\d+/)]);
    expect(r.ok).toBe(true);
    expect(await db().declaratieregel.findFirstOrThrow({ where: { creditVanId: oud.id } })).toMatchObject({
      volume: -16,
      bedragCent: -24000,
    });
  });
});

describe("review: the portal and a WMO323 credit one line once", () => {
  it("a line corrected in the portal cannot be credited again by a 323; after the gemeente rejects the correction it can", async () => {
    const cor = await import("@/server/declaraties/correcties");
    const mw = await db().gebruiker.create({
      data: { email: "mw@t.example", naam: "Mw", rol: "AANBIEDER_MEDEWERKER", aanbiederId: ids.a },
    });
    const medewerker = { id: mw.id, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    // TW-2000-020074 April (RN003, 4 × 1250) was approved above and not credited.
    const oud = (await regels()).find((l) => l.toewijzing.nummer === "TW-2000-020074" && l.creditVanId === null)!;
    expect(await cor.corrigeerRegel(medewerker, { id: oud.id, uren: "3", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    const alleenRn003 = voorbeeld((x) =>
      x
        .replace(/<wmo323:Client>\s*<wmo323:Bsn>999900006[\s\S]*?<\/wmo323:Client>/, "")
        .replace(/<wmo323:Prestatie>\s*<wmo323:ProductReferentie>\s*<iwmo:ReferentieNummer>RN004[\s\S]*?<\/wmo323:Prestatie>/, "")
        .replace("<iwmo:TotaalBedrag>58000</iwmo:TotaalBedrag>", `<iwmo:TotaalBedrag>5000</iwmo:TotaalBedrag>`)
        .replace(/<iwmo:DebetCredit>D<\/iwmo:DebetCredit>/g, `<iwmo:DebetCredit>C</iwmo:DebetCredit>`)
        .replace(
          "<iwmo:ReferentieNummer>RN003</iwmo:ReferentieNummer>",
          `<iwmo:ReferentieNummer>RN033</iwmo:ReferentieNummer><iwmo:VorigReferentieNummer>RN003</iwmo:VorigReferentieNummer>`,
        ),
    );
    const r = await invoer.importeerBestand("credit-rn003.xml", alleenRn003, door, NU);
    expect(r.ok).toBe(false);
    expect(r.meldingen[0]).toMatch(/al gecorrigeerd of teruggedraaid/);
    const tm = { id: ids.beheerder!, naam: "TM", email: "tm@t.example", rol: "TEAMMANAGER" as const, aanbiederId: null };
    const credit = await db().declaratieregel.findFirstOrThrow({ where: { creditVanId: oud.id } });
    expect(await beoordelen.wijsDeclaratieAf(tm, { id: credit.id, afwijsreden: "Het rooster zegt 4 uur" })).toMatchObject({ ok: true });
    const opnieuw = await invoer.importeerBestand("credit-rn003-b.xml", alleenRn003.replace(/765432\d+/, "765439999"), door, NU);
    expect(opnieuw).toMatchObject({ ok: true });
    expect(await db().declaratieregel.count({ where: { creditVanId: oud.id, status: "INGEDIEND" } })).toBe(1);
  });
});

describe("review: an outgoing 323 credit names the number the aanbieder declared", () => {
  it("a portal reversal of a line imported as RN004 goes out with VorigReferentieNummer RN004", async () => {
    const cor = await import("@/server/declaraties/correcties");
    const mw = await db().gebruiker.findFirstOrThrow({ where: { email: "mw@t.example" } });
    const medewerker = { id: mw.id, naam: "Mw", email: "mw@t.example", rol: "AANBIEDER_MEDEWERKER" as const, aanbiederId: ids.a! };
    const oud = await db().declaratieregel.findFirstOrThrow({
      where: { referentieNummer: "RN004", creditVanId: null },
      orderBy: { nummer: "desc" },
    });
    await db().declaratieregel.update({ where: { id: oud.id }, data: { status: "GOEDGEKEURD" } });
    expect(await cor.draaiTerug(medewerker, { id: oud.id, reden: "Niet gewerkt in april" }, { nu: NU })).toMatchObject({ ok: true });
    await uitgaand.werkUitgaandBij(NU);
    const uit = await db().iwmoBericht.findMany({ where: { soort: "323", richting: "UIT" } });
    expect(uit).toHaveLength(1);
    expect(uit[0]!.xml).toMatch(/<iwmo:VorigReferentieNummer>RN004<\/iwmo:VorigReferentieNummer>/);
  });
});
