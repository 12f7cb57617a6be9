import { beforeAll, describe, expect, it } from "vitest";
import { gelezen } from "../fixtures/declaratie-omgeving";
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
import * as vp from "@/server/declaraties/vaste-prijzen";

// Issue 21, items 1, 2, 5, 6 (docs/decisions/0029) on a real database: a correction is one unit
// (approved or sent back together, paid in one run), an overpayment can be undone (a reversal by
// the aanbieder or by the gemeente, hours and fixed price alike), a rejected line says "declareer
// opnieuw", and a fixed price of a traject that stopped early is flagged with the stop date.

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
const mw = () => als("mw", "AANBIEDER_MEDEWERKER", ids.a!);
const tm = () => als("tm", "TEAMMANAGER");
const beh = () => als("beh", "BEHEERDER");
const beh2 = () => als("beh2", "BEHEERDER");
let volgnummer = 0;

async function toewijzing(over: Record<string, unknown> = {}) {
  return (
    await testDb.toewijzing.create({
      data: {
        nummer: `TW-2026-${String(++volgnummer).padStart(6, "0")}`,
        inwonerId: ids.inwoner!,
        productCode: "OP_TREDE_3",
        aanbiederId: ids.a!,
        startdatum: d("2026-01-05"),
        einddatum: d("2027-01-04"),
        urenPerWeek: 12,
        status: "GESTART",
        gestartOp: d("2026-01-05"),
        afgegevenDoorId: ids.tm!,
        contactpersoonId: ids.tm!,
        ...over,
      },
    })
  ).id;
}

const declareer = async (t: string, uren: string, m = "2026-03") => {
  const r = await dec.dienMaandIn(mw(), { maand: m, [`uren_${t}`]: uren, [`reden_${t}`]: "Extra uren in de drukke weken" }, { nu: NU });
  expect(r).toMatchObject({ ok: true });
  return testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: t, maand: m }, orderBy: { nummer: "desc" } });
};
const regels = (t: string) => testDb.declaratieregel.findMany({ where: { toewijzingId: t }, orderBy: { nummer: "asc" } });
/** What the gemeente paid for a toewijzing: the sum of its paid lines, in cents. */
const betaald = async (t: string) =>
  (await testDb.declaratieregel.aggregate({ where: { toewijzingId: t, status: "BETAALD" }, _sum: { bedragCent: true } }))._sum.bedragCent ??
  0;
const betaal = (wie = beh()) => beo.maakBetaalrun(wie, { betaaldatum: "2026-11-15" }, { nu: NU });

/** March, 40 hours, approved by the teammanager and paid by the beheerder: € 425,20. */
async function betaaldeMaart() {
  const t = await toewijzing();
  const lijn = await declareer(t, "40");
  expect(await beo.keurDeclaratieGoed(tm(), { id: lijn.id })).toMatchObject({ ok: true });
  expect(await betaal()).toMatchObject({ ok: true });
  expect(await betaald(t)).toBe(42520);
  return { t, lijn };
}

beforeAll(async () => {
  const db = testDb;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  Object.assign(
    ids,
    await maakGebruikers(db, [
      ["tm", "TEAMMANAGER", null],
      ["beh", "BEHEERDER", null],
      ["beh2", "BEHEERDER", null],
      ["mw", "AANBIEDER_MEDEWERKER", ids.a],
    ] as const),
  );
  ids.inwoner = await maakNoorJansen(db, ids.tm!);
  await db.tarief.create({ data: { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: 1063 } });
  await db.tarief.create({ data: { productCode: "ONTW_3", jaar: 2026, bedragCent: 31904 } });
}, 120_000);

