import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toIsoDate } from "../kalender";
import { kopVan, leesBericht, soortVan } from "./lees";

// The official examples (standards/iwmo-3.2/voorbeelden) read by the importer's reader, against
// fixtures written from the files by hand.
const voorbeeld = (s: string) => fs.readFileSync(path.resolve("standards/iwmo-3.2/voorbeelden", `WMO${s}.xml`), "utf8");
const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

describe("reading the official iWmo 3.2 examples", () => {
  it("knows each message by its namespace", () => {
    for (const s of ["301", "305", "307", "315", "317", "319", "323"]) expect(soortVan(voorbeeld(s))).toBe(s);
    expect(soortVan("<Bericht/>")).toBeNull();
    expect(soortVan('<x:Bericht xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw301/schema"/>')).toBeNull();
  });
  it("WMO305: two starts", () => {
    const g = leesBericht("305", voorbeeld("305"));
    if (g.soort !== "305") throw new Error();
    expect(g.header).toMatchObject({ berichtCode: "418", afzender: "65656055", ontvanger: "0363", identificatie: "123456789013" });
    expect(iso(g.header.dagtekening)).toBe("2025-04-05");
    expect(g.bsn).toBe("999900006");
    expect(
      g.producten.map((p) => [
        p.toewijzingNummer,
        p.categorie,
        p.code,
        iso(p.toewijzingIngangsdatum),
        iso(p.begindatum),
        p.statusAanlevering,
      ]),
    ).toEqual([
      [300201, "01", "01A11", "2025-04-01", "2025-04-03", "1"],
      [300202, "01", "01A12", "2025-04-01", "2025-04-04", "1"],
    ]);
  });
  it("WMO307: two stops with reden 31", () => {
    const g = leesBericht("307", voorbeeld("307"));
    if (g.soort !== "307") throw new Error();
    expect(g.producten.map((p) => [p.toewijzingNummer, iso(p.begindatum), p.redenBeeindiging, iso(p.einddatum)])).toEqual([
      [300201, "2025-04-03", "31", "2025-07-18"],
      [300202, "2025-04-15", "31", "2025-07-18"],
    ]);
  });
  it("WMO315: two requested products", () => {
    const g = leesBericht("315", voorbeeld("315"));
    if (g.soort !== "315") throw new Error();
    expect(g.header).toMatchObject({ afzender: "42420001", ontvanger: "0384" });
    expect(g.producten.map((p) => [p.referentieAanbieder, p.categorie, p.code, iso(p.ingangsdatum), iso(p.einddatum), p.omvang])).toEqual([
      ["42420001", "01", "ABCDE", "2023-06-01", "2023-06-30", { volume: 4, eenheid: "14", frequentie: "4" }],
      ["42420002", "02", "BCDEF", "2023-06-01", "2023-06-30", { volume: 4, eenheid: "14", frequentie: "4" }],
    ]);
  });
  it("WMO317: one unchanged, one to change, one new product", () => {
    const g = leesBericht("317", voorbeeld("317"));
    if (g.soort !== "317") throw new Error();
    expect(g).toMatchObject({ referentieAanbieder: "9003", redenVerzoek: "1", ongewijzigd: [10071] });
    expect(g.teWijzigen.map((p) => [p.toewijzingNummer, iso(p.gewensteIngangsdatum), iso(p.einddatum)])).toEqual([
      [10072, "2023-04-02", "2023-12-31"],
    ]);
    expect(g.nieuw).toEqual([
      {
        categorie: "01",
        code: "01A12",
        gewensteIngangsdatum: new Date("2023-04-02T00:00:00Z"),
        einddatum: new Date("2023-12-31T00:00:00Z"),
        omvang: { volume: 20, eenheid: "14", frequentie: "4" },
      },
    ]);
  });
  it("WMO319 and WMO301: the gemeente's messages read back", () => {
    expect(leesBericht("319", voorbeeld("319"))).toMatchObject({ referentieAanbieder: "9003", verzoekAntwoord: "1", redenAfwijzing: "7" });
    const t = leesBericht("301", voorbeeld("301"));
    expect(t).toMatchObject({
      bsn: "999900006",
      producten: [{ toewijzingNummer: 101, categorie: "01", code: "01A01", omvang: { volume: 10, eenheid: "01", frequentie: "1" } }],
    });
  });
  it("WMO323: four prestaties of two clients, total 580,00 debet", () => {
    const g = leesBericht("323", voorbeeld("323"));
    if (g.soort !== "323") throw new Error();
    expect(g).toMatchObject({ declaratieNummer: "DN001", totaalCent: 58000, totaalDebetCredit: "D" });
    expect(
      g.prestaties.map((p) => [
        p.bsn,
        p.referentieNummer,
        p.toewijzingNummer,
        p.code,
        p.volume,
        p.eenheid,
        p.tariefCent,
        p.bedragCent,
        p.debetCredit,
      ]),
    ).toEqual([
      ["999900006", "RN001", 20072, "01A03", 4, "04", 1250, 5000, "D"],
      ["999900006", "RN002", 200730, "01A04", 16, "04", 1500, 24000, "D"],
      ["999900018", "RN003", 20074, "01A03", 4, "04", 1250, 5000, "D"],
      ["999900018", "RN004", 20073, "01A04", 16, "04", 1500, 24000, "D"],
    ]);
  });
});

