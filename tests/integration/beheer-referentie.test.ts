import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { data } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let aow: typeof import("@/server/beheer/aow");
let vv: typeof import("@/server/beheer/vrijwilligersvergoeding");
let branches: typeof import("@/server/beheer/branches");
let beheerder: { id: string; naam: string; email: string; rol: "BEHEERDER"; aanbiederId: null };

beforeAll(async () => {
  omgeving = await frisseDatabase();
  aow = await import("@/server/beheer/aow");
  vv = await import("@/server/beheer/vrijwilligersvergoeding");
  branches = await import("@/server/beheer/branches");
  const g = await omgeving.db.gebruiker.create({ data: { email: "bea@t.example", naam: "Bea", rol: "BEHEERDER" } });
  beheerder = { id: g.id, naam: g.naam, email: g.email, rol: "BEHEERDER", aanbiederId: null };
});
afterAll(async () => omgeving.opruimen());

const audits = (activiteit: string) =>
  omgeving.db.auditRegel.findMany({ where: { activiteit, gebruikerId: beheerder.id }, orderBy: { tijdstip: "asc" } });

describe("R-AOW-1: the AOW table is extended without overlaps", () => {
  it("adds the next cohort, stored at UTC midnight, and logs it", async () => {
    const r = await aow.voegAowCohortToe(beheerder, { geborenVanaf: "1964-10-01", geborenTotMet: "1965-12-31", jaren: "67", maanden: "3" });
    expect(r).toEqual({
      ok: true,
      melding: "De AOW-leeftijd is toegevoegd: geboren van 1 oktober 1964 tot en met 31 december 1965: 67 jaar en 3 maanden.",
    });
    const rij = await omgeving.db.aowLeeftijd.findFirstOrThrow({ where: { geborenVanaf: new Date("1964-10-01T00:00:00.000Z") } });
    expect(rij.geborenTotMet?.toISOString()).toBe("1965-12-31T00:00:00.000Z");
    expect((await audits("aow-leeftijd-toevoegen")).map((a) => a.uitkomst)).toEqual(["gelukt"]);
  });

  it.each([
    [
      { geborenVanaf: "1965-12-31", geborenTotMet: "1966-12-31" },
      "geboren van 1 oktober 1964 tot en met 31 december 1965 (67 jaar en 3 maanden)",
    ],
    [{ geborenVanaf: "1960-06-01", geborenTotMet: "1960-06-30" }, "geboren van 1 januari 1957 tot en met 31 december 1960 (67 jaar)"],
    // Issue 11 defect 11: the seed's first cohort starts on 1 January 1957; one day into it overlaps.
    [{ geborenVanaf: "1956-06-01", geborenTotMet: "1957-01-01" }, "geboren van 1 januari 1957 tot en met 31 december 1960 (67 jaar)"],
    [
      { geborenVanaf: "1962-01-01", geborenTotMet: "1970-01-01" },
      "geboren van 1 januari 1961 tot en met 30 september 1964 (67 jaar en 3 maanden)",
    ],
  ])("refuses an overlapping cohort %o", async (datums, bestaand) => {
    const voor = await omgeving.db.aowLeeftijd.count();
    const r = await aow.voegAowCohortToe(beheerder, { ...datums, jaren: "68", maanden: "0" });
    expect(r).toEqual({
      ok: false,
      reden: "regel",
      formError: null,
      fieldErrors: {
        geborenVanaf: `Deze geboortedatums overlappen met een bestaande regel: ${bestaand}. Elke geboortedatum hoort bij precies één regel.`,
      },
    });
    expect(await omgeving.db.aowLeeftijd.count()).toBe(voor);
  });

  it("accepts a cohort born before 1957, which the seed leaves unknown (issue 11 defect 11)", async () => {
    // Test values, not the real AOW ages: beheer enters those from the SVB's table.
    const r = await aow.voegAowCohortToe(beheerder, {
      geborenVanaf: "1956-09-01",
      geborenTotMet: "1956-12-31",
      jaren: "66",
      maanden: "10",
    });
    expect(r).toMatchObject({ ok: true });
  });

  it("refuses malformed input with field messages", async () => {
    const r = await aow.voegAowCohortToe(beheerder, { geborenVanaf: "morgen", geborenTotMet: "", jaren: "zeven", maanden: "-1" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["geborenTotMet", "geborenVanaf", "jaren", "maanden"]);
  });

  it("lists the table by birth date", async () => {
    const tabel = await data(aow.aowTabel(beheerder));
    // The seed's first cohort starts in 1957 (defect 11); the 1956 cohort was added above.
    expect(tabel.map((r) => r.geborenVanaf?.toISOString().slice(0, 10) ?? null)).toEqual([
      "1956-09-01",
      "1957-01-01",
      "1961-01-01",
      "1964-10-01",
    ]);
  });
});

describe("R-VV-1: volunteer allowance limits per year", () => {
  it("adds a year in cents and logs it; refuses a year that exists", async () => {
    const r = await vv.legGrensVast(beheerder, { jaar: "2026", perUur: "5,75", perMaand: "€ 220", perJaar: "2.200,00" });
    expect(r.ok).toBe(true);
    expect(await omgeving.db.vrijwilligersvergoedingGrens.findUnique({ where: { jaar: 2026 } })).toEqual({
      jaar: 2026,
      perUurCent: 575,
      perMaandCent: 22000,
      perJaarCent: 220000,
    });
    expect((await audits("vrijwilligersvergoeding-vastleggen"))[0]?.toelichting).toBe(
      "2026: € 5,75 per uur, € 220,00 per maand, € 2.200,00 per jaar",
    );
    const dubbel = await vv.legGrensVast(beheerder, { jaar: "2025", perUur: "6", perMaand: "230", perJaar: "2300" });
    expect(dubbel).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: { jaar: "Voor 2025 zijn de grenzen al vastgelegd. Elk jaar heeft één set grenzen." },
      formError: null,
    });
    expect((await omgeving.db.vrijwilligersvergoedingGrens.findUnique({ where: { jaar: 2025 } }))?.perUurCent).toBe(560);
  });
});