describe("item 1: a correction is one unit", () => {
  it("rejecting the credit sends the whole correction back: the month is paid once, and the line can be corrected again", async () => {
    const { t, lijn } = await betaaldeMaart();
    expect(await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "30", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    const [, credit, nieuw] = await regels(t);
    expect([credit!.volume, nieuw!.volume]).toEqual([-40, 30]);
    expect(credit!.correctieId).toBe(nieuw!.correctieId);

    // The case: reject the credit, approve the new line. The rejection takes both.
    expect(await beo.wijsDeclaratieAf(tm(), { id: credit!.id, afwijsreden: "De presentielijst zegt 40 uur" })).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/zijn samen afgewezen/),
    });
    expect(await beo.keurDeclaratieGoed(tm(), { id: nieuw!.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/al beoordeeld/),
    });
    expect((await regels(t)).map((r) => [r.volume, r.status, r.afwijsreden, r.actiefSleutel !== null])).toEqual([
      [40, "BETAALD", null, true],
      [-40, "AFGEWEZEN", "De presentielijst zegt 40 uur", false],
      [30, "AFGEWEZEN", "De presentielijst zegt 40 uur", false],
    ]);
    expect(await betaal(beh2())).toMatchObject({ ok: false });
    expect(await betaald(t)).toBe(42520);

    // The original counts again and can be corrected again; approved together, paid in one run.
    expect(await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "30", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    const [, , , credit2, nieuw2] = await regels(t);
    expect(await beo.keurDeclaratieGoed(tm(), { id: nieuw2!.id })).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/zijn samen goedgekeurd/),
    });
    const run = await betaal();
    expect(run).toMatchObject({ ok: true, melding: expect.stringMatching(/: 2 regels, samen/) });
    const na = await testDb.declaratieregel.findMany({ where: { id: { in: [credit2!.id, nieuw2!.id] } } });
    expect(na.map((r) => r.status)).toEqual(["BETAALD", "BETAALD"]);
    expect(na[0]!.betaalrunId).toBe(na[1]!.betaalrunId);
    expect(await betaald(t)).toBe(30 * 1063);
  });

  it("never pays a credit before the line it cancels: an approved line and its correction wait for one run", async () => {
    const t = await toewijzing();
    const lijn = await declareer(t, "40");
    // Approved by the beheerder, who may therefore not pay it (four eyes).
    expect(await beo.keurDeclaratieGoed(beh(), { id: lijn.id })).toMatchObject({ ok: true });
    expect(await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "30", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    const [, credit] = await regels(t);
    // While the correction waits, the approved line is not paid either.
    expect(gelezen(await beo.tebetalen(beh2())).wachtOpCorrectie).toBeGreaterThan(0);
    await betaal(beh2());
    expect(await betaald(t)).toBe(0);
    expect(await beo.keurDeclaratieGoed(tm(), { id: credit!.id })).toMatchObject({ ok: true });
    // The beheerder approved the original: the whole group waits for a colleague.
    await betaal(beh());
    expect(await betaald(t)).toBe(0);
    expect(await betaal(beh2())).toMatchObject({ ok: true });
    expect(await betaald(t)).toBe(30 * 1063);
    expect(new Set((await regels(t)).map((r) => r.betaalrunId)).size).toBe(1);
  });
});

describe("item 2: an overpayment can be undone", () => {
  it("the aanbieder reverses a paid fixed price; after approval and payment nothing is paid and the traject may be declared again", async () => {
    const t = await toewijzing({ productCode: "ONTW_3", urenPerWeek: null, gestartOp: d("2026-02-02") });
    expect(await dec.dienMaandIn(mw(), { maand: "2026-02", [`vasteprijs_${t}`]: "ja" }, { nu: NU })).toMatchObject({ ok: true });
    const [prijs] = await regels(t);
    await beo.keurDeclaratieGoed(tm(), { id: prijs!.id });
    await betaal();
    expect(await betaald(t)).toBe(31904);
    const historie = gelezen(await dec.maandOverzicht(mw(), { maand: "2026-02" })).historie;
    expect(historie.find((h) => h.id === prijs!.id)).toMatchObject({ terugdraaibaar: true, corrigeerbaar: false });
    expect(await cor.draaiTerug(mw(), { id: prijs!.id, reden: "" }, { nu: NU })).toMatchObject({
      ok: false,
      fieldErrors: { reden: expect.any(String) },
    });
    expect(await cor.draaiTerug(mw(), { id: prijs!.id, reden: "Verkeerd traject gedeclareerd" }, { nu: NU })).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/wordt teruggedraaid met creditregel DR-2026-\d+/),
    });
    const [, credit] = await regels(t);
    expect(credit).toMatchObject({
      volume: -1,
      bedragCent: -31904,
      eenheid: "82",
      status: "INGEDIEND",
      reden: "Verkeerd traject gedeclareerd",
    });
    expect(await beo.keurDeclaratieGoed(tm(), { id: credit!.id })).toMatchObject({ ok: true });
    await betaal();
    expect(await betaald(t)).toBe(0);
  });

  it("0 hours in the correction is a full reversal", async () => {
    const { t, lijn } = await betaaldeMaart();
    expect(await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "0", reden: "" }, { nu: NU })).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/teruggedraaid/),
    });
    const lijnen = await regels(t);
    expect(lijnen.map((r) => r.volume)).toEqual([40, -40]);
    await beo.keurDeclaratieGoed(tm(), { id: lijnen[1]!.id });
    await betaal();
    expect(await betaald(t)).toBe(0);
  });

  it("a reversal waiting for the gemeente is completed by a new line for the month: one unit", async () => {
    const { t, lijn } = await betaaldeMaart();
    await cor.draaiTerug(mw(), { id: lijn.id, reden: "Uren van april meegeteld" }, { nu: NU });
    const nieuw = await declareer(t, "35");
    const [, credit] = await regels(t);
    expect(nieuw.correctieId).toBe(credit!.correctieId);
    expect(await beo.wijsDeclaratieAf(tm(), { id: nieuw.id, afwijsreden: "Het rooster zegt 40 uur" })).toMatchObject({ ok: true });
    expect(await betaal(beh2())).toMatchObject({ ok: false });
    expect(await betaald(t)).toBe(42520);
    expect((await testDb.declaratieregel.findUniqueOrThrow({ where: { id: lijn.id } })).actiefSleutel).not.toBeNull();
  });

  it("the gemeente reverses a paid line with a reason the aanbieder reads; a colleague's run takes the money back", async () => {
    const { t, lijn } = await betaaldeMaart();
    expect(await cor.draaiTerugDoorGemeente(mw(), { id: lijn.id, reden: "Niet gewerkt" }, { nu: NU })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/geen toestemming/),
    });
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: lijn.id, reden: "" }, { nu: NU })).toMatchObject({
      ok: false,
      fieldErrors: { reden: expect.any(String) },
    });
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: lijn.id, reden: "De inwoner was in maart opgenomen" }, { nu: NU })).toMatchObject({
      ok: true,
    });
    const historie = gelezen(await dec.maandOverzicht(mw(), { maand: "2026-03" })).historie;
    const credit = historie.find((h) => h.creditVan === lijn.nummer && h.status === "GOEDGEKEURD")!;
    expect(credit).toMatchObject({ doorGemeente: true, reden: "De inwoner was in maart opgenomen", bedragCent: -42520 });
    // Nothing more to reverse; the teammanager approved the reversal, the beheerder pays it.
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: lijn.id, reden: "Nog eens terug" }, { nu: NU })).toMatchObject({ ok: false });
    expect(await betaal()).toMatchObject({ ok: true });
    expect(await betaald(t)).toBe(0);
  });
});

