import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesBericht } from "@/domain/iwmo/lees";
import { EENHEID, FREQUENTIE, PRODUCTCATEGORIE, REDEN_BEEINDIGING_BIJ_WIJZIGING } from "@/domain/iwmo/codes";
import { uiterlijk305 } from "@/domain/iwmo/werkdagen";
import { calendarDate as d, lokaalMoment, toIsoDate } from "@/domain/kalender";
import { maakInwoner, trajectBetrokkenen } from "../fixtures/traject";
import { frisseDatabase } from "../support/testdb";

// Review of issue 21 items 9-16: realistic cases through the real use cases (issuing, a verlenging,
// an end by the gemeente) and the outbox, each message validated against its XSD and its codes read
// against the code lists.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let uitgaand: typeof import("@/server/iwmo/intern/uitgaand");
let xsd: typeof import("@/server/iwmo/intern/xsd");
let toew: typeof import("@/server/toewijzingen/toewijzingen") &
  typeof import("@/server/toewijzingen/toewijzing-lezen") &
  typeof import("@/server/toewijzingen/start-stop");
let wijz: typeof import("@/server/toewijzingen/wijzigingen");
const betrokkenen = trajectBetrokkenen({ regisseur: ["TRAJECTREGISSEUR"] });
const { ids, als } = betrokkenen;
const db = () => omgeving.db;
const berichtenVan = async (toewijzingId: string, soort: string) =>
  db().iwmoBericht.findMany({ where: { soort, toewijzingen: { some: { toewijzingId } } }, orderBy: { aangemaaktOp: "asc" } });
type P301 = {
  producten: {
    categorie: string;
    code: string;
    redenWijziging: string | null;
    einddatum: Date;
    omvang: { volume: number; eenheid: string; frequentie: string } | null;
  }[];
};

beforeAll(async () => {
  omgeving = await frisseDatabase();
  uitgaand = await import("@/server/iwmo/intern/uitgaand");
  xsd = await import("@/server/iwmo/intern/xsd");
  toew = {
    ...(await import("@/server/toewijzingen/toewijzingen")),
    ...(await import("@/server/toewijzingen/toewijzing-lezen")),
    ...(await import("@/server/toewijzingen/start-stop")),
  };
  wijz = await import("@/server/toewijzingen/wijzigingen");
  await betrokkenen.maak(db());
});
afterAll(async () => omgeving?.opruimen());

