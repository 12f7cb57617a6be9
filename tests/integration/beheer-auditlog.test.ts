import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilter } from "@/domain/beheer/auditfilter";
import { data } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/beheer/auditlog");
let beheerder: { id: string; naam: string; email: string; rol: "BEHEERDER"; aanbiederId: null };
const ids: Record<string, string> = {};

// 120 rows of "inloggen" by Wendy, one per hour from 2026-01-10 00:00 UTC, plus a few others.
const BEGIN = Date.UTC(2026, 0, 10);
const UUR = 3600_000;

beforeAll(async () => {
  omgeving = await frisseDatabase();
  mod = await import("@/server/beheer/auditlog");
  const { db } = omgeving;
  const g = await db.gebruiker.create({ data: { email: "bea@gemeente.example", naam: "Bea Beheer", rol: "BEHEERDER" } });
  beheerder = { id: g.id, naam: g.naam, email: g.email, rol: "BEHEERDER", aanbiederId: null };
  ids.wendy = (await db.gebruiker.create({ data: { email: "wendy@gemeente.example", naam: "Wendy Wmo", rol: "WMO_CONSULENT" } })).id;
  ids.anna = (await db.gebruiker.create({ data: { email: "anna@aanbieder.example", naam: "Anna", rol: "AANBIEDER_MEDEWERKER" } })).id;
  await db.auditRegel.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      tijdstip: new Date(BEGIN + i * UUR),
      gebruikerId: ids.wendy,
      activiteit: "inloggen",
      bron: "/inloggen",
      uitkomst: "gelukt",
    })),
  });
  await db.auditRegel.createMany({
    data: [
      {
        tijdstip: new Date("2026-02-01T12:00:00Z"),
        gebruikerId: g.id,
        activiteit: "tarief-vastleggen",
        bron: "/gemeente/beheer/tarieven",
        uitkomst: "gelukt",
        toelichting: "ONTW_4 2026",
      },
      {
        tijdstip: new Date("2026-02-02T12:00:00Z"),
        gebruikerId: ids.anna,
        activiteit: "tarief-vastleggen",
        bron: "/gemeente/beheer/tarieven",
        uitkomst: "geweigerd",
      },
      {
        tijdstip: new Date("2026-02-03T12:00:00Z"),
        gebruikerId: ids.wendy,
        activiteit: "inwoner-bekijken",
        bron: "/gemeente/inwoners",
        uitkomst: "gelukt",
        betrokkene: "inw-abc",
      },
      { tijdstip: new Date("2026-02-04T12:00:00Z"), gebruikerId: null, activiteit: "inloggen", bron: "/inloggen", uitkomst: "mislukt" },
      // 23:30 UTC on 28 February is 00:30 on 1 March in the Netherlands.
      {
        tijdstip: new Date("2026-02-28T23:30:00Z"),
        gebruikerId: ids.wendy,
        activiteit: "inwoner-bekijken",
        bron: "/gemeente/inwoners",
        uitkomst: "gelukt",
        betrokkene: "inw-def",
      },
    ],
  });
});
afterAll(async () => omgeving.opruimen());

async function zoek(ruw: Record<string, string>) {
  const { filter, meldingen } = parseAuditFilter(ruw, await data(mod.auditActiviteiten(beheerder)));
  expect(meldingen).toEqual([]);
  return data(mod.zoekAuditregels(beheerder, filter));
}

describe("the audit log viewer", () => {
  it("offers the distinct activities", async () => {
    expect(await data(mod.auditActiviteiten(beheerder))).toEqual(["inloggen", "inwoner-bekijken", "tarief-vastleggen"]);
  });

  it("shows 50 rows per page, newest first, with the user's name and e-mail", async () => {
    const p1 = await zoek({});
    expect(p1).toMatchObject({ totaal: 125, pagina: 1, aantalPaginas: 3, paginaAangepast: false });
    expect(p1.rijen).toHaveLength(50);
    expect(p1.rijen[0]).toMatchObject({
      activiteit: "inwoner-bekijken",
      betrokkene: "inw-def",
      gebruiker: { naam: "Wendy Wmo", email: "wendy@gemeente.example" },
    });
    const tijden = p1.rijen.map((r) => r.tijdstip.getTime());
    expect(tijden).toEqual([...tijden].sort((a, b) => b - a));
    const p3 = await zoek({ pagina: "3" });
    expect(p3.rijen).toHaveLength(25);
    expect(p3.rijen.at(-1)!.tijdstip.getTime()).toBe(BEGIN);
    expect(p3.rijen.find((r) => r.uitkomst === "mislukt")).toBeUndefined();
    expect((await zoek({})).rijen.find((r) => r.uitkomst === "mislukt")?.gebruiker).toBeNull();
  });

  it("a page past the last shows the last page, and says so", async () => {
    expect(await zoek({ pagina: "99" })).toMatchObject({ pagina: 3, paginaAangepast: true });
  });

  it("filters by activiteit", async () => {
    const r = await zoek({ activiteit: "tarief-vastleggen" });
    expect(r.totaal).toBe(2);
    expect(r.rijen.every((x) => x.activiteit === "tarief-vastleggen")).toBe(true);
  });

  it("filters by user e-mail: a complete address exactly, a part as 'contains'", async () => {
    const exact = await zoek({ gebruiker: "BEA@gemeente.example" });
    expect(exact.rijen.map((r) => r.gebruiker?.email)).toEqual(["bea@gemeente.example"]);
    const deel = await zoek({ gebruiker: "gemeente", activiteit: "tarief-vastleggen" });
    expect(deel.rijen.map((r) => r.gebruiker?.naam)).toEqual(["Bea Beheer"]);
    expect((await zoek({ gebruiker: "aanbieder" })).rijen.map((r) => r.gebruiker?.naam)).toEqual(["Anna"]);
    expect((await zoek({ gebruiker: "niemand@nergens.example" })).totaal).toBe(0);
    // "ea@gemeente.example" is a complete address that exists for nobody: exact, so Bea is not found.
    expect((await zoek({ gebruiker: "ea@gemeente.example" })).totaal).toBe(0);
  });

  it("filters by betrokkene and outcome, and logs a look-up of an inwoner's trail", async () => {
    const r = await zoek({ betrokkene: "inw-abc" });
    expect(r.rijen.map((x) => x.activiteit)).toEqual(["inwoner-bekijken"]);
    expect((await zoek({ uitkomst: "geweigerd" })).rijen.map((x) => x.gebruiker?.naam)).toEqual(["Anna"]);
    const log = await omgeving.db.auditRegel.findMany({ where: { activiteit: "auditlog-betrokkene-zoeken" } });
    expect(log).toEqual([expect.objectContaining({ gebruikerId: beheerder.id, betrokkene: "inw-abc", uitkomst: "gelukt" })]);
  });

  it("filters by Dutch calendar days, both inclusive", async () => {
    // 10 January in the Netherlands: 00:00 UTC up to 22:00 UTC on the 10th, plus 23:00 UTC on the 9th (none).
    expect((await zoek({ van: "2026-01-10", tot: "2026-01-10" })).totaal).toBe(23);
    expect((await zoek({ van: "2026-03-01", tot: "2026-03-01" })).rijen.map((r) => r.betrokkene)).toEqual(["inw-def"]);
    expect((await zoek({ tot: "2026-02-28", activiteit: "inwoner-bekijken" })).rijen.map((r) => r.betrokkene)).toEqual(["inw-abc"]);
    expect((await zoek({ van: "2026-02-01", activiteit: "inloggen", uitkomst: "mislukt" })).totaal).toBe(1);
  });
});
