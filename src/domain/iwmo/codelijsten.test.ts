import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { REDENEN_BEEINDIGING } from "../toewijzing/reden-beeindiging";
import { REDENEN_WIJZIGING } from "../toewijzing/wijziging";
import {
  EENHEID,
  FREQUENTIE,
  PRODUCTCATEGORIE,
  PRODUCTCODE,
  REDEN_AFWIJZING,
  REDEN_BEEINDIGING_BIJ_WIJZIGING,
  REDEN_WIJZIGING,
  REDEN_WIJZIGING_OMSCHRIJVING,
  VERZOEK_ANTWOORD,
} from "./codes";

// Issue 21 item 9: every code the portal writes into a message is checked against the standard's
// own code-list file (standards/iwmo-3.2/codelijsten/), meaning included, not only against the
// XSD's enumeration: a code can be valid and still say the wrong thing (04 is "Kortdurend verblijf").

const lijst = (bestand: string) => fs.readFileSync(path.resolve("standards/iwmo-3.2/codelijsten", bestand), "utf8");
type Tabel = { kop: string[]; rijen: string[][] };
const cellen = (r: string) =>
  r
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
/** The markdown table whose first header cell matches: its header and data rows. */
function tabel(md: string, eersteKolom: RegExp): Tabel {
  const regels = md.split("\n");
  const start = regels.findIndex((r) => r.trim().startsWith("|") && eersteKolom.test(cellen(r)[0] ?? ""));
  if (start < 0) throw new Error(`no table ${eersteKolom}`);
  const rijen: string[][] = [];
  for (const r of regels.slice(start + 2)) {
    if (!r.trim().startsWith("|")) break;
    rijen.push(cellen(r));
  }
  return { kop: cellen(regels[start]!), rijen };
}
/** Code → meaning from the table's first two columns (or the named meaning column). */
function betekenissen(md: string, eersteKolom: RegExp, kolom = 1): Record<string, string> {
  return Object.fromEntries(tabel(md, eersteKolom).rijen.map((r) => [r[0]!, r[kolom]!]));
}
/** Same meaning regardless of case, diacritics (beëindigd/beeindigd) and spacing. */
const n = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
const gelijk = (a: Record<string, string>) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, n(v)]));

const WMO020 = betekenissen(lijst("WMO020_Productcategorie.md"), /^Code$/);
const WJ756 = betekenissen(lijst("WJ756_Eenheid.md"), /^Code$/);
const WMO757 = betekenissen(lijst("WMO757_Frequentie.md"), /^Code$/);
const WJ759 = betekenissen(lijst("WJ759_Reden_afwijzing_verzoek.md"), /^Code$/);
const WJ760 = betekenissen(lijst("WJ760_Verzoek_antwoord.md"), /^Code$/);
const WMO588 = tabel(lijst("WMO588_Reden_beeindiging.md"), /^Code$/);
const WMO002 = tabel(lijst("WMO002_Reden_wijziging_toewijzing.md"), /^Reden Wijziging$/);
/** WMO002's last column, "Reden beeindiging (WMO307)". The published row 06 lacks its last "|": the code ends the text. */
const stopBij002 = (r: string[]) => (r.length >= 4 ? r[3]! : /(\d{2}|nvt)\s*$/.exec(r.at(-1)!)![1]!);