// Item 27 (issue 21): the reader looks at untrusted text before the schema has seen it. Finding the
// message type must be linear: a file of `<Bericht ` repeated made one regular expression scan the
// rest of the file from every `<` (quadratic: 632 KB blocked the server for 40 s).
describe("the message type of an untrusted file", () => {
  const MAX = 2 * 1024 * 1024; // MAX_BERICHT_BYTES of the importer
  const vijandig = [
    ["<Bericht  repeated", '<?xml version="1.0" encoding="UTF-8"?>' + "<Bericht ".repeat(MAX / 9)],
    ["<x:Bericht  repeated", '<?xml version="1.0"?>' + "<x:Bericht ".repeat(MAX / 11)],
    ["an unclosed comment", '<?xml version="1.0"?><!--' + "<Bericht ".repeat(MAX / 9)],
    ["an unclosed declaration", "<?xml " + "<Bericht ".repeat(MAX / 9)],
    ["xmlns repeated in one tag", '<Bericht xmlns="' + 'xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo'.repeat(MAX / 48)],
  ] as const;
  it.each(vijandig)("%s (2 MB): refused in well under a second", (_naam, xml) => {
    const t = performance.now();
    expect(soortVan(xml)).toBeNull();
    expect(performance.now() - t).toBeLessThan(250);
  });
  it("looks only at the start of the file: the root element must begin within the first 4 KB", () => {
    const ns = 'xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"';
    expect(soortVan(`<?xml version="1.0"?>\n<!-- ${"x".repeat(3000)} -->\n<Bericht ${ns}>`)).toBe("305");
    expect(soortVan(`<?xml version="1.0"?>\n<!-- ${"x".repeat(5000)} -->\n<Bericht ${ns}>`)).toBeNull();
    expect(soortVan(`<Bericht\n  ${ns}\n/>`)).toBe("305");
    expect(soortVan(`<Bericht ${ns.replace(/"/g, "'")}>`)).toBe("305");
    expect(soortVan(`<Berichten ${ns}>`)).toBeNull();
    expect(soortVan(`<Header ${ns}><Bericht ${ns}>`)).toBeNull();
  });
  // Item 29: a DOCTYPE (entities, parameter entities) has no place in an iWmo message.
  it("names a DOCTYPE as the reason, wherever it stands before the root", () => {
    const ns = 'xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"';
    expect(kopVan(`<?xml version="1.0"?><!DOCTYPE Bericht [<!ENTITY % p "x">]><Bericht ${ns}/>`)).toEqual({
      soort: null,
      reden: "doctype",
    });
    expect(kopVan(`<!-- c --><!doctype Bericht><Bericht ${ns}/>`)).toEqual({ soort: null, reden: "doctype" });
    expect(kopVan(`<Bericht ${ns}/>`)).toEqual({ soort: "305" });
    expect(kopVan("dit is geen xml")).toEqual({ soort: null, reden: "geen-bericht" });
  });
  it("the reader itself refuses a DOCTYPE, so no entity is ever expanded", () => {
    const xml = voorbeeld("305").replace("<wmo305:Bericht", '<!DOCTYPE x [<!ENTITY a "b">]><wmo305:Bericht');
    expect(() => leesBericht("305", xml)).toThrow(/DOCTYPE/);
  });
});
