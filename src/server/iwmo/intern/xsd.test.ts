import { describe, expect, it } from "vitest";
import { bouw301, bouw305, bouw307, bouw319, bouw323, type Bericht301, type ToegewezenProduct } from "@/domain/iwmo/bouw";
import { leesBericht, soortVan } from "@/domain/iwmo/lees";
import { calendarDate as d } from "@/domain/kalender";
import { valideerXsd } from "./xsd";

// Every kind of message the portal writes, for every kind of toewijzing and change, must validate
// against the official iWmo 3.2 XSD (standards/iwmo-3.2/xsd). The last tests prove the check can
// fail: a message with a wrong code or a missing element is refused with a Dutch reason.

const header = (afzender = "0200", ontvanger = "98107341") => ({
  afzender,
  ontvanger,
  identificatie: "ABC123DEF456",
  dagtekening: d("2026-12-01"),
});
const client = {
  bsn: "999900006",
  geboortedatum: d("1990-03-15"),
  naam: { achternaam: "Vries", voorvoegsel: "de", voornamen: "Sanne Maria" },
  adres: { straat: "Burgemeester van Roijensingel Oost", huisnummer: "12a-2", postcode: "7311 AB", plaats: "Apeldoorn" },
};
const basis: ToegewezenProduct = {
  toewijzingNummer: 26000001,
  categorie: "07",
  code: "07W31",
  toewijzingsmoment: new Date("2026-11-30T10:15:00Z"),
  ingangsdatum: d("2026-12-01"),
  einddatum: d("2027-05-31"),
  omvang: { volume: 1, eenheid: "82", frequentie: "6" },
};
const b301 = (p: Partial<ToegewezenProduct>): Bericht301 => ({ header: header(), client, producten: [{ ...basis, ...p }] });

const varianten: [string, string][] = [
  ["301 nieuw, ontwikkeling (output 82/6/1)", bouw301(b301({}))],
  ["301 nieuw, op-trede (04 uur per week)", bouw301(b301({ code: "07W30", omvang: { volume: 8, eenheid: "04", frequentie: "2" } }))],
  ["301 begeleiding groep (geen omvang)", bouw301(b301({ code: "07G01", omvang: null }))],
  ["301 verlenging (04)", bouw301(b301({ toewijzingNummer: 27000004, redenWijziging: "04", ingangsdatum: d("2027-06-01") }))],
  ["301 beëindigd door de gemeente (05)", bouw301(b301({ redenWijziging: "05", einddatum: d("2027-01-31") }))],
  ["301 einddatum gecorrigeerd (14)", bouw301(b301({ redenWijziging: "14", einddatum: d("2027-04-30") }))],
  ["301 ingetrokken (13)", bouw301(b301({ redenWijziging: "13", einddatum: d("2026-12-01") }))],
  ["301 op een verzoek (ReferentieAanbieder)", bouw301(b301({ referentieAanbieder: "VOT-2026-7" }))],
  [
    "305 start",
    bouw305({
      header: header("98107341", "0200"),
      client,
      producten: [
        {
          toewijzingNummer: 26000001,
          categorie: "07",
          code: "07W31",
          toewijzingIngangsdatum: d("2026-12-01"),
          begindatum: d("2026-12-03"),
          statusAanlevering: "1",
        },
      ],
    }),
  ],
  [
    "307 stop",
    bouw307({
      header: header("98107341", "0200"),
      client,
      producten: [
        {
          toewijzingNummer: 26000001,
          categorie: "07",
          code: "07W31",
          toewijzingIngangsdatum: d("2026-12-01"),
          begindatum: d("2026-12-03"),
          redenBeeindiging: "19",
          einddatum: d("2027-05-31"),
          statusAanlevering: "1",
        },
      ],
    }),
  ],
  ["319 afgewezen (WJ759 7)", bouw319({ header: header(), referentieAanbieder: "VOT-2026-7", verzoekAntwoord: "1", redenAfwijzing: "7" })],
  ["319 in onderzoek", bouw319({ header: header(), referentieAanbieder: "VOT-2026-7", verzoekAntwoord: "2" })],
  [
    "323 debet en credit",
    bouw323({
      header: header("98107341", "0200"),
      declaratieNummer: "D2026120001",
      begindatum: d("2026-12-01"),
      einddatum: d("2026-12-31"),
      clienten: [
        {
          bsn: "999900006",
          prestaties: [
            {
              referentieNummer: "R1",
              toewijzingNummer: 26000002,
              categorie: "07",
              code: "07W30",
              begindatum: d("2026-12-01"),
              einddatum: d("2026-12-31"),
              volume: 30,
              eenheid: "04",
              tariefCent: 6500,
              bedragCent: 195000,
              debetCredit: "D",
            },
            {
              referentieNummer: "R2",
              vorigReferentieNummer: "R0",
              toewijzingNummer: 26000002,
              categorie: "07",
              code: "07W30",
              begindatum: d("2026-11-01"),
              einddatum: d("2026-11-30"),
              volume: 4,
              eenheid: "04",
              tariefCent: 6500,
              bedragCent: 26000,
              debetCredit: "C",
            },
          ],
        },
      ],
    }),
  ],
];

describe("generated iWmo messages against the official XSD", () => {
  it.each(varianten)("%s validates", async (_naam, xml) => {
    const soort = soortVan(xml)!;
    expect(soort).not.toBeNull();
    expect(await valideerXsd(soort, xml)).toEqual([]);
  });

  it("reads back what it wrote (301 with omvang and reden, 323 with its total)", () => {
    const r = leesBericht("301", varianten[3]![1]);
    expect(r).toMatchObject({
      soort: "301",
      bsn: "999900006",
      header: { afzender: "0200", ontvanger: "98107341", identificatie: "ABC123DEF456" },
      producten: [
        {
          toewijzingNummer: 27000004,
          redenWijziging: "04",
          categorie: "07",
          code: "07W31",
          omvang: { volume: 1, eenheid: "82", frequentie: "6" },
        },
      ],
    });
    const dcl = leesBericht("323", varianten.at(-1)![1]);
    expect(dcl).toMatchObject({ soort: "323", totaalCent: 169000, totaalDebetCredit: "D" });
    expect(dcl.soort === "323" && dcl.prestaties.map((p) => p.debetCredit)).toEqual(["D", "C"]);
  });

  it("refuses a message with a code outside the code list, naming the element in Dutch", async () => {
    const kapot = bouw301(b301({ redenWijziging: "99" }));
    const fouten = await valideerXsd("301", kapot);
    expect(fouten.length).toBeGreaterThan(0);
    expect(fouten[0]).toMatchObject({ element: "RedenWijziging", melding: "de waarde '99' is niet toegestaan" });
  });

  it("refuses a message with a required element missing", async () => {
    const kapot = varianten[8]![1].replace(/<wmo305:Begindatum>[^<]*<\/wmo305:Begindatum>/, "");
    const fouten = await valideerXsd("305", kapot);
    expect(fouten.map((f) => f.melding).join(" ")).toMatch(/ontbreekt een verplicht element|hoort hier niet/);
  });
});
