import { beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "@/domain/kalender";
import { outboxMap } from "@/server/mail/mailer";
import { leesOutbox } from "@/server/mail/outbox";
import * as hi from "@/server/toewijzingen/herindicatie";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { testDb } from "../support/database";
import { leesData } from "../support/gelezen";

// Issue 11, R-TOE-4/5 and RULES §11 on a real database: the aanbieder requests a herindicatie (one
// open at a time, late allowed but flagged), the contact person decides; a verlenging and another
// product go through the issuing rules of every toewijzing.

const betrokkenen = trajectBetrokkenen({
  regisseur: ["TRAJECTREGISSEUR"],
  collega: ["TRAJECTREGISSEUR"],
  centrum: ["CENTRUM"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
  mwB: ["AANBIEDER_MEDEWERKER", "b"],
});
const { ids, als } = betrokkenen;
let traject: { id: string; inwonerId: string; nummer: string };

const regisseur = () => als("regisseur");
const collega = () => als("collega");
const centrum = () => als("centrum");
const mwA = () => als("mwA");
const mwB = () => als("mwB");
// Before the deadline of a toewijzing ending on 4 July 2026 (due 23 May).
const OP_TIJD = new Date("2026-05-01T10:00:00Z");

const verzoek = (id: string, over: Record<string, string> = {}) => ({
  id,
  reden: "Sanne heeft meer tijd nodig om zelfstandig te beginnen.",
  productCode: "ONTW_3",
  voorgesteldeStart: "2026-07-05",
  voorgesteldeEind: "2027-01-04",
  urenPerWeek: "",
  ...over,
});
const besluit = (id: string, over: Record<string, string> = {}) => ({
  id,
  besluit: "VERLENGD",
  toelichting: "Eens: nog zes maanden.",
  productCode: "",
  startdatum: "",
  einddatum: "",
  urenPerWeek: "",
  ...over,
});
const openVerzoek = async (toewijzingId: string) =>
  testDb.herindicatieverzoek.findFirstOrThrow({ where: { toewijzingId, status: "INGEDIEND" } });

beforeAll(async () => {
  const db = testDb;
  await betrokkenen.maak(db, { wachtwoordHash: "x" });
  // Tariffs beyond 2024 are beheer's (R-TAR-1); the tests enter them like beheer would.
  for (const [productCode, bedragCent] of [
    ["ONTW_3", 31904],
    ["ONTW_4", 31904],
    ["OP_TREDE_3", 1063],
  ] as const) {
    for (const jaar of [2026, 2027]) await db.tarief.create({ data: { productCode, jaar, bedragCent } });
  }
  const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
  traject = await maakTraject(db, { inwonerId: inwoner.id, aanbiederId: ids.a!, contactpersoonId: ids.regisseur! });
});

describe("the aanbieder's request (R-TOE-5)", () => {
  it("only for its own toewijzing; the read is logged with the inwoner", async () => {
    expect(await leesData(hi.herindicatieVoorAanbieder(mwB(), { id: traject.id }, { bron: "test" }))).toBeNull();
    expect(await hi.vraagHerindicatieAan(mwB(), verzoek(traject.id), { nu: OP_TIJD })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/bestaat niet/),
    });
    expect(await hi.vraagHerindicatieAan(mwA(), verzoek("x".repeat(80)), { nu: OP_TIJD })).toMatchObject({ ok: false });
    const t = await leesData(hi.herindicatieVoorAanbieder(mwA(), { id: traject.id }, { bron: "test" }));
    expect(t?.voorgesteldeStart).toEqual(calendarDate("2026-07-05"));
    const log = await testDb.auditRegel.findMany({ where: { activiteit: "herindicatie-bekijken-aanbieder" } });
    expect(log.at(-1)).toMatchObject({ betrokkene: traject.inwonerId, uitkomst: "gelukt" });
  });

  it("op-trede needs hours, other products none", async () => {
    const r = await hi.vraagHerindicatieAan(mwA(), verzoek(traject.id, { productCode: "OP_TREDE_3" }), { nu: OP_TIJD });
    expect(r).toMatchObject({ ok: false, fieldErrors: { urenPerWeek: expect.stringMatching(/uren per week/) } });
    const r2 = await hi.vraagHerindicatieAan(mwA(), verzoek(traject.id, { urenPerWeek: "8" }), { nu: OP_TIJD });
    expect(r2).toMatchObject({ ok: false, fieldErrors: { urenPerWeek: expect.stringMatching(/Laat dit veld leeg/) } });
  });

  it("one open request at a time", async () => {
    const r = await hi.vraagHerindicatieAan(mwA(), verzoek(traject.id), { nu: OP_TIJD });
    expect(r).toMatchObject({ ok: true, melding: expect.not.stringMatching(/later dan 6 weken/) });
    const tweede = await hi.vraagHerindicatieAan(mwA(), verzoek(traject.id), { nu: OP_TIJD });
    expect(tweede).toMatchObject({ ok: false, formError: expect.stringMatching(/maar één tegelijk/) });
  });
});