describe("branches", () => {
  it("adds a branche with a slug from its name, and refuses duplicates by name or slug", async () => {
    expect(await branches.voegBrancheToe(beheerder, { naam: "Bouw en infra", omschrijving: "Bouwen, klussen en wegenwerk." })).toEqual({
      ok: true,
      melding: "De branche Bouw en infra is toegevoegd.",
    });
    expect((await omgeving.db.branche.findUnique({ where: { slug: "bouw-en-infra" } }))?.naam).toBe("Bouw en infra");
    const zelfdeNaam = await branches.voegBrancheToe(beheerder, { naam: "bouw én infra", omschrijving: "Nog eens." });
    expect(zelfdeNaam).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: { naam: "Er is al een branche met deze naam: Bouw en infra." },
      formError: null,
    });
    const zelfdeSlug = await branches.voegBrancheToe(beheerder, { naam: "Bouw & en infra", omschrijving: "Nog eens." });
    expect(zelfdeSlug.ok).toBe(false);
    const leeg = await branches.voegBrancheToe(beheerder, { naam: "!!!", omschrijving: "Alleen tekens." });
    expect(leeg).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: { naam: "Gebruik in de naam ook letters of cijfers." },
      formError: null,
    });
    expect((await audits("branche-toevoegen")).map((a) => a.toelichting)).toEqual(["bouw-en-infra: Bouw en infra"]);
  });

  it("renames a branche: the slug stays, the werkplekken's search text follows, and it is logged", async () => {
    const aanbieder = await maakAanbieder(omgeving.db, "Kringloop Oost");
    const werkplek = await maakWerkplek(omgeving.db, { aanbiederId: aanbieder.id, branche: "recycling", titel: "Sorteerder" });
    const branche = await omgeving.db.branche.findUniqueOrThrow({ where: { slug: "recycling" } });
    const r = await branches.wijzigBranche(beheerder, {
      id: branche.id,
      naam: "Circulair en hergebruik",
      omschrijving: branche.omschrijving,
    });
    expect(r).toEqual({ ok: true, melding: "De branche Circulair en hergebruik is gewijzigd.", id: branche.id });
    const na = await omgeving.db.branche.findUniqueOrThrow({ where: { id: branche.id } });
    expect(na).toMatchObject({ slug: "recycling", naam: "Circulair en hergebruik" });
    expect((await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: werkplek.id } })).zoektekst).toContain("circulair en hergebruik");
    expect((await audits("branche-wijzigen")).map((a) => a.toelichting)).toEqual([
      "recycling: naam gewijzigd van 'Recycling en kringloop' in 'Circulair en hergebruik'",
    ]);
  });

  it("refuses another branche's name, an unknown id, and an edit that changes nothing", async () => {
    const horeca = await omgeving.db.branche.findUniqueOrThrow({ where: { slug: "horeca" } });
    expect(await branches.wijzigBranche(beheerder, { id: horeca.id, naam: "Bouw en infra", omschrijving: "X y z a b" })).toEqual({
      ok: false,
      reden: "regel",
      formError: null,
      fieldErrors: { naam: "Er is al een andere branche met deze naam: Bouw en infra." },
    });
    expect((await branches.wijzigBranche(beheerder, { id: "bestaat-niet", naam: "Iets", omschrijving: "Iets anders." })).ok).toBe(false);
    expect((await branches.wijzigBranche(beheerder, { id: "../../etc", naam: "Iets", omschrijving: "Iets anders." })).ok).toBe(false);
    expect(await branches.wijzigBranche(beheerder, { id: horeca.id, naam: horeca.naam, omschrijving: horeca.omschrijving })).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: {},
      formError: "Er is niets gewijzigd.",
    });
  });
});
