import { beforeAll, describe, expect, it } from "vitest";
import type { Zoekparameters } from "@/domain/zoekparameters";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { kmTussen, pc4Tabel } from "../support/pc4";
import { testDb } from "../support/database";
import { data, reden } from "../support/gelezen";
import { gepubliceerdeWerkplek, werkplekkenInDeBuurt } from "@/server/werkplekken/detail";
import { aantalGepubliceerd } from "@/server/werkplekken/statistiek";
import { zoekWerkplekken } from "@/server/werkplekken/zoeken";

const leeg: Zoekparameters = {
  q: "",
  vrij: false,
  branches: [],
  postcode: "",
  afstand: 10,
  treden: [],
  ontwikkeling: [],
  ondersteuning: [],
  ontwikkelmogelijkheden: [],
  pagina: 1,
};
// The catalogue is public: every read here is anonymous (no user).
const zoek = (p: Zoekparameters) => data(zoekWerkplekken(null, p));
const pc4 = pc4Tabel();
let kok = "";
const plek = (code: string) => {
  const p = pc4.get(code);
  if (!p) throw new Error(code);
  return { plaats: p.plaats, latitude: p.latitude, longitude: p.longitude };
};

beforeAll(async () => {
  const db = testDb;
  const a = await maakAanbieder(db, "Kringloop De Schakel");
  // Around Apeldoorn 7311 at growing distances, plus one far away and some not published.
  kok = (
    await maakWerkplek(db, {
      aanbiederId: a.id,
      titel: "Kok centrum",
      branche: "horeca",
      ...plek("7311"),
      treden: [3],
      mogelijkheden: ["prikkelarm", "certificaat"],
    })
  ).slug;
  await maakWerkplek(db, {
    aanbiederId: a.id,
    titel: "Afwasser Zuid",
    branche: "horeca",
    ...plek("7331"),
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["prikkelarm"],
  });
  await maakWerkplek(db, {
    aanbiederId: a.id,
    titel: "Hovenier Twello",
    branche: "groen-en-tuin",
    ...plek("7391"),
    treden: [3, 4],
    ontwikkelingNaar: [4],
  });
  await maakWerkplek(db, {
    aanbiederId: a.id,
    titel: "Barista Deventer",
    branche: "horeca",
    ...plek("7411"),
    treden: [3],
    omschrijving: "Koffie in een café aan de Brink.",
  });
  await maakWerkplek(db, { aanbiederId: a.id, titel: "Keukenhulp Amsterdam", branche: "horeca", ...plek("1012"), treden: [3] });
  await maakWerkplek(db, { aanbiederId: a.id, titel: "Concept kok", branche: "horeca", ...plek("7311"), status: "CONCEPT" });
  await maakWerkplek(db, { aanbiederId: a.id, titel: "Gearchiveerde kok", branche: "horeca", ...plek("7311"), status: "GEARCHIVEERD" });
});