describe("the contact person decides", () => {
  it("a colleague who is not the contact person, the centrum and the aanbieder cannot decide", async () => {
    const v = await openVerzoek(traject.id);
    expect((await hi.besluitOverHerindicatie(collega(), besluit(v.id))).ok).toBe(false);
    expect(await hi.besluitOverHerindicatie(centrum(), besluit(v.id))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/toestemming/),
    });
    expect((await hi.besluitOverHerindicatie(mwA(), besluit(v.id))).ok).toBe(false);
    expect(await hi.besluitOverHerindicatie(regisseur(), besluit("bestaatniet"))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/bestaat niet/),
    });
    expect((await openVerzoek(traject.id)).status).toBe("INGEDIEND");
  });

  it("verlenging: a new period linked to this one, from the day after its end (R-TOE-4); the aanbieder is told", async () => {
    const v = await openVerzoek(traject.id);
    const r = await hi.besluitOverHerindicatie(regisseur(), besluit(v.id), { nu: OP_TIJD });
    expect(r).toMatchObject({ ok: true, melding: expect.stringMatching(/verlengd met TW-2026-/) });
    const nieuw = await testDb.toewijzing.findUniqueOrThrow({ where: { verlengingVanId: traject.id } });
    expect(nieuw).toMatchObject({
      productCode: "ONTW_3",
      verlengingsnummer: 1,
      startdatum: calendarDate("2026-07-05"),
      einddatum: calendarDate("2027-01-04"),
    });
    expect(await testDb.herindicatieverzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "VERLENGD",
      nieuweToewijzingId: nieuw.id,
      besluitDoorId: ids.regisseur,
      besluitToelichting: "Eens: nog zes maanden.",
    });
    const aanbieder = await leesData(hi.herindicatieVoorAanbieder(mwA(), { id: traject.id }, { bron: "test" }));
    expect(aanbieder?.herindicatieverzoeken[0]).toMatchObject({ status: "VERLENGD", nieuweToewijzing: { nummer: nieuw.nummer } });
    const mail = (await leesOutbox(outboxMap())).find((m) => m.aan === "mwA@t.example");
    expect(mail?.onderwerp).toContain(traject.nummer);
    expect(mail?.tekst).toContain("Naam regisseur (regisseur@t.example)");
    expect(mail?.tekst).toContain(nieuw.nummer);
    const inwoner = await testDb.inwoner.findUniqueOrThrow({ where: { id: traject.inwonerId } });
    expect(mail?.tekst).not.toContain(inwoner.bsn);
    // The extended period can no longer get a request of its own on the first one.
    expect(await hi.vraagHerindicatieAan(mwA(), verzoek(traject.id), { nu: OP_TIJD })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al verlengd/),
    });
  });

  it("ontwikkeling is extended once only: a second verlenging is refused by the rules; another product runs every issuing rule", async () => {
    const verlenging = await testDb.toewijzing.findUniqueOrThrow({ where: { verlengingVanId: traject.id } });
    const laat = new Date("2026-12-01T10:00:00Z"); // after 23 November, the deadline of the extension
    const r = await hi.vraagHerindicatieAan(
      mwA(),
      verzoek(verlenging.id, { voorgesteldeStart: "2027-01-05", voorgesteldeEind: "2027-07-04" }),
      { nu: laat },
    );
    expect(r).toMatchObject({ ok: true, melding: expect.stringMatching(/later dan 6 weken/) });
    const v = await openVerzoek(verlenging.id);
    const gelezen = await leesData(hi.herindicatieVoorGemeente(regisseur(), { id: verlenging.id }, { bron: "test" }));
    expect(gelezen?.laatVerzoek(v)).toBe(true);
    expect(gelezen).toMatchObject({ magBeslissen: true, magAfgeven: true });
    expect((await leesData(hi.herindicatieVoorGemeente(collega(), { id: verlenging.id }, { bron: "test" })))?.magBeslissen).toBe(false);
    expect(await leesData(hi.herindicatieVoorGemeente(mwA(), { id: verlenging.id }, { bron: "test" }))).toBeNull();
    const lezen = await testDb.auditRegel.findMany({ where: { activiteit: "herindicatie-bekijken" }, orderBy: { tijdstip: "asc" } });
    expect(lezen.slice(-3).map((l) => [l.gebruikerId, l.betrokkene, l.uitkomst])).toEqual([
      [ids.regisseur, traject.inwonerId, "gelukt"],
      [ids.collega, traject.inwonerId, "gelukt"],
      [ids.mwA, traject.inwonerId, "geweigerd"],
    ]);

    const nogmaals = await hi.besluitOverHerindicatie(regisseur(), besluit(v.id), { nu: laat });
    expect(nogmaals.ok).toBe(false);
    if (nogmaals.ok) return;
    expect(nogmaals.regelFouten?.map((f) => f.melding).join(" ")).toMatch(/maar één keer worden verlengd/);
    expect((await openVerzoek(verlenging.id)).status).toBe("INGEDIEND");

    // Another product that overlaps the running ontwikkeling is refused by R-PRD-3, as on the issuing form.
    const overlap = await hi.besluitOverHerindicatie(
      regisseur(),
      besluit(v.id, { besluit: "ANDER_PRODUCT", productCode: "ONTW_4", startdatum: "2026-12-01" }),
      { nu: laat },
    );
    expect(overlap.ok).toBe(false);
    if (overlap.ok) return;
    expect(overlap.regelFouten?.map((f) => f.regel)).toContain("R-PRD-3");

    const ander = await hi.besluitOverHerindicatie(
      regisseur(),
      besluit(v.id, { besluit: "ANDER_PRODUCT", productCode: "ONTW_4", startdatum: "2027-01-05" }),
      { nu: laat },
    );
    expect(ander).toMatchObject({ ok: true, melding: expect.stringMatching(/ander product/) });
    const nieuw = await testDb.toewijzing.findFirstOrThrow({ where: { inwonerId: traject.inwonerId, productCode: "ONTW_4" } });
    expect(nieuw).toMatchObject({
      verlengingVanId: null,
      verlengingsnummer: 0,
      startdatum: calendarDate("2027-01-05"),
      afgegevenDoorId: ids.regisseur,
    });
    expect(await testDb.herindicatieverzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "ANDER_PRODUCT",
      nieuweToewijzingId: nieuw.id,
    });
    expect(await hi.besluitOverHerindicatie(regisseur(), besluit(v.id, { besluit: "BEEINDIGEN" }))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al besloten/),
    });
  });

  it("op-trede is extended repeatedly; 'beëindigen' leaves the toewijzing to end on its end date", async () => {
    const db = testDb;
    const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur!, trede: 3 });
    const op = await maakTraject(db, {
      inwonerId: inwoner.id,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      productCode: "OP_TREDE_3",
      einddatum: "2026-12-31",
      urenPerWeek: 12,
    });
    const nu = new Date("2026-06-01T10:00:00Z");
    expect(
      (
        await hi.vraagHerindicatieAan(
          mwA(),
          verzoek(op.id, { productCode: "OP_TREDE_3", voorgesteldeStart: "2027-01-01", voorgesteldeEind: "2027-12-31", urenPerWeek: "16" }),
          { nu },
        )
      ).ok,
    ).toBe(true);
    const v1 = await openVerzoek(op.id);
    expect((await hi.besluitOverHerindicatie(regisseur(), besluit(v1.id), { nu })).ok).toBe(true);
    const tweede = await db.toewijzing.findUniqueOrThrow({ where: { verlengingVanId: op.id } });
    expect(tweede).toMatchObject({
      urenPerWeek: 16,
      startdatum: calendarDate("2027-01-01"),
      einddatum: calendarDate("2027-12-31"),
      verlengingsnummer: 1,
    });

    expect(
      (
        await hi.vraagHerindicatieAan(
          mwA(),
          verzoek(tweede.id, {
            productCode: "OP_TREDE_3",
            voorgesteldeStart: "2028-01-01",
            voorgesteldeEind: "2028-12-31",
            urenPerWeek: "16",
          }),
          { nu },
        )
      ).ok,
    ).toBe(true);
    const v2 = await openVerzoek(tweede.id);
    const r = await hi.besluitOverHerindicatie(
      regisseur(),
      besluit(v2.id, { besluit: "BEEINDIGEN", toelichting: "Doel bereikt, geen vervolg." }),
      { nu },
    );
    expect(r).toMatchObject({ ok: true, melding: expect.stringMatching(/geen vervolg/) });
    expect(await db.herindicatieverzoek.findUniqueOrThrow({ where: { id: v2.id } })).toMatchObject({
      status: "BEEINDIGEN",
      nieuweToewijzingId: null,
    });
    expect(await db.toewijzing.findUniqueOrThrow({ where: { id: tweede.id } })).toMatchObject({
      status: tweede.status,
      einddatum: tweede.einddatum,
    });
    expect(await db.toewijzing.count({ where: { verlengingVanId: tweede.id } })).toBe(0);
  });

  it("'ander product' may go to another aanbieder (R-PRD-3: the traject and the werkplek at different organisations)", async () => {
    const db = testDb;
    const inwoner = await maakInwoner(db, { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! });
    const ontw = await maakTraject(db, { inwonerId: inwoner.id, aanbiederId: ids.a!, contactpersoonId: ids.regisseur! });
    expect(
      (
        await hi.vraagHerindicatieAan(
          mwA(),
          verzoek(ontw.id, {
            productCode: "OP_TREDE_3",
            voorgesteldeStart: "2026-07-05",
            voorgesteldeEind: "2027-07-04",
            urenPerWeek: "12",
          }),
          { nu: OP_TIJD },
        )
      ).ok,
    ).toBe(true);
    const v = await openVerzoek(ontw.id);
    const onbekend = await hi.besluitOverHerindicatie(
      regisseur(),
      besluit(v.id, {
        besluit: "ANDER_PRODUCT",
        productCode: "OP_TREDE_3",
        startdatum: "2026-07-05",
        urenPerWeek: "12",
        aanbiederId: "bestaat-niet",
      }),
      { nu: OP_TIJD },
    );
    expect(onbekend).toMatchObject({ ok: false, fieldErrors: { aanbiederId: "Kies een aanbieder." } });
    const r = await hi.besluitOverHerindicatie(
      regisseur(),
      besluit(v.id, {
        besluit: "ANDER_PRODUCT",
        productCode: "OP_TREDE_3",
        startdatum: "2026-07-05",
        einddatum: "2027-07-04",
        urenPerWeek: "12",
        aanbiederId: ids.b!,
      }),
      { nu: OP_TIJD },
    );
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, melding: expect.stringMatching(/ander product bij Aanbieder B/) });
    const nieuw = await db.toewijzing.findFirstOrThrow({ where: { inwonerId: inwoner.id, productCode: "OP_TREDE_3" } });
    expect(nieuw).toMatchObject({ aanbiederId: ids.b, urenPerWeek: 12, startdatum: calendarDate("2026-07-05") });
    expect(await db.herindicatieverzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ nieuweToewijzingId: nieuw.id });
  });
});
