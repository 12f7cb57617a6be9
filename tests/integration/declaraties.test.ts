import { beforeAll, describe, expect, it } from "vitest";
import { gelezen } from "../fixtures/declaratie-omgeving";
import { jaartotalenSql, maandRegelsSql } from "@/server/declaraties/intern/queries";
import { queryplan, werkStatistiekBij } from "@/server/sql-dialect";
import { maakAanbieder } from "../fixtures/werkplekken";
import { maakGebruikers, maakNoorJansen } from "../fixtures/declaratie-omgeving";
import { testDb } from "../support/database";
import * as maandIndienen from "@/server/declaraties/maand-indienen";
import * as maandOverzicht from "@/server/declaraties/maand-overzicht";
import * as cor from "@/server/declaraties/correcties";
import * as beoordelen from "@/server/declaraties/beoordelen";
import * as betaalruns from "@/server/declaraties/betaalruns";
import * as overzichten from "@/server/declaraties/overzichten";
import * as exporteren from "@/server/declaraties/export";
import * as vv from "@/server/declaraties/vergoedingen";
import * as open from "@/server/declaraties/open-regels";
import * as vp from "@/server/declaraties/vaste-prijzen";

// Issue 12 on a real database: declaring only for the own organisation (forged ids refused, line by
// line), R-DEC-3 under concurrency, who may approve, reject and pay (four eyes), the correction as
// credit + new line, the CSV export's permission and content, the vrijwilligersvergoeding's
// confirm step, and the indexes of the month queue and the year totals.

const dec = { ...maandIndienen, ...maandOverzicht };
const beo = { ...beoordelen, ...betaalruns, ...overzichten, ...exporteren };
const ids: Record<string, string> = {};
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NU = new Date("2026-11-15T10:00:00Z");