describe("zoekWerkplekken against a real SQLite file", () => {
  it("shows only published werkplekken", async () => {
    const r = await zoek(leeg);
    expect(r.totaal).toBe(5);
    expect(r.werkplekken.map((w) => w.titel)).not.toContain("Concept kok");
    expect(r.werkplekken.map((w) => w.titel)).not.toContain("Gearchiveerde kok");
  });

  it("keeps only werkplekken within the distance, nearest first, with the distance", async () => {
    const centrum = pc4.get("7311")!;
    const r = await zoek({ ...leeg, postcode: "7311 AB", afstand: 25 });
    const verwacht = ["Kok centrum", "Afwasser Zuid", "Hovenier Twello", "Barista Deventer"]
      .map((titel) => ({
        titel,
        km: kmTussen(
          centrum,
          r.werkplekken.find((w) => w.titel === titel)!,
        ),
      }))
      .filter((w) => w.km <= 25)
      .sort((a, b) => a.km - b.km);
    expect(r.werkplekken.map((w) => w.titel)).toEqual(verwacht.map((w) => w.titel));
    for (const w of r.werkplekken) expect(w.afstandKm).toBeCloseTo(kmTussen(centrum, w), 6);
    expect(r.locatie?.plaats).toBe("Apeldoorn");
  });

  it("narrows with a smaller distance", async () => {
    const centrum = pc4.get("7311")!;
    const r = await zoek({ ...leeg, postcode: "7311", afstand: 5 });
    expect(r.werkplekken.length).toBeGreaterThan(0);
    for (const w of r.werkplekken) expect(kmTussen(centrum, w)).toBeLessThanOrEqual(5);
    expect(r.werkplekken.map((w) => w.titel)).not.toContain("Barista Deventer");
  });

  it("filters by branche, treden (any) and options (all)", async () => {
    expect((await zoek({ ...leeg, branches: ["groen-en-tuin"] })).werkplekken.map((w) => w.titel)).toEqual(["Hovenier Twello"]);
    expect((await zoek({ ...leeg, treden: [4] })).werkplekken.map((w) => w.titel).sort()).toEqual(["Afwasser Zuid", "Hovenier Twello"]);
    expect((await zoek({ ...leeg, treden: [3, 4] })).totaal).toBe(5);
    expect((await zoek({ ...leeg, ontwikkeling: [4, 5] })).totaal).toBe(2);
    expect((await zoek({ ...leeg, ondersteuning: ["prikkelarm"] })).totaal).toBe(2);
    expect(
      (await zoek({ ...leeg, ondersteuning: ["prikkelarm"], ontwikkelmogelijkheden: ["certificaat"] })).werkplekken.map((w) => w.titel),
    ).toEqual(["Kok centrum"]);
  });

  it("searches free text without regard to case or accents", async () => {
    expect((await zoek({ ...leeg, q: "CAFE" })).werkplekken.map((w) => w.titel)).toEqual(["Barista Deventer"]);
    expect((await zoek({ ...leeg, q: "kringlóóp kok" })).werkplekken.map((w) => w.titel)).toEqual(["Kok centrum"]);
    expect((await zoek({ ...leeg, q: "%' OR 1=1 --" })).totaal).toBe(0);
  });

  it("explains an unknown or malformed postcode and searches without distance", async () => {
    const onbekend = await zoek({ ...leeg, postcode: "7300" });
    expect(onbekend.postcodeFout).toBe("We kennen postcode 7300 niet. Controleer de postcode of probeer een postcode in de buurt.");
    expect(onbekend.totaal).toBe(5);
    const fout = await zoek({ ...leeg, postcode: "abc" });
    expect(fout.postcodeFout).toMatch(/geen geldige postcode/);
  });

  it("pages through results and falls back to the last page", async () => {
    const r = await zoek({ ...leeg, pagina: 9 });
    expect(r.paginaBestaat).toBe(false);
    expect(r.pagina).toBe(1);
    expect(r.werkplekken).toHaveLength(5);
  });
});

describe("the rest of the public catalogue", () => {
  it("counts the published werkplekken for the home page", async () => {
    expect(await data(aantalGepubliceerd(null))).toBe(5);
  });

  it("shows a published werkplek by its slug, and nothing for an unknown or malformed one", async () => {
    expect((await data(gepubliceerdeWerkplek(null, { slug: kok }))).titel).toBe("Kok centrum");
    expect(await reden(gepubliceerdeWerkplek(null, { slug: "bestaat-niet" }))).toBe("niet-gevonden");
    expect(await reden(gepubliceerdeWerkplek(null, { slug: "../Kok centrum" }))).toBe("niet-gevonden");
  });

  it("names the nearest other werkplekken with the same trede within 25 km, not the werkplek itself", async () => {
    const w = await data(gepubliceerdeWerkplek(null, { slug: kok }));
    const buurt = await data(werkplekkenInDeBuurt(null, w));
    // Trede 3 like the kok: not Afwasser Zuid (trede 4), not Keukenhulp Amsterdam (too far).
    expect(buurt.map((b) => b.titel)).toEqual(["Hovenier Twello", "Barista Deventer"]);
    for (const b of buurt) expect(b.afstandKm).toBeLessThanOrEqual(25);
  });

  it("refuses search parameters that the page's parser never gives", async () => {
    expect(await reden(zoekWerkplekken(null, { ...leeg, afstand: 7 }))).toBe("ongeldig");
    expect(await reden(zoekWerkplekken(null, { ...leeg, pagina: 0 }))).toBe("ongeldig");
  });
});