describe("item 5: a rejected line", () => {
  it("tells the aanbieder to declare again, not that it was corrected already", async () => {
    const t = await toewijzing();
    const lijn = await declareer(t, "40", "2026-05");
    await beo.wijsDeclaratieAf(tm(), { id: lijn.id, afwijsreden: "Volgens het rooster 36 uur" });
    const r = await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "36", reden: "" }, { nu: NU });
    expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/Declareer de maand opnieuw/) });
    expect(r.ok === false && r.formError).not.toMatch(/al gecorrigeerd/);
  });
});

describe("item 6: a fixed price the gemeente should look at again", () => {
  it("is flagged with the stop date when the traject stopped early, and when declared before the first month ended", async () => {
    const gestopt = await toewijzing({
      productCode: "ONTW_3",
      urenPerWeek: null,
      gestartOp: d("2026-04-06"),
      status: "BEEINDIGD",
      beeindigdOp: d("2026-06-12"),
    });
    await dec.dienMaandIn(mw(), { maand: "2026-04", [`vasteprijs_${gestopt}`]: "ja" }, { nu: NU });
    const vroeg = await toewijzing({ productCode: "ONTW_3", urenPerWeek: null, gestartOp: d("2026-11-02") });
    await dec.dienMaandIn(mw(), { maand: "2026-11", [`vasteprijs_${vroeg}`]: "ja" }, { nu: NU });
    const april = gelezen(await beo.wachtrij(tm(), { maand: "2026-04" })).regels.find((r) => r.toewijzingId === gestopt)!;
    expect(april.vlag.vastePrijs).toEqual({ gestoptOp: d("2026-06-12"), voorEindeEersteMaand: false });
    expect(april.gemarkeerd).toBe(true);
    const november = gelezen(await beo.wachtrij(tm(), { maand: "2026-11" })).regels.find((r) => r.toewijzingId === vroeg)!;
    expect(november.vlag.vastePrijs).toEqual({ gestoptOp: null, voorEindeEersteMaand: true });
    // Found across months too, for the reviewer only.
    const lijst = gelezen(await vp.vastePrijzenNaTeKijken(tm()));
    expect(lijst!.filter((r) => [gestopt, vroeg].includes(r.toewijzingId)).map((r) => [r.maand, r.vlag.gestoptOp])).toEqual([
      ["2026-04", d("2026-06-12")],
      ["2026-11", null],
    ]);
    expect(await vp.vastePrijzenNaTeKijken(mw())).toMatchObject({ ok: false, reden: "geen-toegang" });
  });
});