const als = (sleutel: string, rol: string, aanbiederId: string | null = null) => ({
  id: ids[sleutel]!,
  naam: sleutel,
  email: `${sleutel}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const mwA = () => als("mwA", "AANBIEDER_MEDEWERKER", ids.a!);
const mwB = () => als("mwB", "AANBIEDER_BEHEERDER", ids.b!);
const teammanager = () => als("tm", "TEAMMANAGER");
const beheerder = () => als("beh", "BEHEERDER");
const beheerder2 = () => als("beh2", "BEHEERDER");
const regisseur = () => als("regisseur", "TRAJECTREGISSEUR");

async function toewijzing(nummer: string, aanbiederId: string, over: Record<string, unknown> = {}) {
  return (
    await testDb.toewijzing.create({
      data: {
        nummer,
        inwonerId: ids.inwoner!,
        productCode: "OP_TREDE_3",
        aanbiederId,
        startdatum: d("2026-01-05"),
        einddatum: d("2027-01-04"),
        urenPerWeek: 12,
        status: "GESTART",
        gestartOp: d("2026-01-05"),
        afgegevenDoorId: ids.regisseur!,
        contactpersoonId: ids.regisseur!,
        ...over,
      },
    })
  ).id;
}

beforeAll(async () => {
  const db = testDb;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  ids.b = (await maakAanbieder(db, "Aanbieder B")).id;
  Object.assign(
    ids,
    await maakGebruikers(db, [
      ["regisseur", "TRAJECTREGISSEUR", null],
      ["tm", "TEAMMANAGER", null],
      ["beh", "BEHEERDER", null],
      ["beh2", "BEHEERDER", null],
      ["mwA", "AANBIEDER_MEDEWERKER", ids.a],
      ["mwB", "AANBIEDER_BEHEERDER", ids.b],
    ] as const),
  );
  ids.inwoner = await maakNoorJansen(db, ids.regisseur!);
  await db.tarief.create({ data: { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: 1063 } });
  ids.tA = await toewijzing("TW-2026-000001", ids.a!);
  ids.tA2 = await toewijzing("TW-2026-000002", ids.a!);
  ids.tB = await toewijzing("TW-2026-000003", ids.b!);
  ids.tNietGestart = await toewijzing("TW-2026-000004", ids.a!, { status: "TOEGEWEZEN", gestartOp: null });
});

const maand = (uren: Record<string, string>, m = "2026-03", reden: Record<string, string> = {}) => ({
  maand: m,
  ...Object.fromEntries(Object.entries(uren).map(([id, u]) => [`uren_${id}`, u])),
  ...Object.fromEntries(Object.entries(reden).map(([id, r]) => [`reden_${id}`, r])),
});

describe("declaring: own toewijzingen only, each line on its own", () => {
  it("stores the good line and refuses the forged, the unstarted and the bad ones at their fields", async () => {
    const r = await dec.dienMaandIn(
      mwA(),
      maand({ [ids.tA!]: "40", [ids.tB!]: "10", [ids.tNietGestart!]: "5", [ids.tA2!]: "61", onbekend: "3" }),
      { nu: NU },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors).toEqual({
      [`uren_${ids.tB}`]: expect.stringMatching(/hoort niet bij jouw organisatie/),
      [`uren_${ids.tNietGestart}`]: expect.stringMatching(/hoort niet bij jouw organisatie/),
      [`uren_${ids.tA2}`]: expect.stringMatching(/meer dan de toegewezen 60 uur/),
      uren_onbekend: expect.stringMatching(/hoort niet bij jouw organisatie/),
    });
    expect(r.formError).toMatch(/1 regel is ingediend/);
    const regels = await testDb.declaratieregel.findMany({});
    expect(regels.map((x) => [x.toewijzingId, x.volume, x.bedragCent, x.eenheid, x.status])).toEqual([
      [ids.tA, 40, 42520, "04", "INGEDIEND"],
    ]);
    expect(regels[0]!.nummer).toBe("DR-2026-000001");
    expect(await testDb.declaratieregel.count({ where: { toewijzingId: ids.tB } })).toBe(0);
  });

  it("refuses a second line for the same month, also from two submits at once (R-DEC-3)", async () => {
    const opnieuw = await dec.dienMaandIn(mwA(), maand({ [ids.tA!]: "10" }), { nu: NU });
    expect(opnieuw).toMatchObject({ ok: false, fieldErrors: { [`uren_${ids.tA}`]: expect.stringMatching(/al gedeclareerd/) } });
    const samen = await Promise.all([1, 2, 3].map(() => dec.dienMaandIn(mwA(), maand({ [ids.tA2!]: "20" }, "2026-04"), { nu: NU })));
    expect(samen.filter((r) => r.ok)).toHaveLength(1);
    expect(await testDb.declaratieregel.count({ where: { toewijzingId: ids.tA2, maand: "2026-04" } })).toBe(1);
  });

  it("another aanbieder can neither correct a line nor see it in its month view", async () => {
    const lijn = await testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: ids.tA } });
    expect(await cor.corrigeerRegel(mwB(), { id: lijn.id, uren: "5", reden: "" }, { nu: NU })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/hoort niet bij jouw organisatie/),
    });
    const b = gelezen(await dec.maandOverzicht(mwB(), { maand: "2026-03" }));
    expect(b!.historie).toEqual([]);
    expect(b!.rijen.map((r) => r.id)).toEqual([ids.tB]);
    expect(await dec.maandOverzicht(teammanager(), { maand: "2026-03" })).toMatchObject({ ok: false, reden: "geen-toegang" });
  });
});

describe("checking and paying: only permitted staff, four eyes", () => {
  it("refuses approval by the aanbieder and a contact person; the teammanager approves; rejecting needs a reason", async () => {
    const lijn = await testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: ids.tA, maand: "2026-03" } });
    for (const g of [mwA(), regisseur()]) {
      expect(await beo.keurDeclaratieGoed(g, { id: lijn.id })).toMatchObject({
        ok: false,
        formError: expect.stringMatching(/geen toestemming/),
      });
    }
    expect(await beo.wachtrij(mwA(), { maand: "2026-03" })).toMatchObject({ ok: false, reden: "geen-toegang" });
    expect(await beo.keurDeclaratieGoed(teammanager(), { id: "bestaat-niet" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/bestaat niet/),
    });
    expect(await beo.keurDeclaratieGoed(teammanager(), { id: lijn.id })).toMatchObject({ ok: true });
    expect(await beo.keurDeclaratieGoed(teammanager(), { id: lijn.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al beoordeeld/),
    });
    const april = await testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: ids.tA2, maand: "2026-04" } });
    expect(await beo.wijsDeclaratieAf(teammanager(), { id: april.id, afwijsreden: "" })).toMatchObject({
      ok: false,
      fieldErrors: { afwijsreden: expect.any(String) },
    });
    expect(await beo.wijsDeclaratieAf(beheerder(), { id: april.id, afwijsreden: "Volgens het rooster 16 uur" })).toMatchObject({
      ok: true,
    });
    // The aanbieder sees the reason and declares the month again.
    const o = gelezen(await dec.maandOverzicht(mwA(), { maand: "2026-04" }));
    expect(o!.historie.map((h) => [h.status, h.afwijsreden])).toEqual([["AFGEWEZEN", "Volgens het rooster 16 uur"]]);
    expect(o!.rijen.find((r) => r.id === ids.tA2)!.actief).toBeNull();
    expect(await dec.dienMaandIn(mwA(), maand({ [ids.tA2!]: "16" }, "2026-04"), { nu: NU })).toMatchObject({ ok: true });
  });

  it("lets only the beheerder pay, never lines the payer approved, and marks them BETAALD with date and reference", async () => {
    const vandaag = "2026-11-15";
    expect(await beo.maakBetaalrun(teammanager(), { betaaldatum: vandaag }, { nu: NU })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/geen toestemming/),
    });
    expect(await beo.maakBetaalrun(mwA(), { betaaldatum: vandaag }, { nu: NU })).toMatchObject({ ok: false });
    const april = await testDb.declaratieregel.findFirstOrThrow({
      where: { toewijzingId: ids.tA2, maand: "2026-04", status: "INGEDIEND" },
    });
    await beo.keurDeclaratieGoed(beheerder(), { id: april.id });
    const run = await beo.maakBetaalrun(beheerder(), { betaaldatum: vandaag }, { nu: NU });
    expect(run).toMatchObject({ ok: true, referentie: "BR-2026-0001", melding: expect.stringMatching(/1 regel, samen € 425,20/) });
    // The line the payer approved waits for a colleague.
    expect((await testDb.declaratieregel.findUniqueOrThrow({ where: { id: april.id } })).status).toBe("GOEDGEKEURD");
    const run2 = await beo.maakBetaalrun(beheerder2(), { betaaldatum: vandaag }, { nu: NU });
    expect(run2).toMatchObject({ ok: true, referentie: "BR-2026-0002" });
    const betaald = await testDb.declaratieregel.findMany({ where: { status: "BETAALD" }, include: { betaalrun: true } });
    expect(betaald.map((b) => b.betaalrun!.betaaldatum.toISOString().slice(0, 10))).toEqual([vandaag, vandaag]);
    expect(await beo.maakBetaalrun(beheerder2(), { betaaldatum: vandaag }, { nu: NU })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/geen goedgekeurde regels/),
    });

    if (!run.ok) return;
    expect(await beo.exporteerBetaalrun(teammanager(), { id: run.id })).toMatchObject({ ok: false });
    const csv = await beo.exporteerBetaalrun(beheerder(), { id: run.id });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const regels = csv.csv.split("\r\n");
    expect(regels[0]).toMatch(/^\uFEFFBetaalrun;Betaaldatum;Aanbieder;AGB-code;Regel;Toewijzing;Product;Maand;/);
    expect(regels[1]).toMatch(
      /^BR-2026-0001;15-11-2026;Aanbieder A;\d+;DR-2026-000001;TW-2026-000001;OP_TREDE_3;2026-03;01-03-2026;31-03-2026;40;uur;10,63;425,20;$/,
    );
    expect(csv.csv).not.toContain("Noor");
  });

  it("corrects a paid line with a credit line and a new line, both in the history", async () => {
    const lijn = await testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: ids.tA, maand: "2026-03" } });
    expect(await cor.corrigeerRegel(mwA(), { id: lijn.id, uren: "44", reden: "" }, { nu: NU })).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/creditregel DR-2026-\d+ en nieuwe regel DR-2026-\d+/),
    });
    const maart = await testDb.declaratieregel.findMany({
      where: { toewijzingId: ids.tA, maand: "2026-03" },
      orderBy: { nummer: "asc" },
    });
    expect(maart.map((m) => [m.volume, m.bedragCent, m.status, m.creditVanId === lijn.id, m.actiefSleutel !== null])).toEqual([
      [40, 42520, "BETAALD", false, false],
      [-40, -42520, "INGEDIEND", true, false],
      [44, 46772, "INGEDIEND", false, true],
    ]);
    expect(await cor.corrigeerRegel(mwA(), { id: lijn.id, uren: "45", reden: "" }, { nu: NU })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al gecorrigeerd/),
    });
    const historie = gelezen(await dec.maandOverzicht(mwA(), { maand: "2026-03" })).historie;
    expect(historie.map((h) => [h.creditVan, h.gecrediteerdDoor !== null])).toEqual([
      [null, true],
      [lijn.nummer, false],
      [null, false],
    ]);
    const totalen = gelezen(await beo.overzichtPerProduct(teammanager(), { jaar: 2026 }));
    expect(totalen!.find((t) => t.code === "OP_TREDE_3")).toMatchObject({ BETAALD: 42520 + 17008, INGEDIEND: -42520 + 46772 });
  });
});

describe("overview exports", () => {
  it("gives the totals per product and per aanbieder as CSV to reviewers only", async () => {
    expect(await beo.exporteerOverzicht(mwA(), { soort: "product", jaar: "2026" })).toMatchObject({ ok: false });
    expect(await beo.exporteerOverzicht(regisseur(), { soort: "aanbieder", maand: "2026-03" })).toMatchObject({ ok: false });
    const product = await beo.exporteerOverzicht(teammanager(), { soort: "product", jaar: "2026" });
    expect(product.ok && product.bestandsnaam).toBe("declaraties-per-product-2026.csv");
    if (!product.ok) return;
    const [kop, rij] = product.csv.split("\r\n");
    expect(kop).toBe("\uFEFFJaar;Product;Code;Betaalde eenheden;Ingediend (€);Goedgekeurd (€);Afgewezen (€);Betaald (€)");
    expect(rij).toMatch(/^2026;Werkplek op trede 3;OP_TREDE_3;56;\d+,\d{2};0,00;\d+,\d{2};595,28$/);
    const aanbieder = await beo.exporteerOverzicht(beheerder(), { soort: "aanbieder", maand: "2026-03" });
    expect(aanbieder.ok && aanbieder.csv.split("\r\n")[1]).toMatch(/^2026-03;Aanbieder A;3;42,52;0,00;0,00;425,20$/);
  });
});

describe("vrijwilligersvergoeding", () => {
  it("warns before saving, saves only after the confirmation, and the contact person sees the totals", async () => {
    await testDb.vrijwilligersvergoedingGrens.upsert({
      where: { jaar: 2026 },
      create: { jaar: 2026, perUurCent: 560, perMaandCent: 21000, perJaarCent: 210000 },
      update: {},
    });
    const f = { toewijzingId: ids.tA!, maand: "2026-03", soort: "ALGEMEEN", bedrag: "250,00", uren: "" };
    const eerst = await vv.legVergoedingVast(mwA(), f);
    expect(eerst).toMatchObject({
      ok: false,
      waarschuwingen: [expect.objectContaining({ regel: "R-VV-1" }), expect.objectContaining({ regel: "R-VV-2" })],
    });
    expect(await testDb.vrijwilligersvergoeding.count()).toBe(0);
    expect(await vv.legVergoedingVast(mwA(), { ...f, bevestigd: "ja" })).toMatchObject({ ok: true });
    expect(await vv.legVergoedingVast(mwB(), { ...f, bevestigd: "ja" })).toMatchObject({
      ok: false,
      fieldErrors: { toewijzingId: expect.any(String) },
    });
    const t = gelezen(await vv.vergoedingTotalen(regisseur(), { inwonerId: ids.inwoner! }));
    expect(t!.jaren).toEqual([expect.objectContaining({ jaar: 2026, algemeenCent: 25000, maandBovenGrens: ["2026-03"] })]);
    expect(await vv.vergoedingTotalen(mwA(), { inwonerId: ids.inwoner! })).toMatchObject({ ok: false, reden: "geen-toegang" });
  });
});

describe("indexes", () => {
  it("reads one month's queue and a year's totals without scanning the line table", async () => {
    // A realistic spread first: with a handful of rows any planner rightly prefers a scan.
    const maanden = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
    await testDb.declaratieregel.createMany({
      data: Array.from({ length: 3000 }, (_, n) => ({
        nummer: `DR-2025-${String(n + 1).padStart(6, "0")}`,
        toewijzingId: n % 2 ? ids.tA! : ids.tB!,
        aanbiederId: n % 2 ? ids.a! : ids.b!,
        productCode: "OP_TREDE_3",
        maand: maanden[n % 12]!,
        periodeStart: d(`${maanden[n % 12]}-01`),
        periodeEind: d(`${maanden[n % 12]}-28`),
        volume: 40,
        eenheid: "04",
        tariefCent: 1063,
        bedragCent: 42520,
        ingediendDoorId: ids.mwA!,
        ingediendOp: NU,
      })),
    });
    await werkStatistiekBij(testDb);
    const maandPlan = await queryplan(testDb, maandRegelsSql("2026-03", ids.a!), { naam: "Declaratieregel", alias: "r" });
    expect(maandPlan.volledigeScan, maandPlan.regels.join("\n")).toBe(false);
    const jaarPlan = await queryplan(testDb, jaartotalenSql(2026), { naam: "Declaratieregel", alias: "r" });
    expect(jaarPlan.volledigeScan, jaarPlan.regels.join("\n")).toBe(false);
  });
});

describe("every declaratie read goes through the front door (issue 22)", () => {
  // [name, the query, its parameters, a signed-in user without the permission]
  const lezen = () =>
    [
      ["maandOverzicht", dec.maandOverzicht, { maand: "2026-03" }, teammanager()],
      ["vergoedingenVanAanbieder", vv.vergoedingenVanAanbieder, {}, teammanager()],
      ["vergoedingTotalen", vv.vergoedingTotalen, { inwonerId: ids.inwoner! }, mwA()],
      ["wachtrij", beo.wachtrij, { maand: "2026-03" }, regisseur()],
      ["openRegels", open.openRegels, {}, mwA()],
      ["overzichtPerAanbieder", beo.overzichtPerAanbieder, { maand: "2026-03" }, regisseur()],
      ["overzichtPerProduct", beo.overzichtPerProduct, { jaar: 2026 }, mwB()],
      ["betaalruns", beo.betaalruns, {}, regisseur()],
      ["tebetalen", beo.tebetalen, {}, teammanager()],
      ["vastePrijzenNaTeKijken", vp.vastePrijzenNaTeKijken, {}, regisseur()],
    ] as const;

  it("refuses an anonymous caller (niet-ingelogd) and a role without the permission (geen-toegang)", async () => {
    for (const [naam, query, invoer, zonder] of lezen()) {
      expect(await query(null, invoer), `${naam} anoniem`).toMatchObject({ ok: false, reden: "niet-ingelogd" });
      expect(await query(zonder, invoer), `${naam} zonder toestemming`).toMatchObject({ ok: false, reden: "geen-toegang" });
    }
  });

  it("refuses a malformed month (ongeldig) and an unknown inwoner (niet-gevonden)", async () => {
    expect(await dec.maandOverzicht(mwA(), { maand: "maart" })).toMatchObject({ ok: false, reden: "ongeldig", melding: "Kies een maand." });
    expect(await beo.wachtrij(teammanager(), { maand: "2026-13" })).toMatchObject({ ok: false, reden: "ongeldig" });
    expect(await vv.vergoedingTotalen(regisseur(), { inwonerId: "bestaat-niet" })).toMatchObject({ ok: false, reden: "niet-gevonden" });
  });
});
