import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { eindeNaMaanden } from "@/domain/toewijzing/duur";
import { maakAanbieder } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";
import { reden } from "../support/gelezen";

// Issue 11, the oriëntatie (ADR 0018), on a real database: only the centrum registers, runs and
// advises; aanbieders and other staff are refused; every read is logged with the inwoner; forged
// ids are "not found", never an exception; bad input gets Dutch messages per field.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let reg: typeof import("@/server/orientaties/registreren");
let or: typeof import("@/server/orientaties/orientaties");
const ids: Record<string, string> = {};
const VANDAAG = vandaagInNederland();
const JAAR = VANDAAG.getUTCFullYear();

const als = (sleutel: string, rol: string, aanbiederId: string | null = null) => ({
  id: ids[sleutel]!,
  naam: sleutel,
  email: `${sleutel}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const centrum = () => als("centrum", "CENTRUM");
// Names only: it.each reads its table before beforeAll has made the users.
const ANDEREN = [
  ["trajectregisseur", "regisseur", "TRAJECTREGISSEUR"],
  ["teammanager", "manager", "TEAMMANAGER"],
  ["beheerder", "beheerder", "BEHEERDER"],
  ["aanbieder", "aanbieder", "AANBIEDER_BEHEERDER"],
] as const;
const ander = (sleutel: string, rol: string) => als(sleutel, rol, rol.startsWith("AANBIEDER") ? ids.a! : null);

async function inwoner(sleutel: string, bsn: string, trede: number | null, geboortedatum = "1990-03-15") {
  const i = await omgeving.db.inwoner.create({
    data: {
      bsn,
      voornamen: sleutel,
      achternaam: "Toets",
      geboortedatum: new Date(`${geboortedatum}T00:00:00Z`),
      straat: "Hoofdstraat",
      huisnummer: "1",
      postcode: "7311AB",
      plaats: "Apeldoorn",
      uitkering: "PARTICIPATIEWET",
      zoeknaam: `${sleutel.toLowerCase()} toets`,
      ...(trede ? { ladder: { create: { datum: new Date("2025-01-01T00:00:00Z"), trede, vastgelegdDoorId: ids.regisseur! } } } : {}),
    },
  });
  ids[sleutel] = i.id;
}

const registratie = (over: Record<string, unknown> = {}) => ({
  inwonerId: ids.Anna,
  startdatum: toIsoDate(VANDAAG),
  einddatum: "",
  ...over,
});
const advies = (over: Record<string, unknown> = {}) => ({
  id: ids.orAnna,
  adviesWerkveld: "Groenvoorziening",
  adviesOpleiding: "Cursus veilig werken",
  adviesVervolg: "Ontwikkeltraject naar trede 4 bespreken",
  trede: "4",
  ...over,
});
const audit = (activiteit: string) => omgeving.db.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });

beforeAll(async () => {
  omgeving = await frisseDatabase();
  reg = await import("@/server/orientaties/registreren");
  or = await import("@/server/orientaties/orientaties");
  const { db } = omgeving;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  for (const [sleutel, rol, org] of [
    ["centrum", "CENTRUM", null],
    ["regisseur", "TRAJECTREGISSEUR", null],
    ["manager", "TEAMMANAGER", null],
    ["beheerder", "BEHEERDER", null],
    ["aanbieder", "AANBIEDER_BEHEERDER", ids.a],
  ] as const) {
    ids[sleutel] = (
      await db.gebruiker.create({ data: { email: `${sleutel}@t.example`, naam: `Naam ${sleutel}`, rol, aanbiederId: org } })
    ).id;
  }
  await inwoner("Anna", "111222333", 3);
  await inwoner("Bram", "123456782", 5);
  await inwoner("Cor", "999990019", 2);
  await inwoner("Dirk", "999990020", null);
});
afterAll(async () => omgeving.opruimen());

describe("registering", () => {
  it.each(ANDEREN)("refuses the %s, stores nothing and logs the refusal", async (_naam, sleutel, rol) => {
    const g = ander(sleutel, rol);
    const r = await reg.registreerOrientatie(g, registratie());
    expect(r).toMatchObject({ ok: false, formError: "Alleen het Centrum Apeldoorn Werkt Mee registreert en begeleidt oriëntaties." });
    expect(await omgeving.db.orientatie.count()).toBe(0);
    expect((await audit("orientatie-registreren")).at(-1)).toMatchObject({ gebruikerId: g.id, uitkomst: "geweigerd" });
  });

  it("refuses anyone not signed in", async () => {
    expect(await reg.registreerOrientatie(null, registratie())).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/niet \(meer\) ingelogd/),
    });
  });

  it("the centrum registers with the default end (3 months minus a day), numbered OR-year-000001, logged with the inwoner", async () => {
    const r = await reg.registreerOrientatie(centrum(), registratie());
    expect(r).toMatchObject({ ok: true, nummer: `OR-${JAAR}-000001` });
    if (!r.ok) return;
    ids.orAnna = r.id;
    const o = await omgeving.db.orientatie.findUniqueOrThrow({ where: { id: r.id } });
    expect(o).toMatchObject({
      status: "LOPEND",
      begeleiderId: ids.centrum,
      inwonerId: ids.Anna,
      startdatum: VANDAAG,
      einddatum: eindeNaMaanden(VANDAAG, 3),
    });
    expect((await audit("orientatie-registreren")).at(-1)).toMatchObject({
      gebruikerId: ids.centrum,
      uitkomst: "gelukt",
      betrokkene: ids.Anna,
      toelichting: `OR-${JAAR}-000001: geregistreerd`,
    });
  });

  it("refuses a second running one for the same inwoner", async () => {
    const r = await reg.registreerOrientatie(centrum(), registratie());
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { inwonerId: expect.stringMatching(/al een lopende oriëntatie \(OR-\d{4}-000001/) },
    });
  });

  it("refuses an inwoner on trede 5, and one without a trede", async () => {
    expect(await reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Bram }))).toMatchObject({
      ok: false,
      fieldErrors: { inwonerId: "Een oriëntatie is voor inwoners op trede 2, 3 of 4; deze inwoner staat op trede 5." },
    });
    expect(await reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Dirk }))).toMatchObject({
      ok: false,
      fieldErrors: { inwonerId: expect.stringMatching(/nog geen trede/) },
    });
  });

  it("explains bad dates in Dutch per field", async () => {
    expect(
      await reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Cor, startdatum: "", einddatum: "30-02-2026" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { startdatum: "Vul de startdatum in.", einddatum: "Vul een bestaande einddatum in, of laat het leeg." },
    });
    const teLang = toIsoDate(addDays(eindeNaMaanden(VANDAAG, 3), 1));
    expect(await reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Cor, einddatum: teLang }))).toMatchObject({
      ok: false,
      fieldErrors: { einddatum: expect.stringMatching(/^Een oriëntatie duurt hoogstens 3 maanden\./) },
    });
    expect(
      await reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Cor, startdatum: toIsoDate(addDays(VANDAAG, -31)) })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { startdatum: expect.stringMatching(/hoogstens 30 dagen terug/) },
    });
  });

  it("answers forged or unknown inwoner ids with 'not found', never an exception", async () => {
    for (const inwonerId of ["bestaat-niet", "'; DROP TABLE Inwoner; --", 42, { id: "x" }]) {
      const r = await reg.registreerOrientatie(centrum(), registratie({ inwonerId }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors.inwonerId).toMatch(/inwoner/);
    }
    expect(await reg.registreerOrientatie(centrum(), "geen object")).toMatchObject({ ok: false, formError: expect.any(String) });
  });

  it("finds the inwoner by BSN without sending the BSN back, each one found a logged read", async () => {
    const r = await reg.zoekInwonerVoorOrientatie(centrum(), { q: "111222333" });
    expect(r).toMatchObject({ ok: true, q: "", kandidaten: [{ id: ids.Anna, trede: 3, lopend: `OR-${JAAR}-000001` }] });
    expect(JSON.stringify(r)).not.toContain("111222333");
    expect((await audit("inwoner-zoeken")).at(-1)).toMatchObject({
      gebruikerId: ids.centrum,
      betrokkene: ids.Anna,
      bron: "/gemeente/orientaties/nieuw",
    });
    expect(await reg.zoekInwonerVoorOrientatie(als("regisseur", "TRAJECTREGISSEUR"), { q: "Toets" })).toMatchObject({ ok: false });
    expect(await reg.zoekInwonerVoorOrientatie(centrum(), { q: "" })).toMatchObject({
      ok: false,
      fieldErrors: { q: "Vul een naam, geboortedatum of BSN in." },
    });
  });
});

describe("reading", () => {
  it("the centrum reads an oriëntatie: one record with the inwoner as betrokkene", async () => {
    const r = await or.bekijkOrientatie(centrum(), { id: ids.orAnna });
    expect(r).toMatchObject({ ok: true, data: { orientatie: { nummer: `OR-${JAAR}-000001`, inwonerNaam: "Anna Toets" } } });
    expect((await audit("orientatie-bekijken")).at(-1)).toMatchObject({
      gebruikerId: ids.centrum,
      uitkomst: "gelukt",
      betrokkene: ids.Anna,
    });
  });

  it.each(ANDEREN)("the %s may not open it, and the refusal is logged", async (_naam, sleutel, rol) => {
    const g = ander(sleutel, rol);
    expect(await reden(or.bekijkOrientatie(g, { id: ids.orAnna }))).toBe("geen-toegang");
    expect((await audit("orientatie-bekijken")).at(-1)).toMatchObject({ gebruikerId: g.id, uitkomst: "geweigerd", betrokkene: ids.Anna });
    expect(await reden(or.orientatieLijst(g, { filter: "lopend" }))).toBe("geen-toegang");
    expect(await reden(reg.kandidaatVoorOrientatie(g, { id: ids.Anna }))).toBe("geen-toegang");
    expect(await reden(reg.orientatieRegistratie(g))).toBe("geen-toegang");
  });

  it("forged ids are not found", async () => {
    for (const id of ["bestaat-niet", "../../etc", "", 1]) {
      expect(await reden(or.bekijkOrientatie(centrum(), { id }))).toMatch(/niet-gevonden|ongeldig/);
      expect(await reden(or.bekijkAdvies(centrum(), { id }))).toMatch(/niet-gevonden|ongeldig/);
      expect(await reden(reg.kandidaatVoorOrientatie(centrum(), { id }))).toMatch(/niet-gevonden|ongeldig/);
    }
  });

  it("the list logs one read per inwoner listed", async () => {
    const voor = (await audit("orientatie-lijst-bekijken")).length;
    const r = await or.orientatieLijst(centrum(), { filter: "lopend" });
    expect(r).toMatchObject({ ok: true, data: { regels: [{ nummer: `OR-${JAAR}-000001`, signaal: null }] } });
    const na = await audit("orientatie-lijst-bekijken");
    expect(na.length - voor).toBe(1);
    expect(na.at(-1)).toMatchObject({ betrokkene: ids.Anna });
    expect(await reden(or.orientatieLijst(als("aanbieder", "AANBIEDER_BEHEERDER", ids.a!), { filter: "lopend" }))).toBe("geen-toegang");
    expect(await reden(or.orientatieLijst(null, { filter: "lopend" }))).toBe("niet-ingelogd");
  });

  it("staff who read inwoners see them on the inwoner's page (logged); an aanbieder does not", async () => {
    const r = await or.orientatiesVanInwoner(als("regisseur", "TRAJECTREGISSEUR"), { id: ids.Anna });
    expect(r).toMatchObject({ ok: true, data: { orientaties: [{ nummer: `OR-${JAAR}-000001` }] } });
    expect((await audit("orientaties-van-inwoner-bekijken")).at(-1)).toMatchObject({ gebruikerId: ids.regisseur, betrokkene: ids.Anna });
    expect(await reden(or.orientatiesVanInwoner(als("aanbieder", "AANBIEDER_BEHEERDER", ids.a!), { id: ids.Anna }))).toBe("geen-toegang");
    expect(await reden(or.orientatiesVanInwoner(null, { id: ids.Anna }))).toBe("niet-ingelogd");
  });

  it("the registration page: the product's default period, and the chosen inwoner as one logged read", async () => {
    expect(await reg.orientatieRegistratie(centrum())).toMatchObject({ ok: true, data: { product: { startTreden: expect.any(Array) } } });
    expect(await reden(reg.orientatieRegistratie(null))).toBe("niet-ingelogd");
    const r = await reg.kandidaatVoorOrientatie(centrum(), { id: ids.Anna });
    expect(r).toMatchObject({
      ok: true,
      data: { kandidaat: { id: ids.Anna, naam: "Anna Toets", lopend: { nummer: `OR-${JAAR}-000001` } } },
    });
    expect((await audit("orientatie-inwoner-bekijken")).at(-1)).toMatchObject({ gebruikerId: ids.centrum, betrokkene: ids.Anna });
    expect(await reden(reg.kandidaatVoorOrientatie(null, { id: ids.Anna }))).toBe("niet-ingelogd");
  });
});

describe("the advice and the stop", () => {
  it.each(ANDEREN)("the %s may not record the advice", async (_naam, sleutel, rol) => {
    const g = ander(sleutel, rol);
    expect(await or.legAdviesVast(g, advies())).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await or.stopOrientatie(g, { id: ids.orAnna, stopreden: "Verhuisd naar elders" })).toMatchObject({ ok: false });
    expect((await omgeving.db.orientatie.findUniqueOrThrow({ where: { id: ids.orAnna } })).status).toBe("LOPEND");
  });

  it("asks for each part of the advice in Dutch", async () => {
    expect(
      await or.legAdviesVast(centrum(), advies({ adviesWerkveld: " ", adviesOpleiding: "", adviesVervolg: undefined, trede: "9" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        adviesWerkveld: "Schrijf welke werkplek of welk werkveld past.",
        adviesOpleiding: "Schrijf welke opleiding past, of dat er geen nodig is.",
        adviesVervolg: "Schrijf de volgende stappen.",
        trede: "Kies een trede van 1 tot en met 6, of laat het leeg.",
      },
    });
  });

  it("a forged id is not found", async () => {
    expect(await or.legAdviesVast(centrum(), advies({ id: "bestaat-niet" }))).toMatchObject({
      ok: false,
      formError: "Deze oriëntatie bestaat niet.",
    });
    expect(await or.stopOrientatie(centrum(), { id: { $ne: 1 }, stopreden: "Verhuisd" })).toMatchObject({ ok: false });
  });

  it("records the advice: AFGEROND today, and the trede after it in the ladder with the oriëntatie", async () => {
    const r = await or.legAdviesVast(centrum(), advies());
    expect(r).toMatchObject({ ok: true });
    const o = await omgeving.db.orientatie.findUniqueOrThrow({ where: { id: ids.orAnna }, include: { ladderRegels: true } });
    expect(o).toMatchObject({
      status: "AFGEROND",
      adviesOp: VANDAAG,
      adviesWerkveld: "Groenvoorziening",
      adviesVervolg: "Ontwikkeltraject naar trede 4 bespreken",
    });
    expect(o.ladderRegels).toMatchObject([{ inwonerId: ids.Anna, trede: 4, datum: VANDAAG, vastgelegdDoorId: ids.centrum }]);
    expect((await audit("orientatie-advies-vastleggen")).at(-1)).toMatchObject({ uitkomst: "gelukt", betrokkene: ids.Anna });
    // Once only.
    expect(await or.legAdviesVast(centrum(), advies())).toMatchObject({ ok: false, formError: "Deze oriëntatie is al afgesloten." });
  });

  it("a new one may start once the first is finished; it can be stopped with a reason", async () => {
    const r = await reg.registreerOrientatie(centrum(), registratie({ einddatum: toIsoDate(addDays(VANDAAG, 30)) }));
    expect(r).toMatchObject({ ok: true, nummer: `OR-${JAAR}-000002` });
    if (!r.ok) return;
    expect(await or.stopOrientatie(centrum(), { id: r.id, stopreden: "" })).toMatchObject({
      ok: false,
      fieldErrors: { stopreden: "Schrijf waarom de oriëntatie stopt." },
    });
    expect(await or.stopOrientatie(centrum(), { id: r.id, stopreden: "De inwoner is verhuisd." })).toMatchObject({ ok: true });
    expect(await omgeving.db.orientatie.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "GESTOPT",
      gestoptOp: VANDAAG,
      stopreden: "De inwoner is verhuisd.",
    });
    expect(await or.legAdviesVast(centrum(), advies({ id: r.id }))).toMatchObject({
      ok: false,
      formError: "Deze oriëntatie is al afgesloten.",
    });
  });

  it("two registrations at once for one inwoner: exactly one runs", async () => {
    const rs = await Promise.all([0, 1, 2].map(() => reg.registreerOrientatie(centrum(), registratie({ inwonerId: ids.Cor }))));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(await omgeving.db.orientatie.count({ where: { inwonerId: ids.Cor, status: "LOPEND" } })).toBe(1);
  });
});