describe("the portal's code tables are the standard's code lists, meaning included", () => {
  it("WMO020, WJ756, WMO757, WJ759: the same codes with the same meaning", () => {
    expect(gelijk(PRODUCTCATEGORIE)).toEqual(gelijk(WMO020));
    expect(gelijk(EENHEID)).toEqual(gelijk(WJ756));
    expect(gelijk(FREQUENTIE)).toEqual(gelijk(WMO757));
    expect(gelijk(REDEN_AFWIJZING)).toEqual(gelijk(WJ759));
    expect(n(WJ760[VERZOEK_ANTWOORD.AFGEWEZEN]!)).toBe("verzoek afgewezen");
    expect(n(WJ760[VERZOEK_ANTWOORD.IN_ONDERZOEK]!)).toBe("aanvraag in onderzoek");
  });

  it("WMO002: every RedenWijziging the portal sends means what the portal says", () => {
    const waarde = Object.fromEntries(WMO002.rijen.map((r) => [r[0]!, r[1]!]));
    for (const [code, omschrijving] of Object.entries(REDEN_WIJZIGING_OMSCHRIJVING)) expect(n(waarde[code]!), code).toBe(n(omschrijving));
    expect(n(waarde[REDEN_WIJZIGING.VERLENGING]!)).toMatch(/verlenging/);
    expect(n(waarde[REDEN_WIJZIGING.VERWIJDERD]!)).toBe("verwijderd");
    expect(n(waarde[REDEN_WIJZIGING.ADMINISTRATIEVE_CORRECTIE]!)).toBe("administratieve correctie");
  });

  it("WMO588: every reden beëindiging has the standard's code, wording and 'initiatief aanbieder'", () => {
    const rij = Object.fromEntries(WMO588.rijen.map((r) => [r[0]!, r]));
    for (const r of REDENEN_BEEINDIGING) {
      expect(n(rij[r.iwmoCode]![1]!), r.key).toBe(n(r.iwmoOmschrijving));
      expect(rij[r.iwmoCode]![4], r.key).toBe(r.doorAanbieder ? "ja" : "nee");
    }
  });

  // Item 10: a gemeente-initiated end carries, in its 307, the WMO588 reason of its WMO002 reason.
  it("WMO002 → WMO588: the table agrees with both code lists, and covers every reason an end by the gemeente can have", () => {
    const volgens002 = Object.fromEntries(WMO002.rijen.map((r) => [r[0]!, stopBij002(r)]).filter(([, stop]) => stop !== "nvt"));
    const volgens588: Record<string, string> = {};
    for (const r of WMO588.rijen) for (const w of r[3]!.split(";").map((x) => x.trim())) if (w !== "nvt") volgens588[w] = r[0]!;
    expect(REDEN_BEEINDIGING_BIJ_WIJZIGING).toEqual(volgens002);
    expect(REDEN_BEEINDIGING_BIJ_WIJZIGING).toEqual(volgens588);
    expect(REDEN_BEEINDIGING_BIJ_WIJZIGING).toMatchObject({ "05": "36", "07": "31", "09": "38", "06": "39", "12": "37", "02": "02" });
    for (const { code } of REDENEN_WIJZIGING.BEEINDIGD_DOOR_GEMEENTE) expect(REDEN_BEEINDIGING_BIJ_WIJZIGING[code], code).toBeDefined();
    expect(REDEN_BEEINDIGING_BIJ_WIJZIGING["14"]).toBeUndefined();
  });
});

describe("the products' codes say what the products are (item 9)", () => {
  const metIwmo = producten.filter((p) => p.iwmoCategorie);
  it("Werkt Mee and begeleiding groep are day-time group support: WMO020 'Dagbesteding', never 'Kortdurend verblijf'", () => {
    expect(metIwmo.map((p) => p.code)).toEqual(
      producten.filter((p) => p.soort === "MAATWERK").map((p) => p.code), // every maatwerk product goes in messages
    );
    for (const p of metIwmo) {
      expect(WMO020[p.iwmoCategorie!], p.code).toBe("Dagbesteding");
      expect(p.iwmoCode, p.code).toMatch(PRODUCTCODE);
    }
    expect(new Set(metIwmo.map((p) => p.iwmoCode)).size).toBe(metIwmo.length);
  });

  it("ontwikkeling and oriëntatie are output (stuks, totaal binnen de geldigheidsduur); op-trede hours per week", () => {
    for (const p of producten.filter((x) => x.iwmoEenheid)) {
      const eenheid = n(WJ756[p.iwmoEenheid!]!);
      const frequentie = n(WMO757[p.iwmoFrequentie!]!);
      if (p.categorie === "OP_TREDE") expect([eenheid, frequentie], p.code).toEqual(["uur", "per week"]);
      else expect([eenheid, frequentie], p.code).toEqual(["stuks (output)", "totaal binnen geldigheidsduur toewijzing"]);
    }
  });
});