async function afgeven(o: {
  productCode: string;
  startdatum: string;
  einddatum?: string;
  uren?: string;
  verlengingVanId?: string;
  trede?: number;
  inwonerId?: string;
}) {
  const inwonerId =
    o.inwonerId ?? (await maakInwoner(db(), { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur!, trede: o.trede })).id;
  const r = await toew.geefToewijzingAf(als("regisseur"), {
    inwonerId,
    productCode: o.productCode,
    aanbiederId: ids.a!,
    werkplekId: "",
    startdatum: o.startdatum,
    einddatum: o.einddatum ?? "",
    urenPerWeek: o.uren ?? "",
    verlengingVanId: o.verlengingVanId ?? "",
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { id: (r as { id: string }).id, inwonerId };
}

describe("Dutch time around the year's turn and the DST change", () => {
  it("00:30 on 1 January is 1 January; 23:30 on 31 March (summer time) is 31 March", () => {
    expect(lokaalMoment(new Date("2026-12-31T23:30:00Z"))).toEqual({ datum: "2027-01-01", tijd: "00:30:00" });
    expect(lokaalMoment(new Date("2027-03-31T21:30:00Z"))).toEqual({ datum: "2027-03-31", tijd: "23:30:00" });
    // The night of the change (28 March 2027, 02:00 → 03:00).
    expect(lokaalMoment(new Date("2027-03-28T01:30:00Z"))).toEqual({ datum: "2027-03-28", tijd: "03:30:00" });
  });

  it("a toewijzing issued at those moments carries them in its 301 (valid against the XSD)", async () => {
    for (const [moment, datum, tijd] of [
      ["2026-12-31T23:30:00Z", "2027-01-01", "00:30:00"],
      ["2027-03-31T21:30:00Z", "2027-03-31", "23:30:00"],
    ] as const) {
      const { id } = await afgeven({ productCode: "ONTW_3", startdatum: "2027-04-05" });
      // Issued at that moment: the 301 made with the afgifte is made again as it would have been then.
      await db().toewijzing.update({ where: { id }, data: { createdAt: new Date(moment) } });
      await db().iwmoBericht.deleteMany({ where: { bronSleutel: `301:toewijzing:${id}` } });
      expect((await uitgaand.werkUitgaandBij(new Date(moment))).fouten).toEqual([]);
      const [b] = await berichtenVan(id, "301");
      expect(b!.xml).toContain(`<wmo301:Toewijzingsdatum>${datum}</wmo301:Toewijzingsdatum>`);
      expect(b!.xml).toContain(`<wmo301:Toewijzingstijd>${tijd}</wmo301:Toewijzingstijd>`);
      expect(b!.xml).toContain(`<iwmo:Dagtekening>${datum}</iwmo:Dagtekening>`);
      expect(await xsd.valideerXsd("301", b!.xml)).toEqual([]);
    }
  });
});

describe("the 305's reply time over holidays", () => {
  it("a 301 sent on Friday before Koningsdag or Pinksteren: 5 working days skip the holiday", () => {
    // Friday 24 April 2026, Monday 27 April is Koningsdag: Tue..Fri, Mon 4 May.
    expect(toIsoDate(uiterlijk305(d("2026-04-20"), d("2026-04-24"))!)).toBe("2026-05-04");
    // Friday 22 May 2026, Monday 25 May is Tweede pinksterdag: Tue 26..Fri 29, Mon 1 June.
    expect(toIsoDate(uiterlijk305(d("2026-05-20"), d("2026-05-22"))!)).toBe("2026-06-01");
    // Thursday 24 December 2026: Christmas Friday/Saturday, Sunday: Mon 28..Thu 31, Monday 4 January (1 Jan a holiday).
    expect(toIsoDate(uiterlijk305(d("2026-12-20"), d("2026-12-24"))!)).toBe("2027-01-04");
  });
});

describe("an end by the gemeente through the use case, for every WMO002 reason it offers", () => {
  it("a 301 with the WMO002 reason at once; the 307 with its WMO588 reason only once the end is reached", async () => {
    for (const reden of ["05", "09", "07", "06", "12", "02"]) {
      const { id } = await afgeven({ productCode: "ONTW_3", startdatum: "2027-01-04" });
      await db().toewijzing.update({ where: { id }, data: { status: "GESTART", gestartOp: d("2027-01-04") } });
      const r = await wijz.wijzigEinddatum(
        als("regisseur"),
        { id, soort: "BEEINDIGD_DOOR_GEMEENTE", nieuweEinddatum: "2027-02-26", redenWijziging: reden, reden: "Besluit van de gemeente" },
        { nu: new Date("2027-02-15T09:00:00Z") },
      );
      expect(r.ok, `${reden} ${JSON.stringify(r)}`).toBe(true);
      await uitgaand.werkUitgaandBij(new Date("2027-02-15T09:00:00Z"));
      const b301 = await berichtenVan(id, "301");
      expect(b301.map((b) => (leesBericht("301", b.xml) as P301).producten[0]!.redenWijziging)).toEqual([null, reden]);
      expect(toIsoDate((leesBericht("301", b301[1]!.xml) as P301).producten[0]!.einddatum)).toBe("2027-02-26");
      for (const b of b301) expect(await xsd.valideerXsd("301", b.xml)).toEqual([]);
      expect(await berichtenVan(id, "307"), reden).toHaveLength(0);
      await uitgaand.werkUitgaandBij(new Date("2027-02-26T09:00:00Z"));
      const [b307] = await berichtenVan(id, "307");
      expect(leesBericht("307", b307!.xml), reden).toMatchObject({
        producten: [{ redenBeeindiging: REDEN_BEEINDIGING_BIJ_WIJZIGING[reden], einddatum: d("2027-02-26") }],
      });
      expect(await xsd.valideerXsd("307", b307!.xml)).toEqual([]);
    }
    // Six ends, each with four messages validated against their XSD.
  }, 90_000);
});

describe("verlengingen: op trede keeps its hours, ontwikkeling allocates 0 stuks", () => {
  it("the codes written mean what the product is (code lists), XSD valid", async () => {
    const op = await afgeven({ productCode: "OP_TREDE_3", startdatum: "2027-01-04", einddatum: "2027-06-30", uren: "12", trede: 3 });
    const opV = await afgeven({
      productCode: "OP_TREDE_3",
      startdatum: "2027-07-01",
      einddatum: "2027-12-31",
      uren: "16",
      verlengingVanId: op.id,
      inwonerId: op.inwonerId,
    });
    const ont = await afgeven({ productCode: "ONTW_3", startdatum: "2027-01-04" });
    const ontEinde = (await db().toewijzing.findUniqueOrThrow({ where: { id: ont.id } })).einddatum;
    const volgende = new Date(ontEinde.getTime() + 86_400_000);
    const ontV = await afgeven({
      productCode: "ONTW_3",
      startdatum: toIsoDate(volgende),
      verlengingVanId: ont.id,
      inwonerId: ont.inwonerId,
    });
    expect((await uitgaand.werkUitgaandBij(new Date("2027-01-04T09:00:00Z"))).fouten).toEqual([]);
    const product = async (id: string) => {
      const [b] = await berichtenVan(id, "301");
      expect(await xsd.valideerXsd("301", b!.xml)).toEqual([]);
      const p = (leesBericht("301", b!.xml) as P301).producten[0]!;
      return [
        PRODUCTCATEGORIE[p.categorie],
        p.redenWijziging,
        p.omvang!.volume,
        EENHEID[p.omvang!.eenheid],
        FREQUENTIE[p.omvang!.frequentie],
      ];
    };
    expect(await product(op.id)).toEqual(["Dagbesteding", null, 12, "uur", "per week"]);
    expect(await product(opV.id)).toEqual(["Dagbesteding", "04", 16, "uur", "per week"]);
    expect(await product(ont.id)).toEqual(["Dagbesteding", null, 1, "stuks (output)", "totaal binnen geldigheidsduur toewijzing"]);
    expect(await product(ontV.id)).toEqual(["Dagbesteding", "04", 0, "stuks (output)", "totaal binnen geldigheidsduur toewijzing"]);
  });
});

describe("the contact person in the Commentaar", () => {
  it("a long name with XML characters stays valid and whole", async () => {
    const naam = `Anne-Marie "Ria" van den Berg & <Zoon> ${"Achternaam".repeat(20)}`;
    await db().gebruiker.update({ where: { id: ids.regisseur! }, data: { naam } });
    const { id } = await afgeven({ productCode: "ONTW_3", startdatum: "2027-04-05" });
    await uitgaand.werkUitgaandBij(new Date("2027-03-01T09:00:00Z"));
    const [b] = await berichtenVan(id, "301");
    expect(await xsd.valideerXsd("301", b!.xml)).toEqual([]);
    const escaped = naam.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    expect(b!.xml).toContain(`<wmo301:Commentaar>Contactpersoon van de gemeente: ${escaped}.</wmo301:Commentaar>`);
    await db().gebruiker.update({ where: { id: ids.regisseur! }, data: { naam: "Naam regisseur" } });
  });
});

describe("a product changed in beheer", () => {
  it("a toewijzing issued after carries the new category and code", async () => {
    await db().product.update({ where: { code: "ONTW_5" }, data: { iwmoCategorie: "09", iwmoCode: "09W51" } });
    const { id } = await afgeven({ productCode: "ONTW_5", startdatum: "2027-04-05" });
    await uitgaand.werkUitgaandBij(new Date("2027-03-01T09:00:00Z"));
    const [b] = await berichtenVan(id, "301");
    expect((leesBericht("301", b!.xml) as P301).producten[0]).toMatchObject({ categorie: "09", code: "09W51" });
    expect(await xsd.valideerXsd("301", b!.xml)).toEqual([]);
  });
});

describe("the aanbieder's own 307 after an end by the gemeente that lies in the past", () => {
  it("a 307 with the WMO588 reason of the 301's WMO002 reason (02 → 02) is accepted, not refused as 'not started'", async () => {
    const invoer = await import("@/server/iwmo/intern/invoer");
    const { bouw307 } = await import("@/domain/iwmo/bouw");
    const { id } = await afgeven({ productCode: "ONTW_3", startdatum: "2027-01-04" });
    await db().toewijzing.update({ where: { id }, data: { status: "GESTART", gestartOp: d("2027-01-04") } });
    // The inwoner died on 10 February; the gemeente hears of it on the 15th and ends the toewijzing.
    const nu = new Date("2027-02-15T09:00:00Z");
    const r = await wijz.wijzigEinddatum(
      als("regisseur"),
      { id, soort: "BEEINDIGD_DOOR_GEMEENTE", nieuweEinddatum: "2027-02-10", redenWijziging: "02", reden: "Inwoner overleden" },
      { nu },
    );
    expect(r.ok).toBe(true);
    const t = await db().toewijzing.findUniqueOrThrow({ where: { id }, include: { inwoner: true, aanbieder: true } });
    // The aanbieder's software answers the 301 (RedenWijziging 02) with its 307, reason 02 (WMO002's column).
    const xml = bouw307({
      header: { afzender: t.aanbieder.agbCode, ontvanger: "0200", identificatie: "REVIEW30701", dagtekening: d("2027-02-15") },
      client: { bsn: t.inwoner.bsn, geboortedatum: t.inwoner.geboortedatum, naam: { achternaam: t.inwoner.achternaam } },
      producten: [
        {
          toewijzingNummer: Number(`${t.nummer.slice(5, 7)}${t.nummer.slice(8)}`),
          categorie: t.iwmoCategorie!,
          code: t.iwmoCode,
          toewijzingIngangsdatum: t.startdatum,
          begindatum: d("2027-01-04"),
          redenBeeindiging: "02",
          einddatum: d("2027-02-10"),
          statusAanlevering: "1",
        },
      ],
    });
    expect(await xsd.valideerXsd("307", xml)).toEqual([]);
    const uit = await invoer.importeerBestand("307.xml", xml, { gebruikerId: null, aanbiederId: null }, nu);
    expect(uit, JSON.stringify(uit)).toMatchObject({ ok: true, soort: "307" });
    expect(await db().toewijzing.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "BEEINDIGD",
      beeindigdOp: d("2027-02-10"),
      redenBeeindiging: "OVERLEDEN",
    });
    // The aanbieder sent its own: the portal writes none on its behalf.
    await uitgaand.werkUitgaandBij(nu);
    expect(await db().iwmoBericht.count({ where: { soort: "307", richting: "UIT", toewijzingen: { some: { toewijzingId: id } } } })).toBe(
      0,
    );
  });
});

describe("one 307 per stop when the portal wrote one on the aanbieder's behalf first", () => {
  it("the aanbieder's own 307 replaces the portal's unsent one", async () => {
    const invoer = await import("@/server/iwmo/intern/invoer");
    const { bouw307 } = await import("@/domain/iwmo/bouw");
    const { id } = await afgeven({ productCode: "ONTW_3", startdatum: "2027-01-04" });
    await db().toewijzing.update({ where: { id }, data: { status: "GESTART", gestartOp: d("2027-01-04") } });
    const r = await wijz.wijzigEinddatum(
      als("regisseur"),
      { id, soort: "BEEINDIGD_DOOR_GEMEENTE", nieuweEinddatum: "2027-02-26", redenWijziging: "07", reden: "Verhuisd naar Deventer" },
      { nu: new Date("2027-02-15T09:00:00Z") },
    );
    expect(r.ok).toBe(true);
    // On the end day the outbox writes the 307 (31) for the aanbieder ...
    await uitgaand.werkUitgaandBij(new Date("2027-02-26T09:00:00Z"));
    const uit307 = () =>
      db().iwmoBericht.findMany({ where: { soort: "307", toewijzingen: { some: { toewijzingId: id } } }, select: { richting: true } });
    expect(await uit307()).toEqual([{ richting: "UIT" }]);
    // ... and the next day the aanbieder's software sends its own 307 for the same stop.
    const t = await db().toewijzing.findUniqueOrThrow({ where: { id }, include: { inwoner: true, aanbieder: true } });
    const xml = bouw307({
      header: { afzender: t.aanbieder.agbCode, ontvanger: "0200", identificatie: "REVIEW30702", dagtekening: d("2027-02-27") },
      client: { bsn: t.inwoner.bsn, geboortedatum: t.inwoner.geboortedatum, naam: { achternaam: t.inwoner.achternaam } },
      producten: [
        {
          toewijzingNummer: Number(`${t.nummer.slice(5, 7)}${t.nummer.slice(8)}`),
          categorie: t.iwmoCategorie!,
          code: t.iwmoCode,
          toewijzingIngangsdatum: t.startdatum,
          begindatum: d("2027-01-04"),
          redenBeeindiging: "31",
          einddatum: d("2027-02-26"),
          statusAanlevering: "1",
        },
      ],
    });
    const nu = new Date("2027-02-27T09:00:00Z");
    const uit = await invoer.importeerBestand("307b.xml", xml, { gebruikerId: null, aanbiederId: null }, nu);
    expect(uit, JSON.stringify(uit)).toMatchObject({ ok: true, soort: "307" });
    await uitgaand.werkUitgaandBij(nu);
    expect(await uit307()).toEqual([{ richting: "IN" }]);
  });
});
